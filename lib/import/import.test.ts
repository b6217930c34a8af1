import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { field, marcInput, saveInput } from '../../tests/support/test-records';
import type { CribaDB } from '../db/database';
import { importRows } from '../db/import-rows';
import { erasePerson, listProspectRows, saveProspect } from '../db/repository';
import { runExport, type ExportFormat } from '../export/run-export';
import { t } from '../i18n';
import { autoMapping, mappingIdentifies, rememberMapping } from './mapping';
import { planImport } from './plan-import';
import { prepareCsv } from './prepare-csv';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-05T09:00:00.000Z');
const fresh = freshDatabases();
const bytes = (text: string) => new TextEncoder().encode(text);

/** Lucía, Marc and Irene (company page only: no person), all invented. */
async function fixtures(): Promise<CribaDB> {
  const db = fresh();
  await saveProspect(db, saveInput(), NOW);
  await saveProspect(db, marcInput(), NOW);
  const irene = saveInput();
  irene.person = {
    name: 'Irene Vidal',
    linkedinSlug: 'irene-vidal',
    email: 'irene@estudio-gris.es',
    fields: { title: field('Socia'), phone: field('+34943631245') },
  };
  irene.company = {
    name: 'Estudio Gris',
    domain: 'estudio-gris.es',
    linkedinSlug: null,
    fields: { industry: field('Design'), country: field('ES') },
  };
  await saveProspect(db, irene, NOW);
  return db;
}

async function csvOf(db: CribaDB, format: ExportFormat) {
  const { blob } = await runExport(db, {
    scope: { kind: 'where', keep: () => true },
    format,
    locale: 'en',
    yieldToLoop: () => Promise.resolve(),
  });
  return new Uint8Array(await blob.arrayBuffer());
}

/** The whole import as the dialog runs it: file → mapping → plan → one transaction. */
async function importFile(db: CribaDB, file: Uint8Array, size?: number) {
  const prepared = prepareCsv(file, {}, size);
  if (!prepared.ok) return { issue: prepared.issue };
  const plan = planImport(prepared.table, prepared.mapping, LATER);
  const report = plan.valid.length > 0 ? await importRows(db, plan.valid, LATER) : null;
  return { plan, report, mapping: prepared.mapping };
}

