import type { ProspectRow } from '../db/prospect-rows';
import type { Locale } from '../model/vocab';
import { t, type MessageKey } from '../i18n';
import { lostReasonKey, reasonKey, statusKey, verdictKey } from '../i18n/vocab-keys';
import { splitName } from './split-name';

/** A prospects-list row plus what only the panel can compute (the proposal angle). */
/** A row as a file carries it: the angle as text, never the recommendation's structure. */
export type ExportRow = Omit<ProspectRow, 'advice'> & { angle?: string | null };

export type CellValue = string | number | null;
/** A target system's own field name, or a catalogue entry in the export's language. */
export type Header = string | { key: MessageKey };

export interface CsvColumn {
  header: Header;
  value: (row: ExportRow, locale: Locale) => CellValue;
  /** 'date' values are ISO strings formatted per preset; numbers per preset's decimal. */
  kind?: 'text' | 'number' | 'date';
}

export interface CsvPreset {
  id: string;
  separator: ',' | ';';
  /** UTF-8 byte-order mark: Excel needs it to read accents right. */
  bom: boolean;
  decimal: '.' | ',';
  dates: 'iso' | 'dmy';
  /** Language of the cell values when fixed by the target (Spanish Excel). */
  valueLocale?: Locale;
  /** One line per value of this (a company preset: one per company); null keeps the row. */
  distinct?: (row: ExportRow) => string | null;
  columns: readonly CsvColumn[];
}

const status = (r: ExportRow, l: Locale) => t(l, statusKey(r.status));
const lostReason = (r: ExportRow, l: Locale) =>
  r.status === 'lost' && r.outcome?.lostReason ? t(l, lostReasonKey(r.outcome.lostReason)) : null;
const verdict = (r: ExportRow, l: Locale) => (r.verdict ? t(l, verdictKey(r.verdict)) : null);
const reason = (r: ExportRow, l: Locale) => (r.reason ? t(l, reasonKey(r.reason)) : null);
const city = (r: ExportRow) => r.location?.split(',')[0]?.trim() || null;
/** Location plus country, unless the location already ends in (or names) that country. */
function address(r: ExportRow): string | null {
  if (!r.location || !r.country) return r.location ?? r.country;
  const country = r.country.trim().toLowerCase();
  const named = r.location.split(',').some((part) => part.trim().toLowerCase() === country);
  return named ? r.location : `${r.location}, ${r.country}`;
}
const website = (r: ExportRow) => r.website ?? (r.domain ? `https://${r.domain}` : null);

/**
 * HubSpot's default lead statuses (internal values, accepted by its importer). Won and
 * lost are deal stages in HubSpot, not lead statuses: a closed deal maps to the lead
 * status nearest it. A new prospect maps by its verdict.
 */
function hubspotLeadStatus(r: ExportRow): string {
  switch (r.status) {
    case 'contacted':
      return 'ATTEMPTED_TO_CONTACT';
    case 'meeting':
      return 'CONNECTED';
    case 'proposal':
    case 'won':
      return 'OPEN_DEAL';
    case 'lost':
      return 'UNQUALIFIED';
    case 'no_decision':
      return 'BAD_TIMING';
  }
  if (r.verdict === 'qualified') return 'OPEN';
  if (r.verdict === 'nurture') return 'BAD_TIMING';
  return r.verdict === 'disqualified' ? 'UNQUALIFIED' : 'NEW';
}

/** The Criba columns every CRM preset appends (custom properties in the CRM). */
const CRIBA_COLUMNS: readonly CsvColumn[] = [
  { header: 'Criba Grade', value: (r) => r.grade },
  /** Criba Score is the ICP fit, 0–100. */
  { header: 'Criba Score', value: (r) => r.fit, kind: 'number' },
  { header: 'Criba Verdict', value: verdict },
  { header: 'Criba Reason', value: reason },
  { header: 'Criba Angle', value: (r) => r.angle ?? null },
];

