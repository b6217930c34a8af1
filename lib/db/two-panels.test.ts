import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { saveInput } from '../../tests/support/test-records';
import { emptyUnsaved, withAnswer, withText } from '../prospect/unsaved';
import { readUnsaved, storeUnsaved } from './drafts';
import { rememberLink } from './person-links';
import { saveProspect } from './save-prospect';
import { erasePerson } from './suppression';

/**
 * Two side panels open on one prospect (Lucía Ferrer, invented), each answering and
 * saving: the saves merge answers per question inside the transaction, and each save
 * settles only its own unsaved work.
 */
const fresh = freshDatabases();
const ID = 'li:lucia-ferrer-nubia';
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

describe('two panels saving one prospect', () => {
  it('keeps answers to different questions from both, the later answer to the same one', async () => {
    const db = fresh();
    // Both panels opened on the stored prospect, which has "need: yes" from minute 0.
    await saveProspect(
      db,
      saveInput({ answers: { need: { value: 'yes', answeredAt: at(0).toISOString() } } }),
      at(0),
    );
    let a = withAnswer(emptyUnsaved(ID, at(1)), 'budget', 'allocated', at(1));
    let b = withAnswer(emptyUnsaved(ID, at(1)), 'timeline', 'this-quarter', at(2));
    b = withAnswer(b, 'need', 'no', at(3));
    a = withAnswer(a, 'need', 'yes', at(2));
    await storeUnsaved(db, a);
    await storeUnsaved(db, b);

    // Interleaved: B saves first, then A, each with the answers it shows.
    const stored0 = { need: { value: 'yes' as const, answeredAt: at(0).toISOString() } };
    await saveProspect(db, saveInput({ answers: { ...stored0, ...b.answers }, unsaved: b }), at(4));
    await saveProspect(db, saveInput({ answers: { ...stored0, ...a.answers }, unsaved: a }), at(5));

    const saved = await db.prospects.get(ID);
    expect(saved?.answers).toEqual({
      budget: a.answers.budget,
      timeline: b.answers.timeline,
      need: b.answers.need, // B's answer (minute 3) is later than A's (minute 2)
    });
    // Each save took its own work out of the drafts: nothing is left unsaved.
    expect(await readUnsaved(db, [ID])).toBeNull();
  });

  it('a question set back to unknown drops an older stored answer, not a newer one', async () => {
    const db = fresh();
    await saveProspect(
      db,
      saveInput({ answers: { need: { value: 'yes', answeredAt: at(2).toISOString() } } }),
      at(2),
    );
    await saveProspect(
      db,
      saveInput({ answers: {}, clearedAnswers: { need: at(1).toISOString() } }),
      at(3),
    );
    expect((await db.prospects.get(ID))?.answers.need?.value).toBe('yes');
    await saveProspect(
      db,
      saveInput({ answers: {}, clearedAnswers: { need: at(4).toISOString() } }),
      at(4),
    );
    expect((await db.prospects.get(ID))?.answers).toEqual({});
  });

  it('keeps the other panel’s unsaved work when one panel saves', async () => {
    const db = fresh();
    const a = withAnswer(emptyUnsaved(ID, at(1)), 'budget', 'allocated', at(1));
    const b = withText(emptyUnsaved(ID, at(1)), 'pain', 'Roturas', at(2));
    await storeUnsaved(db, a);
    await storeUnsaved(db, b);
    await saveProspect(db, saveInput({ answers: a.answers, unsaved: a }), at(3));
    expect(await readUnsaved(db, [ID])).toMatchObject({ answers: {}, pain: { text: 'Roturas' } });
  });

  it('moves work kept under the page’s own key to the linked prospect', async () => {
    const db = fresh();
    const mine = withAnswer(
      emptyUnsaved('email:lucia.ferrer@ceramicas-nubia.es', at(1)),
      'need',
      'yes',
      at(1),
    );
    await storeUnsaved(db, mine);
    await storeUnsaved(db, { ...mine, id: ID }, [mine.id]);
    expect(await db.drafts.toCollection().primaryKeys()).toEqual([ID]);
  });
});

describe('erasing a person', () => {
  it('deletes their unsaved work and the links the rep rejected for them', async () => {
    const db = fresh();
    await saveProspect(db, saveInput(), at(0));
    await storeUnsaved(db, withText(emptyUnsaved(ID, at(1)), 'notes', 'Llamar', at(1)));
    await rememberLink(db, ID, 'email:recepcion@ceramicas-nubia.es', false, at(1));
    await erasePerson(db, ID, at(2));
    expect(await db.drafts.count()).toBe(0);
    expect(await db.personLinks.count()).toBe(0);
  });
});