/** What the people and companies are, as the list shows them (ids and facts, not dates). */
async function people(db: CribaDB) {
  const { rows } = await listProspectRows(db);
  return rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      title: r.title,
      email: r.email,
      phone: r.phone,
      company: r.company,
      domain: r.domain,
      industry: r.industry,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('import parses back what the CRM presets export', () => {
  for (const format of ['hubspot', 'pipedrive', 'generic', 'excel-es'] as const) {
    it(`${format}: an exported file imports into an empty database as the same people`, async () => {
      const source = await fixtures();
      const target = fresh();
      const result = await importFile(target, await csvOf(source, format));
      expect(result.plan?.rejected).toEqual([]);
      expect(result.report).toMatchObject({ created: 3, merged: 0, rejected: [] });
      const expected = (await people(source))
        .map((p) =>
          // A LinkedIn profile is not in these presets' columns: the email keys the person.
          format === 'generic' || format === 'excel-es'
            ? p
            : { ...p, id: p.email ? `email:${p.email}` : p.id },
        )
        .sort((a, b) => a.id.localeCompare(b.id));
      expect(await people(target)).toEqual(expected);
    });
  }

  it('HubSpot and Pipedrive headers map without help', () => {
    const hubspot = ['First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name'];
    expect(autoMapping(hubspot)).toEqual(['firstName', 'lastName', 'email', 'phone', 'company']);
    const pipedrive = ['Person - Name', 'Person - Email - Work', 'Organization - Name', 'Deal'];
    expect(autoMapping(pipedrive)).toEqual(['name', 'email', 'company', null]);
  });

  it('remembers a mapping by header name, and applies it first next time', () => {
    const remembered = rememberMapping(['Correo del cliente', 'Empresa'], ['email', null]);
    expect(remembered).toEqual({ 'correo del cliente': 'email' });
    expect(autoMapping(['EMPRESA', 'Correo del cliente'], remembered)).toEqual([
      'company',
      'email',
    ]);
  });
});

describe('import merges by identity and never duplicates', () => {
  it('a re-import merges into the stored prospects and keeps their stage and score', async () => {
    const db = await fixtures();
    const before = await db.prospects.get('li:lucia-ferrer-nubia');
    const csv = bytes(
      'Email,Job Title,LinkedIn\r\n' +
        'lucia.ferrer@ceramicas-nubia.es,COO,https://www.linkedin.com/in/lucia-ferrer-nubia/\r\n' +
        'LUCIA.FERRER@ceramicas-nubia.es,COO,\r\n' +
        'nueva@ceramicas-nubia.es,Compras,\r\n',
    );
    const { report } = await importFile(db, csv);
    expect(report).toEqual({ created: 1, merged: 2, rejected: [] });
    expect(await db.prospects.count()).toBe(4);
    const after = await db.prospects.get('li:lucia-ferrer-nubia');
    expect(after).toMatchObject({
      status: before?.status,
      score: before?.score,
      answers: before?.answers,
    });
    expect((await people(db)).find((p) => p.id === 'li:lucia-ferrer-nubia')?.title).toBe('COO');
  });

  it('never brings back an erased person; the rest of the file is imported', async () => {
    const db = await fixtures();
    await erasePerson(db, 'email:marc@logistica-brava.com', NOW);
    const csv = bytes('Name,Email\r\nMarc Soler,marc@logistica-brava.com\r\nAna,ana@gris.es\r\n');
    const { report } = await importFile(db, csv);
    expect(report).toEqual({
      created: 1,
      merged: 0,
      rejected: [{ line: 2, reason: { key: 'data.reject.erased' } }],
    });
    expect(await db.contacts.where('email').equals('marc@logistica-brava.com').count()).toBe(0);
  });

  it('keeps a formula as inert text: stored as written, neutralised on export', async () => {
    const db = fresh();
    const csv = bytes(
      'Email,Job Title\r\nx@ejemplo-sa.es,"=HYPERLINK(""https://evil.example"")"\r\n',
    );
    await importFile(db, csv);
    expect((await people(db))[0]?.title).toBe('=HYPERLINK("https://evil.example")');
    const text = new TextDecoder().decode(await csvOf(db, 'hubspot'));
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
  });

  it('reads Windows-1252 and UTF-16 files as Excel saves them', async () => {
    const db = fresh();
    const latin1 = Uint8Array.from([
      ...bytes('Nombre;Correo\r\nJos'),
      0xe9,
      ...bytes(' Pe'),
      0xf1,
      ...bytes('a;jose@pena-sl.es\r\n'),
    ]);
    await importFile(db, latin1);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(
        new Uint16Array(
          [...'Name,Email\r\nÁlex Ruiz,alex@ruiz-sl.es\r\n'].map((c) => c.charCodeAt(0)),
        ).buffer,
      ),
    ]);
    await importFile(db, utf16);
    expect((await people(db)).map((p) => p.name)).toEqual(['Álex Ruiz', 'José Peña']);
  });
});

type Snapshot = Record<string, unknown[]>;
async function snapshot(db: CribaDB): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

