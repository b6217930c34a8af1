import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { field, marcInput, saveInput, score } from '../../tests/support/test-records';
import type { CribaDB } from './database';
import {
  RowQuerySchema,
  countOutdated,
  countRows,
  pageRows,
  storedCountries,
  viewIds,
  viewRows,
  type RowQuery,
} from './list-query';
import { setOutcome, setStatus } from './pipeline';
import { rebuildAllRows } from './sync-rows';
import { saveProspect } from './save-prospect';
import { emptyOutcome } from '../model/outcome';

const fresh = freshDatabases();
const NOW = new Date('2026-03-02T09:00:00.000Z');
const q = (over: Partial<RowQuery> = {}): RowQuery => RowQuerySchema.parse(over);

/** Lucía (qualified, ES), Marc (nurture), Ana Pérez (disqualified, MX), a company alone. */
async function seed(db: CribaDB) {
  await saveProspect(db, saveInput(), NOW);
  await saveProspect(db, marcInput(), new Date(NOW.getTime() + 1000));
  const ana = saveInput({
    score: score({
      grade: 'D3',
      verdict: 'disqualified',
      reason: 'too-small',
      lines: [],
      criteria: {},
    }),
  });
  ana.company = {
    name: 'Óptica Ñandú',
    domain: 'optica-nandu.mx',
    linkedinSlug: null,
    fields: { country: field('MX') },
  };
  ana.person = {
    name: 'Ana Pérez',
    linkedinSlug: 'ana-perez-nandu',
    email: null,
    fields: { title: field('Gerente', { surface: 'gmail-thread' }) },
  };
  await saveProspect(db, ana, new Date(NOW.getTime() + 2000));
  const company = saveInput({ person: null, score: null });
  company.company = {
    name: 'Zafiro Textil',
    domain: 'zafiro-textil.es',
    linkedinSlug: null,
    fields: {},
  };
  await saveProspect(db, company, new Date(NOW.getTime() + 3000));
}

async function names(db: CribaDB, query: RowQuery): Promise<string[]> {
  const view = await viewRows(db, query);
  return (await pageRows(db, query, view, 0, 100)).map((r) => r.name);
}

