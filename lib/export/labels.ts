import type {
  DisqualificationReason,
  Locale,
  Outcome,
  ProspectStatus,
  Verdict,
} from '../model/vocab';

/**
 * Words that go into exported cells, in both languages. Exports must not depend on the
 * UI catalogue being loaded (they also run from scripts), so the few labels they need
 * live here.
 */
type Labels<K extends string> = Record<K, Record<Locale, string>>;

export const STATUS_LABELS: Labels<ProspectStatus> = {
  new: { en: 'New', es: 'Nuevo' },
  qualified: { en: 'Qualified', es: 'Cualificado' },
  nurture: { en: 'Nurture', es: 'En maduración' },
  disqualified: { en: 'Disqualified', es: 'Descartado' },
};

export const OUTCOME_LABELS: Labels<Outcome> = {
  none: { en: 'None', es: 'Ninguno' },
  meeting: { en: 'Meeting', es: 'Reunión' },
  proposal: { en: 'Proposal', es: 'Propuesta' },
  won: { en: 'Won', es: 'Ganado' },
  lost: { en: 'Lost', es: 'Perdido' },
};

export const VERDICT_LABELS: Labels<Verdict> = {
  qualified: { en: 'Qualified', es: 'Cualificado' },
  nurture: { en: 'Nurture', es: 'En maduración' },
  disqualified: { en: 'Disqualified', es: 'Descartado' },
};

export const REASON_LABELS: Labels<DisqualificationReason> = {
  'outside-industry': { en: 'Outside target industries', es: 'Fuera de los sectores objetivo' },
  'too-small': { en: 'Company too small', es: 'Empresa demasiado pequeña' },
  'too-large': { en: 'Company too large', es: 'Empresa demasiado grande' },
  'outside-territory': { en: 'Outside our territory', es: 'Fuera de nuestro territorio' },
  'no-need': { en: 'No need', es: 'Sin necesidad' },
  'no-budget': { en: 'No budget', es: 'Sin presupuesto' },
  'no-authority': { en: 'No access to a decision maker', es: 'Sin acceso a quien decide' },
  'no-timeline': { en: 'No timeline', es: 'Sin plazo' },
  'competitor-or-partner': { en: 'Competitor or partner', es: 'Competidor o socio' },
  'student-or-personal': {
    en: 'Student or personal contact',
    es: 'Estudiante o contacto personal',
  },
  unreachable: { en: 'Unreachable', es: 'Ilocalizable' },
  'missing-technology': {
    en: 'Missing required technology',
    es: 'Le falta la tecnología necesaria',
  },
  'wrong-role': { en: 'Wrong role', es: 'Cargo no adecuado' },
  other: { en: 'Other', es: 'Otro' },
};

/** The label of `key` in `locale`, or null for a missing or unknown key. */
export function labelOf<K extends string>(
  labels: Labels<K>,
  key: K | null | undefined,
  locale: Locale,
): string | null {
  if (key === null || key === undefined) return null;
  return Object.hasOwn(labels, key) ? labels[key][locale] : null;
}