const long = 'x'.repeat(3000);
/** Malformed or hostile CSV files: none may change anything stored. */
const HOSTILE: { name: string; file: () => Uint8Array; size?: number; says: string }[] = [
  { name: 'empty file', file: () => new Uint8Array(), says: 'data.file.empty' },
  {
    name: 'only blanks and line breaks',
    file: () => bytes(' \r\n\r\n  '),
    says: 'data.file.empty',
  },
  {
    name: 'a PNG',
    file: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]),
    says: 'data.file.binary',
  },
  {
    name: 'NUL bytes inside text',
    file: () => bytes('Email,Name\r\n' + 'a@b.es,Ana\r\n'.repeat(20) + 'c@d.es,\u0000\r\n'),
    says: 'data.file.binary',
  },
  {
    name: 'UTF-32 with its BOM',
    file: () => Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]),
    says: 'data.file.encoding',
  },
  {
    name: 'UTF-16 without a BOM',
    file: () =>
      new Uint8Array(new Uint16Array([...'Email,Name\n'].map((c) => c.charCodeAt(0))).buffer),
    says: 'data.file.binary',
  },
  {
    name: 'over 16 MB',
    file: () => bytes('Email,Name\r\n'),
    size: 16 * 1024 * 1024 + 1,
    says: 'data.file.tooBig',
  },
  { name: 'a header and no rows', file: () => bytes('Email,Name\r\n'), says: 'data.file.noRows' },
  { name: 'one line only, no header', file: () => bytes('ana@gris.es'), says: 'data.file.noRows' },
  {
    name: 'pipes as separator',
    file: () => bytes('Email|Name\r\nana@gris.es|Ana\r\n'),
    says: 'data.file.oneColumn',
  },
  {
    name: 'an unclosed quote',
    file: () => bytes('Email,Name\r\nana@gris.es,"Ana\r\nx@y.es,Y\r\n'),
    says: 'data.file.quotes',
  },
  {
    name: 'two columns with one name',
    file: () => bytes('Email,email\r\nana@gris.es,b@gris.es\r\n'),
    says: 'data.file.duplicateHeader',
  },
  {
    name: 'more than 200,000 rows',
    file: () => bytes('Email,Name\n' + 'a@b.es,A\n'.repeat(200_001)),
    says: 'data.file.tooManyRows',
  },
  {
    name: 'nothing that identifies anyone',
    file: () => bytes('Name,Title\r\nAna,CEO\r\n'),
    says: 'data.import.unmapped',
  },
  {
    name: 'prototype keys as headers',
    file: () => bytes('__proto__,constructor\r\na@b.es,x\r\n'),
    says: 'data.import.unmapped',
  },
  {
    name: 'a 3,000-character value',
    file: () => bytes(`Email,Name\r\nana@gris.es,${long}\r\n`),
    says: 'data.reject.tooLong',
  },
  {
    name: 'a broken email',
    file: () => bytes('Email,Name\r\nana(at)gris.es,Ana\r\n'),
    says: 'data.reject.email',
  },
  {
    name: 'a javascript: profile link',
    file: () => bytes('LinkedIn,Name\r\njavascript:alert(1),Ana\r\n'),
    says: 'data.reject.linkedin',
  },
  {
    name: 'more cells than columns',
    file: () => bytes('Email,Name\r\nana@gris.es,Ana,extra,cells\r\n'),
    says: 'data.reject.extraCells',
  },
  {
    name: 'a free-mail domain as the only company key',
    file: () => bytes('Company Domain Name,Name\r\ngmail.com,Ana\r\n'),
    says: 'data.reject.noIdentity',
  },
  {
    name: 'a formula with no identity',
    file: () => bytes('Email,Name\r\n,=1+1\r\n'),
    says: 'data.reject.noIdentity',
  },
  {
    name: 'an erased person',
    file: () => bytes('Email,Name\r\nbaja@estudio-gris.es,Baja\r\n'),
    says: 'data.reject.erased',
  },
];

describe('malformed or hostile files change nothing', () => {
  it.each(HOSTILE)('$name', async ({ file, size, says }) => {
    const db = await fixtures();
    await erasePerson(db, 'email:baja@estudio-gris.es', NOW);
    const before = await snapshot(db);
    const prepared = prepareCsv(file(), {}, size);
    let said: string;
    if (!prepared.ok) said = prepared.issue.key;
    else if (!mappingIdentifies(prepared.mapping)) said = 'data.import.unmapped';
    else {
      const plan = planImport(prepared.table, prepared.mapping, LATER);
      const report = plan.valid.length ? await importRows(db, plan.valid, LATER) : null;
      const rejected = [...plan.rejected, ...(report?.rejected ?? [])];
      expect(rejected.every((r) => r.line === 2)).toBe(true);
      said = rejected[0]?.reason.key ?? 'nothing rejected';
      // Every reason reads as a sentence in both languages.
      for (const r of rejected) {
        expect(t('es', r.reason.key, r.reason.params)).not.toMatch(/^data\.|\{/);
      }
    }
    expect(said).toBe(says);
    expect(await snapshot(db)).toEqual(before);
  });
});