describe('the list queries', () => {
  it('sorts by any column both ways, the newest first by default', async () => {
    const db = fresh();
    await seed(db);
    expect(await names(db, q())).toEqual([
      'Zafiro Textil',
      'Ana Pérez',
      'Marc Soler',
      'Lucía Ferrer',
    ]);
    // Accents and case do not decide the order: Ana, Lucía, Marc, Zafiro.
    expect(await names(db, q({ sort: 'name', dir: 'asc' }))).toEqual([
      'Ana Pérez',
      'Lucía Ferrer',
      'Marc Soler',
      'Zafiro Textil',
    ]);
    expect(await names(db, q({ sort: 'company', dir: 'desc' }))).toEqual([
      'Zafiro Textil',
      'Ana Pérez',
      'Marc Soler',
      'Lucía Ferrer',
    ]);
    // Unscored ('') first, then A1…D3.
    expect(await names(db, q({ sort: 'grade', dir: 'asc' }))).toEqual([
      'Zafiro Textil',
      'Lucía Ferrer',
      'Marc Soler',
      'Ana Pérez',
    ]);
    await setStatus(db, ['email:marc@logistica-brava.com'], 'proposal', NOW);
    expect((await names(db, q({ sort: 'status', dir: 'desc' })))[0]).toBe('Marc Soler');
  });

  it('names a company-only prospect by its company', async () => {
    const db = fresh();
    await seed(db);
    expect(await db.rows.get('domain:zafiro-textil.es')).toMatchObject({
      name: 'Zafiro Textil',
      company: 'Zafiro Textil',
      verdict: 'none',
    });
  });

  it('filters by verdict, grade, status, outcome, country, source, criterion and date', async () => {
    const db = fresh();
    await seed(db);
    expect(
      await names(db, q({ verdict: ['qualified', 'nurture'], sort: 'name', dir: 'asc' })),
    ).toEqual(['Lucía Ferrer', 'Marc Soler']);
    expect(await names(db, q({ grade: ['D3'] }))).toEqual(['Ana Pérez']);
    expect(await names(db, q({ verdict: ['none'] }))).toEqual(['Zafiro Textil']);
    expect(await names(db, q({ country: ['MX'] }))).toEqual(['Ana Pérez']);
    expect(await names(db, q({ source: ['gmail-thread'] }))).toEqual(['Ana Pérez']);
    expect(await names(db, q({ met: ['industry'], sort: 'name', dir: 'asc' }))).toEqual([
      'Lucía Ferrer',
      'Marc Soler',
    ]);
    const from = new Date(NOW.getTime() + 1000).toISOString();
    const to = new Date(NOW.getTime() + 3000).toISOString();
    expect(await names(db, q({ from: to }))).toEqual(['Zafiro Textil']);
    expect(await names(db, q({ from, to: from }))).toEqual(['Marc Soler']);
    expect(await names(db, q({ to: from }))).toEqual(['Marc Soler', 'Lucía Ferrer']);
    const lost = { ...emptyOutcome('2026-03-02'), lostReason: 'price' as const };
    await setOutcome(db, ['li:lucia-ferrer-nubia'], { result: 'lost', outcome: lost }, NOW);
    await setStatus(db, ['li:ana-perez-nandu'], 'lost', NOW);
    expect(await names(db, q({ status: ['lost'], sort: 'name', dir: 'asc' }))).toEqual([
      'Ana Pérez',
      'Lucía Ferrer',
    ]);
    expect(await names(db, q({ outcome: ['lost:price'] }))).toEqual(['Lucía Ferrer']);
    expect((await names(db, q({ outcome: ['lost'] }))).sort()).toEqual([
      'Ana Pérez',
      'Lucía Ferrer',
    ]);
    expect(await names(db, q({ outcome: ['none'], sort: 'name', dir: 'asc' }))).toEqual([
      'Marc Soler',
      'Zafiro Textil',
    ]);
    // Kinds combine: lost and in Mexico.
    expect(await names(db, q({ outcome: ['lost'], country: ['MX'] }))).toEqual(['Ana Pérez']);
  });

  it('filters by answer, criterion not met, funnel step, ids and capture date', async () => {
    const db = fresh();
    await seed(db);
    const all = await db.rows.toArray();
    const lucia = 'li:lucia-ferrer-nubia';
    await db.rows.update(lucia, { answers: ['timeline=rare-demo'], funnel: 3 });
    const ids = async (over: Partial<RowQuery>) => (await viewRows(db, q(over))).ids?.sort();
    expect(await ids({ answer: ['timeline=rare-demo'] })).toEqual([lucia]);
    expect(await ids({ answer: ['timeline=other'] })).toEqual([]);
    const reached = (await db.rows.toArray()).filter((r) => r.funnel >= 2).map((r) => r.id);
    expect(reached).toContain(lucia);
    expect(await ids({ funnel: [2] })).toEqual(reached.sort());
    expect(reached.length).toBeLessThan(all.length);
    expect(await ids({ ids: [lucia, 'li:nobody'] })).toEqual([lucia]);
    const met = all.find((r) => r.met.length > 0);
    expect(met).toBeDefined();
    const notMet = await ids({ notMet: [met?.met[0] ?? ''] });
    expect(notMet).toEqual(
      all
        .filter((r) => !r.met.includes(met?.met[0] ?? ''))
        .map((r) => r.id)
        .sort(),
    );
    expect(notMet).not.toContain(met?.id);
    const created = all[0]?.createdAt ?? '';
    expect(await ids({ dateOn: 'created', from: created, to: created })).toEqual(
      all
        .filter((r) => r.createdAt === created)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('finds by folded word prefixes: Pérez by "perez" and by "PÉR", Ñandú by "nandu"', async () => {
    const db = fresh();
    await seed(db);
    expect(await names(db, q({ search: 'perez' }))).toEqual(['Ana Pérez']);
    expect(await names(db, q({ search: 'PÉR' }))).toEqual(['Ana Pérez']);
    expect(await names(db, q({ search: 'nandu' }))).toEqual(['Ana Pérez']);
    // Every word must start a word of the row; the middle of a word is not a match.
    expect(await names(db, q({ search: 'ana optica' }))).toEqual(['Ana Pérez']);
    expect(await names(db, q({ search: 'ana brava' }))).toEqual([]);
    expect(await names(db, q({ search: 'erez' }))).toEqual([]);
    // By email and domain too.
    expect(await names(db, q({ search: 'logistica-brava.com' }))).toEqual(['Marc Soler']);
    expect((await viewRows(db, q({ search: '  ' }))).ids).toBeNull();
  });

  it('outdated scores: the built-in ICP (version 0) counts once one is saved; unscored never', async () => {
    const db = fresh();
    await saveProspect(db, saveInput({ score: score({ icpVersion: 0 }) }), NOW);
    await saveProspect(db, { ...marcInput(), score: null }, NOW);
    expect(await countOutdated(db, 0)).toBe(0);
    expect(await countOutdated(db, 1)).toBe(1);
  });

  it('counts from the index, and counts what the filters leave', async () => {
    const db = fresh();
    await seed(db);
    const all = await viewRows(db, q());
    expect(all).toMatchObject({ total: 4, count: 4, ids: null, walk: false });
    expect(all.first.map((r) => r.name)).toEqual([
      'Zafiro Textil',
      'Ana Pérez',
      'Marc Soler',
      'Lucía Ferrer',
    ]);
    expect((await viewRows(db, q({ search: 'dir', verdict: ['qualified'] }))).count).toBe(1);
    expect(await countOutdated(db, 2)).toBe(3);
    expect(await countOutdated(db, 1)).toBe(0);
    expect(await storedCountries(db)).toEqual(['ES', 'MX']);
  });
});

describe('paging', () => {
  /** 250 company-only prospects, Empresa 000 … Empresa 249, written in bulk. */
  async function many(db: CribaDB) {
    const at = NOW.toISOString();
    const n = (i: number) => String(i).padStart(3, '0');
    const keys = Array.from({ length: 250 }, (_, i) => `domain:e${n(i)}.es`);
    await db.accounts.bulkPut(
      keys.map((key, i) => ({
        ...{ key, domain: key.slice(7), linkedinSlug: null, name: `Empresa ${n(i)}` },
        ...{ fields: {}, createdAt: at, updatedAt: at },
      })),
    );
    const { prospect } = await saveProspect(db, saveInput({ person: null }), NOW);
    await db.prospects.bulkPut(
      keys.map((key, i) => ({
        ...prospect,
        ...{ id: key, accountKey: key, contactKey: null, score: i % 2 ? score() : null },
      })),
    );
    await db.prospects.delete(prospect.id);
    await db.accounts.delete(prospect.accountKey!);
    expect(await rebuildAllRows(db)).toBe(250);
  }

  it('gives each row once across pages, on both sides of every boundary', async () => {
    const db = fresh();
    await many(db);
    for (const query of [
      q({ sort: 'name', dir: 'asc' }),
      q({ sort: 'name', dir: 'desc' }),
      // Filtered (read in order from the index) and small enough to sort in memory.
      q({ sort: 'name', dir: 'asc', verdict: ['qualified'] }),
      q({ sort: 'name', dir: 'desc', search: 'empresa' }),
    ]) {
      // Walking the sort index, and reading the matches to sort them in memory.
      for (const sortInMemory of [0, 1000]) {
        const view = await viewRows(db, query, { sortInMemory });
        const all = await viewIds(db, query, view);
        const count = await countRows(db, query, view);
        expect(all).toHaveLength(count);
        expect(view.first.map((r) => r.id)).toEqual(all.slice(0, 50));
        const paged: string[] = [];
        for (let offset = 0; offset < count + 100; offset += 100) {
          paged.push(...(await pageRows(db, query, view, offset, 100)).map((r) => r.id));
        }
        expect(paged).toEqual(all);
        expect(new Set(paged).size).toBe(count);
        // The last row alone, one past the end, a negative offset.
        const [last] = await pageRows(db, query, view, count - 1, 10);
        expect(last?.id).toBe(all[all.length - 1]);
        expect(await pageRows(db, query, view, count, 10)).toEqual([]);
        expect((await pageRows(db, query, view, -5, 1))[0]?.id).toBe(all[0]);
      }
    }
    const asc = await viewIds(db, q({ sort: 'name', dir: 'asc' }), await viewRows(db, q()));
    expect(asc[0]).toBe('domain:e000.es');
    expect(asc[249]).toBe('domain:e249.es');
  });
});
