import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { field, marcInput, saveInput } from '../../tests/support/test-records';
import type { CribaDB } from './database';
import { importRows, type ImportRow } from './import-rows';
import { splitFresh, type PreparedRow } from './import-fresh';
import { erasePerson, saveProspect } from './repository';
import { SaveInputSchema, type SaveInput } from './save-input';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-05T09:00:00.000Z');
const fresh = freshDatabases();

type Company = SaveInput['company'];
const company = (
  name: string,
  domain: string | null,
  slug: string | null,
  industry?: string,
): Company => ({
  name,
  domain,
  linkedinSlug: slug,
  fields: industry ? { industry: field(industry, { at: LATER.toISOString() }) } : {},
});
const row = (line: number, person: SaveInput['person'], at: Company): ImportRow => ({
  line,
  input: saveInput({ person, company: at, score: null }),
});
const person = (name: string, email: string | null, slug: string | null = null) => ({
  name,
  email,
  linkedinSlug: slug,
  fields: { title: field(`Puesto de ${name}`) },
});

const nueva = company('Nueva Cerámica', 'nueva-ceramica.example', null, 'Ceramics');
/** The bulk path takes lines 2–8; the others say why not. */
const FILE: ImportRow[] = [
  row(2, person('Ana Nueva', 'ana@nueva-ceramica.example'), nueva),
  row(
    3,
    person('Bea Nueva', 'bea@nueva-ceramica.example'),
    company('Nueva', 'nueva-ceramica.example', null, 'Tiles'),
  ),
  row(4, null, company('Nueva Cerámica SA', 'nueva-ceramica.example', null)),
  row(5, person('Carla Sola', 'carla@correo.example', 'carla-sola'), null),
  row(6, person('Dani Paginas', null, 'dani-paginas'), company('Pagina', null, 'pagina-sl')),
  row(7, person('Eva Sin Web', 'eva@sinweb.example'), company('Sin Web', null, null)),
  row(8, null, company('Solo Empresa', 'solo-empresa.example', null, 'Retail')),
  // The same email twice in the file: merged, so row by row.
  row(9, person('Fede Dos', 'fede@dos.example'), null),
  row(10, person('Federico Dos', 'FEDE@dos.example'), null),
  // Stored already: Lucía by her profile, a newcomer at her stored company.
  row(11, person('Lucía F.', null, 'lucia-ferrer-nubia'), null),
  row(
    12,
    person('Gil Nubia', 'gil@ceramicas-nubia.es'),
    company('Cerámicas Nubia', 'ceramicas-nubia.es', null),
  ),
  // One company by its domain here and by domain and page there: a merge, row by row.
  row(13, person('Hugo Mix', 'hugo@mix.example'), company('Mix', 'mix.example', null)),
  row(14, person('Inés Mix', 'ines@mix.example'), company('Mix', 'mix.example', 'mix-sl')),
  // A page alone here, the page with its domain there: two keys of one company.
  row(16, person('Jon Pag', 'jon@paginada.example'), company('Paginada', null, 'paginada-sl')),
  row(
    17,
    person('Kai Pag', 'kai@paginada.example'),
    company('Paginada', 'paginada.example', 'paginada-sl'),
  ),
  // Erased before: refused whatever the path.
  row(15, person('Marc Soler', 'marc@logistica-brava.com'), null),
];

async function stored(db: CribaDB) {
  await saveProspect(db, saveInput(), NOW);
  await saveProspect(db, marcInput(), NOW);
  await erasePerson(db, 'email:marc@logistica-brava.com', NOW);
}

async function tables(db: CribaDB) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('the bulk path of an import', () => {
  it('takes only rows about no one stored and no one else in the file', async () => {
    const db = fresh();
    await stored(db);
    // The erased person's row never gets here: importRows refuses it first.
    const prepared: PreparedRow[] = FILE.slice(0, -1).map(({ line, input }) => ({
      line,
      data: SaveInputSchema.parse(input),
      hashes: [],
    }));
    const { fresh: bulk, rest } = await db.transaction('r', db.tables, () =>
      splitFresh(db, prepared),
    );
    expect(bulk.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(rest.map((r) => r.line)).toEqual([9, 10, 11, 12, 13, 14, 16, 17]);
  });

  it('stores exactly what saving row by row stores, and the same report', async () => {
    const [bulk, byRow] = [fresh(), fresh()];
    await stored(bulk);
    await stored(byRow);
    const report = await importRows(bulk, FILE, LATER);
    expect(await importRows(byRow, FILE, LATER, { bulk: false })).toEqual(report);
    expect(report).toEqual({
      created: 13,
      merged: 2,
      rejected: [{ line: 15, reason: { key: 'data.reject.erased' } }],
    });
    expect(await tables(bulk)).toEqual(await tables(byRow));
  });

  it('is all or nothing: a failing row leaves the bulk rows unwritten too', async () => {
    const db = fresh();
    await stored(db);
    const before = await tables(db);
    // An account-only prospect and a person's share the id `li:…`: the save refuses.
    const clash = [
      ...FILE.slice(0, 3),
      row(20, null, company('Clash', null, 'ana-clash')),
      row(21, person('Ana Clash', null, 'ana-clash'), null),
    ];
    await expect(importRows(db, clash, LATER)).rejects.toThrow();
    expect(await tables(db)).toEqual(before);
  });
});
