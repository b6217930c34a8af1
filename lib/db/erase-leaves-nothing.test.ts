import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { field, marcInput, saveInput, score } from '../../tests/support/test-records';
import type { Score } from '../model/score';
import { TABLE_NAMES } from '../state/registry';
import type { CribaDB } from './database';
import { saveProspect } from './save-prospect';
import { erasePerson, isSuppressed } from './suppression';

/**
 * After an erase, nothing in the database may still say who the person was — not a
 * company field read on their profile, not a colleague's score line citing it, not a
 * note naming them. The walk covers every table the state registry lists, so a table
 * added later is checked without touching this test.
 */
const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const PROFILE = 'https://www.linkedin.com/in/lucia-ferrer-nubia/';
/** Lucía Ferrer (invented) in every form she might be written in. */
const LUCIA = [
  'lucía ferrer',
  'lucia ferrer',
  'lucia-ferrer-nubia',
  'linkedin.com/in/lucia-ferrer-nubia',
  'lucia.ferrer@ceramicas-nubia.es',
];

const LUCIA_ID = 'li:lucia-ferrer-nubia';
const onProfile = { surface: 'linkedin-profile', url: PROFILE } as const;

/** A score whose only line cites the company's industry as read on Lucía's profile. */
function citingProfile(overrides: Partial<Score> = {}): Score {
  const base = score(overrides);
  const [line] = base.lines;
  const evidence = { kind: 'signal' as const, field: 'industry', value: 'Ceramics', url: PROFILE };
  return { ...base, lines: [{ ...line!, evidence: [evidence] }] };
}

/** Lucía, her colleague Jordi, the company on its own, and Marc elsewhere. */
async function seed(db: CribaDB) {
  await saveProspect(
    db,
    saveInput({
      person: {
        name: 'Jordi Vidal',
        linkedinSlug: null,
        email: 'jordi.vidal@ceramicas-nubia.es',
        fields: { title: field('Jefe de Compras') },
      },
      notes: 'Me lo presentó Lucía Ferrer (lucia.ferrer@ceramicas-nubia.es).',
      score: citingProfile({ grade: 'B3' }),
    }),
    NOW,
  );
  await saveProspect(db, saveInput({ person: null, score: citingProfile() }), NOW);
  // Saved last, so the company's fields are the ones read on her profile.
  const lucia = saveInput();
  lucia.company!.fields = {
    ...lucia.company!.fields,
    // The company as her profile's experience section names it: read on her page.
    name: field('Cerámicas Nubia', onProfile),
    industry: field('Ceramics manufacturing', onProfile),
  };
  lucia.person!.fields.linkedinUrl = field(PROFILE, onProfile);
  lucia.score = citingProfile();
  await saveProspect(db, lucia, NOW);

  await saveProspect(db, marcInput(), NOW);
}

/** Every string (keys included) of every record of every registered table. */
async function everyString(db: CribaDB): Promise<{ where: string; text: string }[]> {
  const found: { where: string; text: string }[] = [];
  const walk = (v: unknown, where: string): void => {
    if (typeof v === 'string') found.push({ where, text: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        found.push({ where, text: k });
        walk(x, `${where}.${k}`);
      }
    }
  };
  for (const name of TABLE_NAMES) {
    (await db.table(name).toArray()).forEach((r, i) => walk(r, `${name}[${i}]`));
  }
  return found;
}

const mentionsLucia = (text: string) => LUCIA.some((n) => text.toLowerCase().includes(n));

/** A record as JSON with Lucía's profile URL emptied: what scrubbing should leave. */
const withoutProfile = (record: unknown) =>
  JSON.parse(JSON.stringify(record).replaceAll(`"${PROFILE}"`, '""')) as unknown;

describe('erasePerson leaves nothing that names the person', () => {
  it('finds the person in other records before, and in no string of any table after', async () => {
    const db = fresh();
    await seed(db);
    // The seed is a real test: without the erase the walk does find her.
    const before = (await everyString(db)).filter((s) => mentionsLucia(s.text));
    expect(before.map((s) => s.where.split('[')[0])).toEqual(
      expect.arrayContaining(['accounts', 'contacts', 'prospects', 'scoreHistory']),
    );

    const result = await erasePerson(db, LUCIA_ID, NOW);

    expect(result).toMatchObject({ contacts: 1, prospects: 1, scoreHistory: 1 });
    expect((await everyString(db)).filter((s) => mentionsLucia(s.text))).toEqual([]);
  });

  it('keeps the company, the colleague and the unrelated prospect, changed only where they named her', async () => {
    const db = fresh();
    await seed(db);
    const before = {
      account: await db.accounts.get('domain:ceramicas-nubia.es'),
      company: await db.prospects.get('domain:ceramicas-nubia.es'),
      jordi: await db.prospects.get('email:jordi.vidal@ceramicas-nubia.es'),
      marc: await db.prospects.get('email:marc@logistica-brava.com'),
      history: (await db.scoreHistory.toArray()).filter((h) => h.prospectId !== LUCIA_ID),
    };

    await erasePerson(db, LUCIA_ID, NOW);

    expect(await db.accounts.get('domain:ceramicas-nubia.es')).toEqual(
      withoutProfile(before.account),
    );
    // The facts survive; only where they were read is forgotten.
    expect((await db.accounts.get('domain:ceramicas-nubia.es'))?.fields.industry).toMatchObject({
      value: 'Ceramics manufacturing',
      source: { url: '' },
    });
    expect(await db.prospects.get('domain:ceramicas-nubia.es')).toEqual(
      withoutProfile(before.company),
    );
    expect(await db.prospects.get('email:jordi.vidal@ceramicas-nubia.es')).toEqual({
      ...(withoutProfile(before.jordi) as object),
      notes: 'Me lo presentó […] ([…]).',
    });
    expect(await db.prospects.get('email:marc@logistica-brava.com')).toEqual(before.marc);
    expect(await db.scoreHistory.toArray()).toEqual(before.history.map(withoutProfile));
    expect(await db.contacts.toCollection().primaryKeys()).toEqual([
      'email:jordi.vidal@ceramicas-nubia.es',
      'email:marc@logistica-brava.com',
    ]);
  });

  it('keeps only the hashes that stop her being captured again', async () => {
    const db = fresh();
    await seed(db);
    await erasePerson(db, LUCIA_ID, NOW);
    expect(await db.suppressions.count()).toBe(2);
    expect(await isSuppressed(db, LUCIA_ID)).toBe(true);
    expect(await isSuppressed(db, 'email:lucia.ferrer@ceramicas-nubia.es')).toBe(true);
  });
});
