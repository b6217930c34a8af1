import { useEffect, useState } from 'react';
import { db } from '../../components/db';
import { findExisting, type Existing, type PageNames } from '../../lib/db/repository';
import type { IdentityKeys } from '../../lib/identity/keys';

const NOTHING: Existing = { account: null, contact: null, prospect: null, link: null };

/**
 * What is already stored about a person and company (and a stored person they may be);
 * null while looking. Looks again when the identity, the names or `generation` change
 * (the rep confirmed or rejected a link).
 */
export function useStored(
  identity: IdentityKeys,
  names: PageNames,
  generation: number,
): [Existing | null, (e: Existing) => void] {
  const [stored, setStored] = useState<Existing | null>(null);
  const key = JSON.stringify([identity, names, generation]);
  useEffect(() => {
    let live = true;
    const [ids, pageNames] = JSON.parse(key) as [IdentityKeys, PageNames];
    findExisting(db, ids, pageNames)
      .then((found) => live && setStored(found))
      .catch(() => live && setStored(NOTHING));
    return () => {
      live = false;
    };
  }, [key]);
  return [stored, setStored];
}
