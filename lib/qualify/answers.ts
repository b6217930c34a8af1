import type { AnswerValue } from '../model/records';
import type { DisqualificationReason, Locale } from '../model/vocab';
import type { Question } from './framework-schema';

/**
 * How one answer counts. `unknown` is a question still to ask, never a zero; a value that
 * does not fit the question (an option id that no longer exists) is unknown too, flagged.
 */
export type AnswerEvaluation =
  | { state: 'unknown'; invalid: boolean }
  | { state: 'answered'; ratio: number; disqualifies: DisqualificationReason | null };

const UNKNOWN: AnswerEvaluation = { state: 'unknown', invalid: false };
const INVALID: AnswerEvaluation = { state: 'unknown', invalid: true };

export function evaluateAnswer(q: Question, value: AnswerValue | undefined): AnswerEvaluation {
  if (value === undefined || value === 'unknown') return UNKNOWN;
  switch (q.kind) {
    case 'yesno':
      if (value !== 'yes' && value !== 'no') return INVALID;
      return {
        state: 'answered',
        ratio: value === q.positive ? 1 : 0,
        disqualifies: q.disqualifyWhen?.value === value ? q.disqualifyWhen.reason : null,
      };
    case 'scale':
      if (typeof value !== 'number' || value < 1 || value > 5) return INVALID;
      return {
        state: 'answered',
        ratio: (value - 1) / 4,
        disqualifies:
          q.disqualifyWhen && value <= q.disqualifyWhen.atMost ? q.disqualifyWhen.reason : null,
      };
    case 'choice': {
      const option = q.options.find((o) => o.id === value);
      if (!option) return INVALID;
      return { state: 'answered', ratio: option.points, disqualifies: option.disqualifies ?? null };
    }
    case 'number':
      if (typeof value !== 'number') return INVALID;
      return {
        state: 'answered',
        ratio: Math.max(0, Math.min(1, value / q.target)),
        disqualifies:
          q.disqualifyWhen && value < q.disqualifyWhen.below ? q.disqualifyWhen.reason : null,
      };
  }
}

/** Whether `value` is a possible answer to `q` ('unknown' always is). */
export function isValidAnswer(q: Question, value: AnswerValue): boolean {
  return value === 'unknown' || evaluateAnswer(q, value).state === 'answered';
}

const WORDS: Record<Locale, { yes: string; no: string; unknown: string; of: string }> = {
  en: { yes: 'Yes', no: 'No', unknown: 'Unknown', of: 'of' },
  es: { yes: 'Sí', no: 'No', unknown: 'Sin respuesta', of: 'de' },
};

const formatters = new Map<string, { format: Intl.NumberFormat; currency: boolean }>();
/** Formatting through Intl is slow next to scoring; the same figures recur. Bounded. */
const amounts = new Map<string, string>();

/** A figure with its unit: currencies through Intl ("€5,000", "5.000 €"), others appended. */
export function formatAmount(locale: Locale, value: number, unit: string): string {
  const key = `${locale}|${unit}`;
  let f = formatters.get(key);
  if (!f) {
    const tag = locale === 'es' ? 'es-ES' : 'en-GB';
    // A three-capital unit is an ISO 4217 code; Intl shows any well-formed one.
    let currency = /^[A-Z]{3}$/.test(unit);
    let format: Intl.NumberFormat;
    try {
      format = currency
        ? new Intl.NumberFormat(tag, {
            style: 'currency',
            currency: unit,
            maximumFractionDigits: 0,
          })
        : new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    } catch {
      currency = false;
      format = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    }
    f = { format, currency };
    formatters.set(key, f);
  }
  const memoKey = `${key}|${value}`;
  let text = amounts.get(memoKey);
  if (text === undefined) {
    text = f.currency ? f.format.format(value) : `${f.format.format(value)} ${unit}`;
    if (amounts.size >= 2048) amounts.clear();
    amounts.set(memoKey, text);
  }
  return text;
}

/** The answer as the rep gave it, in `locale` ("Sí", "4 de 5", "5.000 €", an option label). */
export function answerLabel(q: Question, value: AnswerValue, locale: Locale): string {
  const w = WORDS[locale];
  if (value === 'unknown') return w.unknown;
  switch (q.kind) {
    case 'yesno':
      return value === 'yes' ? w.yes : value === 'no' ? w.no : String(value);
    case 'scale':
      return typeof value === 'number' ? `${value} ${w.of} 5` : String(value);
    case 'choice':
      return q.options.find((o) => o.id === value)?.label[locale] ?? String(value);
    case 'number':
      return typeof value === 'number' ? formatAmount(locale, value, q.unit) : String(value);
  }
}
