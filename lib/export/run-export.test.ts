import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { freshDatabases } from '../../tests/support/fresh-db';
import { field, marcInput, saveInput } from '../../tests/support/test-records';
import type { CribaDB } from '../db/database';
import { listProspectRows, saveProspect } from '../db/repository';
import { defaultIcp } from '../icp/default-icp';
import { BANT } from '../qualify/frameworks';
import { recommendationText, scoreAndRecommend } from '../recommend/recommend';
import { storedAngleText } from '../recommend/stored-angle';
import { factsFromFields } from '../scoring/facts';
import { toCsv } from './csv';
import { qualifiedOnly, runExport, type ExportFormat, type ExportRequest } from './run-export';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const fresh = freshDatabases();
const immediate = () => Promise.resolve();

/** Lucía (qualified), Marc (nurture) and Irene, whose title is a formula (all invented). */
async function seeded(): Promise<CribaDB> {
  const db = fresh();
  await saveProspect(db, saveInput(), NOW);
  await saveProspect(db, marcInput(), NOW);
  const irene = saveInput();
  irene.person = {
    name: 'Irene Vidal',
    linkedinSlug: 'irene-vidal-nubia',
    email: null,
    fields: {
      title: field('=HYPERLINK("https://evil.example","Jefa")'),
      phone: field('+34943631245'),
    },
  };
  await saveProspect(db, irene, NOW);
  return db;
}

const everything: ExportRequest['scope'] = { kind: 'where', keep: () => true };

async function exported(db: CribaDB, format: ExportFormat, more: Partial<ExportRequest> = {}) {
  const result = await runExport(db, {
    scope: everything,
    format,
    locale: 'en',
    yieldToLoop: immediate,
    ...more,
  });
  return { ...result, text: await result.blob.text() };
}

function parsed(text: string, delimiter = ',') {
  const out = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  expect(out.errors).toEqual([]);
  return out.data;
}

describe('runExport parses back to the records it was given', () => {
  it('HubSpot contacts', async () => {
    const { text, count } = await exported(await seeded(), 'hubspot');
    expect(count).toBe(3);
    const byEmail = new Map(parsed(text).map((r) => [r['Last Name'], r]));
    expect(byEmail.get('Ferrer')).toMatchObject({
      'First Name': 'Lucía',
      Email: 'lucia.ferrer@ceramicas-nubia.es',
      'Job Title': 'Directora de Operaciones',
      'Company Name': 'Cerámicas Nubia',
      'Company Domain Name': 'ceramicas-nubia.es',
      'Website URL': 'https://www.ceramicas-nubia.es/',
      City: 'Castellón',
      'Country/Region': 'ES',
      'Criba Grade': 'B2',
      'Criba Score': '72',
      'Criba Verdict': 'Qualified',
    });
    expect(byEmail.get('Soler')).toMatchObject({
      'First Name': 'Marc',
      Email: 'marc@logistica-brava.com',
      'Phone Number': '+34 600 000 111',
      'Company Domain Name': 'logistica-brava.com',
      'Criba Verdict': 'Nurture',
    });
    // The phone stays as written; the formula is kept as inert text.
    expect(byEmail.get('Vidal')).toMatchObject({
      'Phone Number': '+34943631245',
      'Job Title': `'=HYPERLINK("https://evil.example","Jefa")`,
    });
  });

  it('Pipedrive', async () => {
    const rows = parsed((await exported(await seeded(), 'pipedrive')).text);
    expect(rows.map((r) => r['Person - Name']).sort()).toEqual([
      'Irene Vidal',
      'Lucía Ferrer',
      'Marc Soler',
    ]);
    expect(rows.find((r) => r['Person - Name'] === 'Lucía Ferrer')).toMatchObject({
      'Person - First name': 'Lucía',
      'Person - Last name': 'Ferrer',
      'Person - Email': 'lucia.ferrer@ceramicas-nubia.es',
      'Person - Job title': 'Directora de Operaciones',
      'Organization - Name': 'Cerámicas Nubia',
      'Organization - Address': 'Castellón, España, ES',
      'Organization - Website': 'https://www.ceramicas-nubia.es/',
      'Organization - Industry': 'Ceramics manufacturing',
    });
  });

  it('HubSpot companies: one line per company', async () => {
    const rows = parsed((await exported(await seeded(), 'hubspot-companies')).text);
    expect(rows.map((r) => r['Company Domain Name']).sort()).toEqual([
      'ceramicas-nubia.es',
      'logistica-brava.com',
    ]);
    expect(rows.find((r) => r.Name === 'Logística Brava')).toMatchObject({
      'Website URL': 'https://logistica-brava.com',
      Industry: 'Logistics',
    });
  });

  it('Spanish Excel: BOM, semicolons, decimal comma, Spanish headers and words', async () => {
    const db = await seeded();
    const { text, blob } = await exported(db, 'excel-es', { locale: 'en' });
    // Blob.text() decodes UTF-8 and drops the BOM, so look at the bytes.
    const head = new Uint8Array(await blob.slice(0, 3).arrayBuffer());
    expect([...head]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parsed(text, ';');
    const lucia = rows.find((r) => r['Nombre'] === 'Lucía Ferrer');
    expect(lucia).toMatchObject({ Cargo: 'Directora de Operaciones', Veredicto: 'Cualificado' });
    expect(lucia?.['Creado']).toBe('02/03/2026');
  });

  it('generic and JSON carry the same rows', async () => {
    const db = await seeded();
    const json = JSON.parse((await exported(db, 'json')).text) as { id: string }[];
    const { rows } = await listProspectRows(db);
    // What a person reads: every field but the recommendation's structure.
    const byId = [...rows]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ advice: _structure, ...row }) => row);
    expect(json).toEqual(byId);
    expect((await exported(db, 'generic')).text).toBe(toCsv(byId, 'generic', 'en'));
  });
});

