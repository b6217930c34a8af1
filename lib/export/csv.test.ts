import { describe, expect, it } from 'vitest';
import {
  csvCells,
  csvSafeText,
  formatCsvNumber,
  neutraliseFormula,
  toCsv,
  type CsvPresetId,
  type ExportRow,
} from './csv';

const lucia: ExportRow = {
  id: 'li:lucia-ferrer-nubia',
  name: 'Lucía Ferrer Sanz',
  title: 'Directora de Operaciones',
  email: 'lucia.ferrer@ceramicas-nubia.es',
  phone: '+34 964 000 123',
  linkedinUrl: 'https://www.linkedin.com/in/lucia-ferrer-nubia/',
  company: 'Cerámicas "Nubia", S.L.',
  domain: 'ceramicas-nubia.es',
  website: 'https://www.ceramicas-nubia.es/',
  industry: 'Ceramics manufacturing',
  employeesMin: 51,
  employeesMax: 200,
  location: 'Castellón, España',
  country: 'ES',
  status: 'meeting',
  outcome: null,
  fit: 72.5,
  confidence: 80,
  qualification: 60,
  grade: 'B2',
  verdict: 'qualified',
  reason: null,
  updatedAt: '2026-03-02T23:30:00.000Z',
  createdAt: '2026-03-01T10:00:00.000Z',
  angle: 'Menos roturas en el transporte de piezas grandes',
  icpVersion: 2,
};

describe('toCsv presets', () => {
  it('generic: bilingual headers, comma, ISO dates, RFC 4180 quoting', () => {
    const en = toCsv([lucia], 'generic', 'en');
    const [header, row] = en.split('\r\n');
    expect(header?.startsWith('Name,First name,Last name,Title,Email,Phone')).toBe(true);
    expect(row).toContain(',"Cerámicas ""Nubia"", S.L.",');
    expect(row).toContain(',+34 964 000 123,');
    expect(row).toContain(',72.5,');
    expect(row).toContain(',2026-03-02T23:30:00.000Z');
    expect(en.charCodeAt(0)).not.toBe(0xfeff);
    const es = csvCells([lucia], 'generic', 'es');
    expect(es[0]?.slice(0, 3)).toEqual(['Nombre', 'Nombre de pila', 'Apellidos']);
    expect(es[1]).toContain('Cualificado');
    expect(es[1]).toContain('Reunión');
  });

  it('hubspot: its default column names, split name, lead status, Criba columns', () => {
    const [header, row] = csvCells([lucia], 'hubspot', 'en');
    expect(header).toEqual([
      'First Name',
      'Last Name',
      'Email',
      'Job Title',
      'Phone Number',
      'Company Name',
      'Company Domain Name',
      'Website URL',
      'City',
      'Country/Region',
      'Industry',
      'Lead Status',
      'Criba Grade',
      'Criba Score',
      'Criba Verdict',
      'Criba Reason',
      'Criba Angle',
    ]);
    expect(row).toEqual([
      'Lucía',
      'Ferrer Sanz',
      'lucia.ferrer@ceramicas-nubia.es',
      'Directora de Operaciones',
      '+34 964 000 123',
      'Cerámicas "Nubia", S.L.',
      'ceramicas-nubia.es',
      'https://www.ceramicas-nubia.es/',
      'Castellón',
      'ES',
      'Ceramics manufacturing',
      'CONNECTED',
      'B2',
      '72.5',
      'Qualified',
      '',
      'Menos roturas en el transporte de piezas grandes',
    ]);
    const disq = csvCells(
      [
        {
          ...lucia,
          status: 'new',
          verdict: 'disqualified',
          reason: 'no-budget',
        },
      ],
      'hubspot',
      'es',
    )[1];
    expect(disq?.slice(11, 16)).toEqual([
      'UNQUALIFIED',
      'B2',
      '72.5',
      'Descartado',
      'Sin presupuesto',
    ]);
  });

  it('pipedrive: Person/Organization columns', () => {
    const [header, row] = csvCells([lucia], 'pipedrive', 'en');
    expect(header?.slice(0, 9)).toEqual([
      'Person - Name',
      'Person - First name',
      'Person - Last name',
      'Person - Email',
      'Person - Phone',
      'Person - Job title',
      'Organization - Name',
      'Organization - Address',
      'Organization - Website',
    ]);
    expect(row?.[7]).toBe('Castellón, España, ES');
    const named = csvCells([{ ...lucia, country: 'España' }], 'pipedrive', 'es')[1];
    expect(named?.[7]).toBe('Castellón, España');
    expect(header).toContain('Criba Grade');
  });

  it('excel-es: BOM, semicolons, decimal comma, dd/mm/yyyy, Spanish words whatever the UI language', () => {
    const text = toCsv([lucia], 'excel-es', 'en');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header?.split(';').slice(0, 4)).toEqual([
      'Nombre',
      'Nombre de pila',
      'Apellidos',
      'Cargo',
    ]);
    expect(row).toContain(';72,5;');
    expect(row).toContain(';Reunión;');
    expect(row).toContain(';Cualificado;');
    // A quote inside a field means the field is quoted and the quote doubled (RFC 4180).
    expect(row).toContain(';"Cerámicas ""Nubia"", S.L.";');
    expect(row?.endsWith(';01/03/2026;02/03/2026')).toBe(true);
    // The rep's own time zone can be asked for: 23:30 UTC is already 3 March in Madrid.
    const madrid = csvCells([lucia], 'excel-es', 'es', { timeZone: 'Europe/Madrid' })[1];
    expect(madrid?.at(-1)).toBe('03/03/2026');
  });

  it('writes only the header when there are no rows, and refuses unknown presets', () => {
    expect(toCsv([], 'generic', 'en').includes('\r\n')).toBe(false);
    expect(() => toCsv([], 'salesforce' as CsvPresetId, 'en')).toThrow(RangeError);
  });
});

