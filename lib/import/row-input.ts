import { z } from 'zod';
import type { SaveInput } from '../db/save-input';
import type { Message } from '../i18n';
import { companyDomain } from '../identity/domain';
import { normaliseEmail } from '../identity/email';
import { linkedinCompanySlug, linkedinPersonSlug } from '../identity/linkedin-url';
import type { FieldMap, FieldValue } from '../model/records';
import { inertText } from '../text/inert-text';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './mapping';

/**
 * One CSV row, through its column mapping, into what `saveProspect` takes — or the reason
 * it cannot be, as a catalogue message. Values are kept as the file wrote them (a formula
 * stays inert text: Criba never evaluates a cell, and its own export neutralises it);
 * only invisible controls are dropped.
 */

/** The longest value a field may hold; longer means a broken or hostile file. */
const MAX_VALUE = 2000;

const Text = z.string().max(MAX_VALUE);
/** The mapped values of one row, each trimmed; absent when the cell is empty. */
const RowSchema = z.strictObject(
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, Text.optional()])) as Record<
    ImportField,
    z.ZodOptional<typeof Text>
  >,
);
type Row = z.infer<typeof RowSchema>;

export type RowResult = { ok: true; input: SaveInput } | { ok: false; reason: Message };

const reject = (key: Message['key'], params?: Message['params']): RowResult => ({
  ok: false,
  reason: { key, ...(params ? { params } : {}) },
});

function valuesOf(cells: readonly string[], mapping: ColumnMapping): Row | Message {
  const out: Partial<Record<ImportField, string>> = {};
  for (let i = 0; i < mapping.length; i++) {
    const field = mapping[i];
    const value = inertText(cells[i] ?? '').trim();
    if (!field || !value) continue;
    if (value.length > MAX_VALUE) {
      return { key: 'data.reject.tooLong', params: { column: i + 1, max: MAX_VALUE } };
    }
    out[field] = value;
  }
  const parsed = RowSchema.safeParse(out);
  return parsed.success ? parsed.data : { key: 'data.reject.invalid' };
}

function fieldsOf(entries: Record<string, string | undefined>, now: string): FieldMap {
  const fields: FieldMap = {};
  for (const [name, value] of Object.entries(entries)) {
    if (!value) continue;
    // The rep's own records: an import is the rep telling Criba, like an edit in the panel.
    const fv: FieldValue = {
      value,
      source: { surface: 'unknown', url: '', method: 'rep', capturedAt: now },
      confidence: 1,
    };
    fields[name] = fv;
  }
  return fields;
}

/** The row as a new prospect's save (status new, no interview yet, unscored). */
export function rowToInput(
  cells: readonly string[],
  mapping: ColumnMapping,
  now: string,
): RowResult {
  if (cells.length > mapping.length) return reject('data.reject.extraCells');
  const row = valuesOf(cells, mapping);
  if ('key' in row) return { ok: false, reason: row };

  const email = row.email ? normaliseEmail(row.email) : null;
  if (row.email && !email) return reject('data.reject.email', { value: row.email.slice(0, 80) });
  const personSlug = row.linkedinUrl ? linkedinPersonSlug(row.linkedinUrl) : null;
  if (row.linkedinUrl && !personSlug) return reject('data.reject.linkedin');
  const companySlug = row.companyLinkedinUrl ? linkedinCompanySlug(row.companyLinkedinUrl) : null;
  const domain = companyDomain(row.domain ?? row.website ?? email?.split('@')[1]);
  const name = row.name ?? [row.firstName, row.lastName].filter(Boolean).join(' ');

  const person =
    email || personSlug
      ? {
          name,
          linkedinSlug: personSlug,
          email,
          fields: fieldsOf(
            {
              name,
              title: row.title,
              phone: row.phone,
              location: row.location,
              email: email ?? undefined,
            },
            now,
          ),
        }
      : null;
  const companyName = row.company ?? '';
  const company =
    domain || companySlug || companyName
      ? {
          name: companyName,
          domain,
          linkedinSlug: companySlug,
          fields: fieldsOf(
            {
              name: companyName,
              domain: domain ?? undefined,
              website: row.website,
              industry: row.industry,
              country: row.country,
            },
            now,
          ),
        }
      : null;
  if (!person && !domain && !companySlug) return reject('data.reject.noIdentity');
  return {
    ok: true,
    input: {
      company,
      person,
      status: 'new',
      frameworkId: null,
      answers: {},
      pain: '',
      angle: null,
      notes: row.notes ?? '',
      score: null,
      icpVersion: null,
    },
  };
}
