import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../model/records';
import type { Draft } from './page-facts';
import {
  applyUnsaved,
  emptyUnsaved,
  isEmptyUnsaved,
  mergeUnsaved,
  settleUnsaved,
  withAnswer,
  withFactEdits,
  withText,
  type Work,
} from './unsaved';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));
const ID = 'li:begona-irazabal-demo';
const PROFILE = 'https://www.linkedin.com/in/begona-irazabal-demo/';

function fact(
  value: FieldValue['value'],
  minute: number,
  method: 'dom' | 'rep' = 'dom',
): FieldValue {
  const source = {
    surface: 'linkedin-profile' as const,
    url: PROFILE,
    method,
    capturedAt: at(minute).toISOString(),
  };
  return { value, source, confidence: method === 'rep' ? 1 : 0.8 };
}

/** A reading of her profile: name, title, company; nothing stored yet. */
function reading(extra: Partial<Draft['company']> = {}, minute = 0): Work {
  return {
    facts: {
      person: { name: fact('Begoña Irazabal', minute), title: fact('CEO', minute) },
      company: { name: fact('Txantxangorri Software', minute), ...extra },
    },
    answers: {},
    pain: '',
    notes: '',
  };
}

describe('applyUnsaved: a re-read keeps the rep’s work', () => {
  it('brings the page’s new facts in without touching the fields the rep set or cleared', () => {
    const first = reading();
    let u = emptyUnsaved(ID, at(1));
    const edited: Draft = {
      person: { ...first.facts.person, title: fact('Fundadora', 1, 'rep') },
      company: { name: first.facts.company.name! },
    };
    u = withFactEdits(u, 'person', first.facts, edited, at(1));
    u = withAnswer(u, 'need', 'yes', at(2));
    u = withText(u, 'pain', 'Pierden pedidos', at(3));
    u = withText(u, 'notes', 'Llamar el lunes', at(3));

    // LinkedIn re-renders: a new capture, with the industry now read and a new title.
    const again = reading({ industry: fact('Software', 5) }, 5);
    again.facts.person.title = fact('CEO & Founder', 5);
    const shown = applyUnsaved(again, u);
    expect(shown.facts.person.title?.value).toBe('Fundadora');
    expect(shown.facts.company.industry?.value).toBe('Software');
    expect(shown.answers.need?.value).toBe('yes');
    expect(shown).toMatchObject({ pain: 'Pierden pedidos', notes: 'Llamar el lunes' });
  });

  it('keeps a field the rep cleared cleared, though the page reads it again', () => {
    const first = reading();
    const without: Draft = { ...first.facts, person: { name: first.facts.person.name! } };
    const u = withFactEdits(emptyUnsaved(ID, at(1)), 'person', first.facts, without, at(1));
    expect(u.facts.person.cleared).toEqual({ title: at(1).toISOString() });
    expect(applyUnsaved(reading({}, 9), u).facts.person.title).toBeUndefined();
  });

  it('lays answers over the stored ones; a question set back to unknown hides an older answer', () => {
    const stored = {
      ...reading(),
      answers: { budget: { value: 'allocated', answeredAt: at(0).toISOString() } },
    };
    let u = withAnswer(emptyUnsaved(ID, at(1)), 'budget', null, at(1));
    expect(applyUnsaved(stored, u).answers).toEqual({});
    u = withAnswer(u, 'budget', 'none', at(2));
    expect(u.clearedAnswers).toEqual({});
    expect(applyUnsaved(stored, u).answers.budget?.value).toBe('none');
    expect(applyUnsaved(stored, null)).toBe(stored);
  });
});

describe('mergeUnsaved: two panels on one prospect', () => {
  it('keeps both panels’ answers to different questions, and the later one to the same', () => {
    const a = withAnswer(
      withAnswer(emptyUnsaved(ID, at(0)), 'need', 'yes', at(1)),
      'timeline',
      'this-quarter',
      at(4),
    );
    const b = withAnswer(
      withAnswer(emptyUnsaved(ID, at(0)), 'budget', 'allocated', at(2)),
      'timeline',
      'no-timeline',
      at(3),
    );
    for (const merged of [mergeUnsaved(a, b), mergeUnsaved(b, a)]) {
      expect(Object.keys(merged.answers).sort()).toEqual(['budget', 'need', 'timeline']);
      expect(merged.answers.timeline?.value).toBe('this-quarter');
      expect(merged.updatedAt).toBe(at(4).toISOString());
    }
  });

  it('a later "unknown" beats an earlier answer, an earlier one does not', () => {
    const answered = withAnswer(emptyUnsaved(ID, at(0)), 'need', 'yes', at(2));
    const clearedLater = withAnswer(emptyUnsaved(ID, at(0)), 'need', null, at(3));
    const clearedEarlier = withAnswer(emptyUnsaved(ID, at(0)), 'need', null, at(1));
    expect(mergeUnsaved(answered, clearedLater)).toMatchObject({
      answers: {},
      clearedAnswers: { need: at(3).toISOString() },
    });
    expect(mergeUnsaved(clearedEarlier, answered)).toMatchObject({ clearedAnswers: {} });
    expect(mergeUnsaved(clearedEarlier, answered).answers.need?.value).toBe('yes');
  });

  it('keeps the later pain and notes, and fact edits field by field', () => {
    const a = withText(emptyUnsaved(ID, at(0)), 'pain', 'A', at(5));
    const b = withText(withText(emptyUnsaved(ID, at(0)), 'pain', 'B', at(4)), 'notes', 'N', at(4));
    expect(mergeUnsaved(a, b)).toMatchObject({ pain: { text: 'A' }, notes: { text: 'N' } });
  });
});

describe('settleUnsaved: after a save', () => {
  it('drops what the save included and keeps what another panel did since', () => {
    const saved = withText(
      withAnswer(emptyUnsaved(ID, at(0)), 'need', 'yes', at(1)),
      'pain',
      'P',
      at(1),
    );
    const other = withAnswer(emptyUnsaved(ID, at(0)), 'budget', 'allocated', at(2));
    const stored = mergeUnsaved(saved, other);
    const left = settleUnsaved(stored, saved);
    expect(left?.answers).toEqual({ budget: other.answers.budget });
    expect(left?.pain).toBeNull();
    expect(settleUnsaved(saved, saved)).toBeNull();
  });

  it('keeps an answer to the same question given after the saved one', () => {
    const saved = withAnswer(emptyUnsaved(ID, at(0)), 'need', 'yes', at(1));
    const later = withAnswer(emptyUnsaved(ID, at(0)), 'need', 'no', at(2));
    expect(settleUnsaved(mergeUnsaved(saved, later), saved)?.answers.need?.value).toBe('no');
  });

  it('knows empty work', () => {
    expect(isEmptyUnsaved(emptyUnsaved(ID, at(0)))).toBe(true);
    expect(isEmptyUnsaved(withAnswer(emptyUnsaved(ID, at(0)), 'need', null, at(1)))).toBe(false);
  });
});
