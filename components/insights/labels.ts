import type { ActiveIcp } from '../icp-store';
import type { MessageKey } from '../../lib/i18n';
import { statusKey, verdictKey } from '../../lib/i18n/vocab-keys';
import { FUNNEL_STEPS } from '../../lib/db/list-row';
import type { Locale } from '../../lib/model/vocab';
import { answerLabel } from '../../lib/qualify/answers';
import type { Framework } from '../../lib/qualify/framework-schema';
import { criterionLabel } from '../../lib/scoring/criterion-labels';

/**
 * Words for what the insights count, shared by the insights page and the prospects
 * page's active filters: a funnel step, a criterion, an interview answer.
 */
export function funnelKey(step: number): MessageKey {
  const name = FUNNEL_STEPS[step] ?? 'captured';
  if (name === 'captured') return 'insights.funnel.captured';
  return name === 'qualified' ? verdictKey('qualified') : statusKey(name);
}

export function criterionText(active: ActiveIcp | undefined, id: string, locale: Locale): string {
  const c = active?.icp.criteria.find((x) => x.id === id);
  return c && active ? criterionLabel(c, locale, active.icp.locale) : id;
}

/** A row's `question=answer` as "question text: answer label" (the raw ids if unknown). */
export function answerText(
  framework: Framework | undefined,
  key: string,
  locale: Locale,
): { question: string; answer: string } {
  const cut = key.indexOf('=');
  const questionId = key.slice(0, cut);
  const raw = key.slice(cut + 1);
  const q = framework?.questions.find((x) => x.id === questionId);
  if (!q) return { question: questionId, answer: raw };
  const value = q.kind === 'number' || q.kind === 'scale' ? Number(raw) : raw;
  return { question: q.text[locale], answer: answerLabel(q, value, locale) };
}
