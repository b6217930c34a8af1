import { useEffect, useState } from 'react';
import { db } from '../../components/db';
import { findExisting, type Existing } from '../../lib/db/repository';
import { identityKeys } from '../../lib/identity/keys';
import type { Draft } from '../../lib/prospect/draft';

/** What is already stored about the draft's person and company; null while looking. */
export function useStored(draft: Draft): [Existing | null, (e: Existing) => void] {
  const [stored, setStored] = useState<Existing | null>(null);
  useEffect(() => {
    let live = true;
    findExisting(db, identityKeys(draft))
      .then((found) => live && setStored(found))
      .catch(() => live && setStored({ account: null, contact: null, prospect: null }));
    return () => {
      live = false;
    };
  }, [draft]);
  return [stored, setStored];
}
