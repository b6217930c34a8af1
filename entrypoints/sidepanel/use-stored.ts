import { useEffect, useState } from 'react';
import { db } from '../../components/db';
import { findExisting, type Existing } from '../../lib/db/repository';
import type { Capture } from '../../lib/model/capture';
import { draftFromCapture, draftIdentity } from '../../lib/prospect/draft';

/** What is already stored about the capture's person and company; null while looking. */
export function useStored(capture: Capture): [Existing | null, (e: Existing) => void] {
  const [stored, setStored] = useState<Existing | null>(null);
  useEffect(() => {
    let live = true;
    findExisting(db, lookupOf(draftIdentity(draftFromCapture(capture))))
      .then((found) => live && setStored(found))
      .catch(() => live && setStored({ account: null, contact: null, prospect: null }));
    return () => {
      live = false;
    };
  }, [capture]);
  return [stored, setStored];
}

export function lookupOf(id: ReturnType<typeof draftIdentity>) {
  return {
    domain: id.keys.domain,
    companySlug: id.companySlug,
    personSlug: id.personSlug,
    email: id.keys.email,
  };
}