const GENERIC: CsvPreset = {
  id: 'generic',
  separator: ',',
  bom: false,
  decimal: '.',
  dates: 'iso',
  columns: [
    { header: { key: 'prospects.col.name' }, value: (r) => r.name },
    { header: { key: 'prospects.csv.firstName' }, value: (r) => splitName(r.name).first },
    { header: { key: 'prospects.csv.lastName' }, value: (r) => splitName(r.name).last },
    { header: { key: 'prospects.col.title' }, value: (r) => r.title },
    { header: { key: 'facts.person.email' }, value: (r) => r.email },
    { header: { key: 'facts.person.phone' }, value: (r) => r.phone },
    { header: { key: 'facts.person.linkedinUrl' }, value: (r) => r.linkedinUrl },
    { header: { key: 'prospects.col.company' }, value: (r) => r.company },
    { header: { key: 'facts.company.domain' }, value: (r) => r.domain },
    { header: { key: 'facts.company.website' }, value: (r) => r.website },
    { header: { key: 'facts.company.industry' }, value: (r) => r.industry },
    {
      header: { key: 'prospects.csv.employeesMin' },
      value: (r) => r.employeesMin,
      kind: 'number',
    },
    {
      header: { key: 'prospects.csv.employeesMax' },
      value: (r) => r.employeesMax,
      kind: 'number',
    },
    { header: { key: 'facts.person.location' }, value: (r) => r.location },
    { header: { key: 'facts.company.country' }, value: (r) => r.country },
    { header: { key: 'prospects.col.status' }, value: status },
    {
      header: { key: 'prospects.csv.value' },
      value: (r) => r.outcome?.value ?? null,
      kind: 'number',
    },
    { header: { key: 'prospects.csv.currency' }, value: (r) => r.outcome?.currency ?? null },
    { header: { key: 'prospects.csv.lostReason' }, value: lostReason },
    { header: { key: 'q.score.fit' }, value: (r) => r.fit, kind: 'number' },
    { header: { key: 'prospects.csv.confidence' }, value: (r) => r.confidence, kind: 'number' },
    {
      header: { key: 'q.score.qualification' },
      value: (r) => r.qualification,
      kind: 'number',
    },
    { header: { key: 'prospects.col.grade' }, value: (r) => r.grade },
    { header: { key: 'prospects.col.verdict' }, value: verdict },
    { header: { key: 'prospects.csv.reason' }, value: reason },
    { header: { key: 'prospects.csv.angle' }, value: (r) => r.angle ?? null },
    { header: { key: 'prospects.csv.created' }, value: (r) => r.createdAt, kind: 'date' },
    { header: { key: 'prospects.col.updated' }, value: (r) => r.updatedAt, kind: 'date' },
  ],
};

/**
 * HubSpot contacts import: default property labels, so its importer maps them without
 * help (Company Domain Name also creates/associates the company). Industry is a
 * dropdown in HubSpot; values outside its list are reported by the importer per row.
 */
const HUBSPOT: CsvPreset = {
  id: 'hubspot',
  separator: ',',
  bom: false,
  decimal: '.',
  dates: 'iso',
  columns: [
    { header: 'First Name', value: (r) => splitName(r.name).first },
    { header: 'Last Name', value: (r) => splitName(r.name).last },
    { header: 'Email', value: (r) => r.email },
    { header: 'Job Title', value: (r) => r.title },
    { header: 'Phone Number', value: (r) => r.phone },
    { header: 'Company Name', value: (r) => r.company },
    { header: 'Company Domain Name', value: (r) => r.domain },
    { header: 'Website URL', value: website },
    { header: 'City', value: city },
    { header: 'Country/Region', value: (r) => r.country },
    { header: 'Industry', value: (r) => r.industry },
    { header: 'Lead Status', value: hubspotLeadStatus },
    ...CRIBA_COLUMNS,
  ],
};

/**
 * HubSpot companies import: one line per prospect's company, by HubSpot's default
 * company property labels (Company Domain Name is the key HubSpot de-duplicates on).
 */
const HUBSPOT_COMPANIES: CsvPreset = {
  id: 'hubspot-companies',
  distinct: (r) => r.domain ?? r.company,
  separator: ',',
  bom: false,
  decimal: '.',
  dates: 'iso',
  columns: [
    { header: 'Name', value: (r) => r.company },
    { header: 'Company Domain Name', value: (r) => r.domain },
    { header: 'Website URL', value: website },
    { header: 'Industry', value: (r) => r.industry },
    { header: 'Phone Number', value: (r) => r.phone },
    { header: 'City', value: city },
    { header: 'Country/Region', value: (r) => r.country },
    ...CRIBA_COLUMNS,
  ],
};

/** Pipedrive people + organizations import: "Entity - Field" labels as its importer shows. */
const PIPEDRIVE: CsvPreset = {
  id: 'pipedrive',
  separator: ',',
  bom: false,
  decimal: '.',
  dates: 'iso',
  columns: [
    { header: 'Person - Name', value: (r) => r.name },
    { header: 'Person - First name', value: (r) => splitName(r.name).first },
    { header: 'Person - Last name', value: (r) => splitName(r.name).last },
    { header: 'Person - Email', value: (r) => r.email },
    { header: 'Person - Phone', value: (r) => r.phone },
    { header: 'Person - Job title', value: (r) => r.title },
    { header: 'Organization - Name', value: (r) => r.company },
    { header: 'Organization - Address', value: address },
    { header: 'Organization - Website', value: website },
    { header: 'Organization - Industry', value: (r) => r.industry },
    ...CRIBA_COLUMNS,
  ],
};

/** Spanish-locale Excel: `;` separator, decimal comma, dd/mm/yyyy, BOM, Spanish words. */
const EXCEL_ES: CsvPreset = {
  id: 'excel-es',
  separator: ';',
  bom: true,
  decimal: ',',
  dates: 'dmy',
  valueLocale: 'es',
  columns: GENERIC.columns,
};

export const CSV_PRESETS = {
  generic: GENERIC,
  hubspot: HUBSPOT,
  'hubspot-companies': HUBSPOT_COMPANIES,
  pipedrive: PIPEDRIVE,
  'excel-es': EXCEL_ES,
} as const satisfies Record<string, CsvPreset>;

export type CsvPresetId = keyof typeof CSV_PRESETS;
export const CSV_PRESET_IDS = Object.keys(CSV_PRESETS) as CsvPresetId[];