describe('runExport scopes, chunks, progress and cancel', () => {
  it('chunked output is byte for byte the one-go output', async () => {
    const db = await seeded();
    const whole = await exported(db, 'excel-es');
    const oneByOne = await exported(db, 'excel-es', { chunkSize: 1 });
    expect(oneByOne.text).toBe(whole.text);
    const json = await exported(db, 'json', { chunkSize: 1 });
    expect(JSON.parse(json.text)).toHaveLength(3);
  });

  it('ids keep the list order; qualified only leaves out the rest', async () => {
    const db = await seeded();
    const ids = ['email:marc@logistica-brava.com', 'li:lucia-ferrer-nubia', 'li:nobody-here'];
    const byIds = parsed((await exported(db, 'pipedrive', { scope: { kind: 'ids', ids } })).text);
    expect(byIds.map((r) => r['Person - Name'])).toEqual(['Marc Soler', 'Lucía Ferrer']);
    const qualified = await exported(db, 'hubspot', { scope: qualifiedOnly });
    expect(qualified.count).toBe(2);
    expect(parsed(qualified.text).every((r) => r['Criba Verdict'] === 'Qualified')).toBe(true);
  });

  it('reports progress per chunk and stops when cancelled', async () => {
    const db = await seeded();
    const seen: [number, number][] = [];
    await exported(db, 'generic', { chunkSize: 2, onProgress: (d, t) => seen.push([d, t]) });
    // The size of the job first, before any prospect is read.
    expect(seen).toEqual([
      [0, 3],
      [2, 3],
      [3, 3],
    ]);
    for (const cancelAt of [0, 1]) {
      const abort = new AbortController();
      const run = exported(db, 'generic', {
        chunkSize: 1,
        signal: abort.signal,
        onProgress: (done) => (done === cancelAt ? abort.abort() : undefined),
      });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    }
  });
});

describe('runExport writes angles in the file’s language', () => {
  /** Lucía's recommendation planned in English, as the panel of an English-speaking rep would. */
  async function savedInEnglish(): Promise<CribaDB> {
    const db = fresh();
    const input = saveInput();
    const { advice, recommendation } = scoreAndRecommend({
      icp: defaultIcp('en'),
      icpVersion: 1,
      framework: BANT,
      facts: factsFromFields(input.person?.fields ?? null, input.company?.fields ?? null),
      answers: input.answers,
      now: NOW,
      locale: 'en',
      pain: 'Customer data is scattered across spreadsheets and Excel',
    });
    await saveProspect(db, { ...input, advice, angle: recommendationText(recommendation) }, NOW);
    return db;
  }

  it('a Spanish file renders the stored structure in Spanish; without the ICP, the stored text', async () => {
    const db = await savedInEnglish();
    const icp = defaultIcp('es');
    const [stored] = (await listProspectRows(db)).rows;
    const rendered = storedAngleText({ advice: stored!.advice, angle: stored!.angle }, 'es', icp);
    expect(rendered).not.toBe(stored!.angle);

    const es = await exported(db, 'json', { locale: 'es', icp });
    const [row] = JSON.parse(es.text) as Record<string, unknown>[];
    expect(row!.angle).toBe(rendered);
    // The file carries what a person reads, not the recommendation's structure.
    expect(row).not.toHaveProperty('advice');

    const asStored = await exported(db, 'json', { locale: 'es' });
    expect((JSON.parse(asStored.text) as Record<string, unknown>[])[0]!.angle).toBe(stored!.angle);
  });
});