describe('formula injection', () => {
  it('prefixes every dangerous first character with a quote mark', () => {
    for (const s of [
      '=1+1',
      '+34',
      '-2',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '＝1+1',
      '＋A1',
      '－2',
      '＠SUM',
    ]) {
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    }
    expect(neutraliseFormula('Ana')).toBe('Ana');
    expect(neutraliseFormula('')).toBe('');
  });

  it('leaves a value that is only a phone number as written, and nothing else', () => {
    for (const phone of [
      '+34 943 631 245',
      '+34943631245',
      '+1 (555) 010-0199',
      '+44 20.7946.0000',
    ])
      expect(neutraliseFormula(phone)).toBe(phone);
    for (const s of ['+34 943 631 245 ext', '+34 SUM(1)', '+12345', '+34\t943631245', '+-1234567'])
      expect(neutraliseFormula(s)).toBe(`'${s}`);
  });

  it('drops NUL bytes and bidi controls before neutralising what they hid', () => {
    expect(csvSafeText('Ana\u0000 Ruiz')).toBe('Ana Ruiz');
    expect(csvSafeText('\u202Egnp.exe')).toBe('gnp.exe');
    expect(csvSafeText('\u2066=1+1\u2069')).toBe("'=1+1");
    expect(csvSafeText('\u0000@SUM(A1)')).toBe("'@SUM(A1)");
    const [, row] = csvCells(
      [{ ...lucia, company: '\u202EAcme\u202C\u0000 S.L.' }],
      'generic',
      'en',
    );
    expect(row).toContain('Acme S.L.');
  });

  it('neutralises text cells but leaves real numbers numeric', () => {
    const evil = { ...lucia, name: '=HYPERLINK("http://x.test","clic")', fit: -5, title: '-5' };
    const [, row] = csvCells([evil], 'generic', 'en');
    expect(row?.[0]).toBe(`'=HYPERLINK("http://x.test","clic")`);
    expect(row?.[3]).toBe("'-5");
    expect(row?.[19]).toBe('-5');
  });

  it('formats numbers without thousands separators', () => {
    expect(formatCsvNumber(1234567.891, '.')).toBe('1234567.89');
    expect(formatCsvNumber(1234567.891, ',')).toBe('1234567,89');
    expect(formatCsvNumber(-0.001, '.')).toBe('0');
    expect(formatCsvNumber(Number.NaN, '.')).toBe('');
  });
});
