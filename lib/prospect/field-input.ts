import type { SignalValue } from '../model/signal';
import {
  DEPARTMENTS,
  type Entity,
  LIST_COMPANY_FIELDS,
  NUMERIC_COMPANY_FIELDS,
  SENIORITIES,
} from '../model/vocab';
import { normaliseEmail } from '../identity/email';

export type FieldKind = 'text' | 'number' | 'list' | 'boolean' | 'seniority' | 'department';

export function fieldKind(entity: Entity, field: string): FieldKind {
  if (entity === 'person' && field === 'seniority') return 'seniority';
  if (entity === 'person' && field === 'department') return 'department';
  if (entity === 'company' && (NUMERIC_COMPANY_FIELDS as readonly string[]).includes(field))
    return 'number';
  if (entity === 'company' && (LIST_COMPANY_FIELDS as readonly string[]).includes(field))
    return 'list';
  if (entity === 'company' && field === 'hiring') return 'boolean';
  return 'text';
}

/**
 * Parses what the rep typed for a field. Returns `undefined` to clear the field, or
 * `null` when the input is not valid for it (the panel then keeps the edit open).
 */
export function parseFieldInput(
  entity: Entity,
  field: string,
  input: string,
): SignalValue | undefined | null {
  const s = input.replace(/\s+/g, ' ').trim();
  if (!s) return undefined;
  switch (fieldKind(entity, field)) {
    case 'number': {
      const n = Number(s.replace(/[.\s](?=\d{3}\b)/g, '').replace(',', '.'));
      return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
    }
    case 'list':
      return s
        .split(/[,;]/)
        .map((x) => x.trim())
        .filter(Boolean)
        .slice(0, 200);
    case 'boolean':
      return s === 'true' ? true : s === 'false' ? false : null;
    case 'seniority':
      return (SENIORITIES as readonly string[]).includes(s) ? s : null;
    case 'department':
      return (DEPARTMENTS as readonly string[]).includes(s) ? s : null;
    default:
      if (field === 'email') return normaliseEmail(s);
      return s.slice(0, 4000);
  }
}
