import { useEffect, useMemo, useRef, useState } from 'react';
import { db } from '../../components/db';
import { discardUnsaved, readUnsaved, storeUnsaved } from '../../lib/db/drafts';
import { rememberLink } from '../../lib/db/person-links';
import type { Saved } from '../../lib/db/repository';
import { accountKey, contactKey, identityKeys, type IdentityKeys } from '../../lib/identity/keys';
import { linkedIdentity } from '../../lib/identity/link';
import type { Capture } from '../../lib/model/capture';
import type { AnswerValue } from '../../lib/model/records';
import type { SignalValue } from '../../lib/model/signal';
import type { Unsaved } from '../../lib/model/unsaved';
import type { Entity } from '../../lib/model/vocab';
import { draftFromCapture, overlayStored, withRepValue } from '../../lib/prospect/draft';
import { stringOf } from '../../lib/prospect/page-facts';
import {
  applyUnsaved,
  emptyUnsaved,
  isEmptyUnsaved,
  mergeUnsaved,
  withAnswer,
  withFactEdits,
  withText,
  type Work,
} from '../../lib/prospect/unsaved';
import { useStored } from './use-stored';

const idOf = (ids: IdentityKeys) => contactKey(ids.contact) ?? accountKey(ids.account);

/**
 * One reading's prospect as the rep works on it: the page's facts, what is stored about
 * the person (also when first met on another surface, once linked), and the rep's
 * unsaved work, which is written to the drafts table on every change and laid back over
 * every re-read — so navigation, "Read again", a closed panel or a restarted service
 * worker lose nothing.
 */
export function useProspectWork(capture: Capture) {
  const initial = useMemo(() => draftFromCapture(capture), [capture]);
  const page = useMemo(() => identityKeys(initial), [initial]);
  const names = useMemo(
    () => ({
      name: stringOf(initial.person.name?.value),
      company: stringOf(initial.company.name?.value),
    }),
    [initial],
  );
  // Bumped when the rep confirms or rejects a link: the lookup then follows their word.
  const [generation, setGeneration] = useState(0);
  const [stored, setStored] = useStored(page, names, generation);
  const link = stored?.link ?? null;
  const linked = link?.kind === 'exact' ? link : null;

  const base = useMemo<Work>(
    () => ({
      facts: overlayStored(initial, stored?.contact ?? null, stored?.account ?? null),
      answers: stored?.prospect?.answers ?? {},
      pain: stored?.prospect?.pain ?? '',
      notes: stored?.prospect?.notes ?? '',
    }),
    [initial, stored],
  );

  // The prospect this work is about: the stored one, else the one the page would save.
  const pageId = idOf(page) ?? capture.url.slice(0, 400);
  const draftId = stored ? (stored.prospect?.id ?? linked?.contact.key ?? pageId) : null;
  const unsavedRef = useRef<Unsaved | null>(null);
  const [unsaved, setUnsaved] = useState<Unsaved | null>(null);
  const keep = (u: Unsaved) => {
    unsavedRef.current = u;
    setUnsaved(u);
  };

  // Loads the work kept for this prospect (under the page's own id too: the rep may have
  // worked before linking) and moves it under the prospect's id. What the rep typed while
  // the read was out is taken when it answers, not when it was asked, so it is never lost.
  useEffect(() => {
    if (!draftId) return;
    let live = true;
    const former = [pageId, unsavedRef.current?.id].filter(
      (id): id is string => !!id && id !== draftId,
    );
    const mine = () => (unsavedRef.current ? { ...unsavedRef.current, id: draftId } : null);
    void (async () => {
      const found = await readUnsaved(db, [draftId, ...former]);
      const typed = mine();
      const work = found && typed ? mergeUnsaved(found, typed, draftId) : (found ?? typed);
      // Shown before it is stored: a keystroke during the write goes on from this work.
      if (live) keep(work ?? emptyUnsaved(draftId, new Date()));
      if (work) await storeUnsaved(db, work, former);
    })().catch(() => live && keep(mine() ?? emptyUnsaved(draftId, new Date())));
    return () => {
      live = false;
    };
  }, [draftId, pageId]);

  const work = useMemo(() => applyUnsaved(base, unsaved), [base, unsaved]);

  const update = (change: (u: Unsaved) => Unsaved) => {
    const next = change(unsavedRef.current ?? emptyUnsaved(draftId ?? pageId, new Date()));
    keep(next);
    // A failed write leaves the work on screen; the next change or the save tries again.
    storeUnsaved(db, next).catch(() => undefined);
  };

  return {
    stored,
    link,
    work,
    unsaved,
    dirty: unsaved !== null && !isEmptyUnsaved(unsaved),
    /** The identity a save uses: the page's, joined with the linked person's. */
    identity: useMemo(() => {
      const own = identityKeys(work.facts);
      return linked ? linkedIdentity(own, linked.contact, linked.account) : own;
    }, [work.facts, linked]),
    pageIdentity: page,
    change(entity: Entity, field: string, value: SignalValue | undefined) {
      const now = new Date();
      const after = withRepValue(work.facts, entity, field, value, capture.url, now);
      update((u) => withFactEdits(u, entity, work.facts, after, now));
    },
    answer(id: string, value: AnswerValue | null, note?: string) {
      update((u) => withAnswer(u, id, value, new Date(), note));
    },
    setText(which: 'pain' | 'notes', text: string) {
      update((u) => withText(u, which, text, new Date()));
    },
    discard() {
      if (!draftId) return;
      void discardUnsaved(db, [draftId]);
      keep(emptyUnsaved(draftId, new Date()));
    },
    /** The rep's word on the offered (or linked) person, remembered for every surface. */
    async judgeLink(same: boolean) {
      if (!link) return;
      await rememberLink(
        db,
        contactKey(page.contact) ?? pageId,
        link.contact.key,
        same,
        new Date(),
      );
      setGeneration((g) => g + 1);
    },
    saved(saved: Saved) {
      setStored({ ...saved, link });
      keep(emptyUnsaved(saved.prospect.id, new Date()));
    },
  };
}
