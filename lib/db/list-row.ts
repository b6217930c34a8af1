import { z } from 'zod';
import { fold } from '../icp/fold';
import type { Account, Contact, FieldMap, Prospect } from '../model/records';
import { OPEN_STAGES, furthestStage, type OpenStage } from '../model/stage';
import {
  DISQUALIFICATION_REASONS,
  LOST_REASONS,
  PROSPECT_STATUSES,
  SURFACES,
  VERDICTS,
  type ProspectStatus,
  type Surface,
} from '../model/vocab';

/**
 * The `rows` table: one compact, display-ready line per prospect, written in the same
 * transaction as every change to the prospect, its account or its contact (sync-rows.ts).
 * The prospects page counts, sorts, filters, searches and pages these through their
 * indexes (list-query.ts) and never reads every full record to draw a screen.
 *
 * IndexedDB leaves a record out of an index whose key is null, so every indexed field
 * has a value: '' for an unknown text, 0 for no ICP version. The `k…` fields are sort
 * keys (folded text, pipeline rank) kept beside the display values.
 */

/** A cap that keeps one odd record (a pasted essay as a title) from bloating the index. */
const MAX_WORD = 40;
const MAX_WORDS = 60;

/** The rows' icpVersion of a prospect that has no score yet. */
export const NOT_SCORED = -1;

const MAX_ANSWERS = 40;
const ANSWER_KEY_MAX = 80 + 1 + MAX_WORD;

export const FUNNEL_STEPS = ['captured', 'qualified', 'meeting', 'proposal', 'won'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

/** 'none' while the deal is open; a lost deal names its reason when the rep gave one. */
export const ROW_OUTCOMES = [
  'none',
  'won',
  'no_decision',
  'lost',
  ...LOST_REASONS.map((r) => `lost:${r}` as const),
] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];

export const ListRowSchema = z.object({
  id: z.string().min(3).max(400),
  /** The person's name, or the company's for a company-only prospect. */
  name: z.string().max(300),
  company: z.string().max(300),
  title: z.string().max(300),
  /** A1–D3, or '' when never scored. */
  grade: z.string().max(2),
  verdict: z.enum([...VERDICTS, 'none']),
  reason: z.enum(DISQUALIFICATION_REASONS).nullable(),
  fit: z.number().min(0).max(100).nullable(),
  status: z.enum(PROSPECT_STATUSES),
  outcome: z.enum(ROW_OUTCOMES),
  /** The outcome's value and ISO 4217 currency, for the outcome column. */
  value: z.number().nullable(),
  currency: z.string().max(3).nullable(),
  /** ISO 3166 alpha-2 of the company, or ''. */
  country: z.string().max(2),
  /** Where the prospect was first read. */
  source: z.enum(SURFACES),
  nextStep: z.string().max(1500),
  /** YYYY-MM-DD, or ''. */
  revisitAt: z.string().max(10),
  /**
   * The ICP version of the stored score (0 is the built-in default ICP); -1 when never
   * scored, so the index tells "scored before any ICP was saved" from "not scored".
   */
  icpVersion: z.number().int().min(NOT_SCORED),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Folded words of name, company, title, email and domain: the search index. */
  words: z.array(z.string().max(MAX_WORD)).max(MAX_WORDS),
  /** Ids of the ICP criteria the stored score found met. */
  met: z.array(z.string().max(80)).max(200),
  /**
   * The interview answers as `question=answer` (ids, or the number or text answered,
   * cut short), the compact map the insights break close rates down by; an index of
   * its own lets the prospects page filter on one. 'unknown' says nothing and is left out.
   */
  answers: z.array(z.string().max(ANSWER_KEY_MAX)).max(MAX_ANSWERS),
  /** The day the deal was decided (the outcome's, YYYY-MM-DD), or '' while it is open. */
  decidedAt: z.string().max(10),
  /** Whether the deal needed a discount, and how much when the rep said. */
  discounted: z.boolean(),
  discountPercent: z.number().min(0).max(100).nullable(),
  /** The furthest open stage reached, also once the deal is closed. */
  reached: z.enum(OPEN_STAGES),
  /**
   * The furthest step of the insights' funnel: 0 captured, 1 qualified (by the verdict),
   * 2 meeting, 3 proposal, 4 won. A step counts every prospect that got to it or beyond.
   */
  funnel: z
    .number()
    .int()
    .min(0)
    .max(FUNNEL_STEPS.length - 1),
  kName: z.string().max(300),
  kCompany: z.string().max(300),
  kTitle: z.string().max(300),
  /** Pipeline order of the status (new first). */
  kStatus: z.number().int().nonnegative(),
  /** The revisit day, else the folded next step: dated follow-ups sort first. */
  kNext: z.string().max(MAX_WORD * 2),
  /** Won, lost, no decision, open — then the value. */
  kOutcome: z.tuple([z.number().int(), z.number()]),
});
export type ListRow = z.infer<typeof ListRowSchema>;

const text = (fields: FieldMap | undefined, field: string): string => {
  const v = fields?.[field]?.value;
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.join(', ');
  return '';
};
const firstOf = (...values: (string | null | undefined)[]): string =>
  values.find((v) => v !== null && v !== undefined && v.trim() !== '')?.trim() ?? '';

/** Where the prospect was first read: its person's earliest field, else its company's. */
function firstSurface(...maps: (FieldMap | undefined)[]): Surface {
  for (const fields of maps) {
    const sources = Object.values(fields ?? {})
      .map((f) => f.source)
      .filter((s) => s.surface !== 'unknown')
      .sort((a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt));
    if (sources[0]) return sources[0].surface;
  }
  return 'unknown';
}

function rowOutcome(p: Prospect): RowOutcome {
  if (p.status === 'won' || p.status === 'no_decision') return p.status;
  if (p.status !== 'lost') return 'none';
  return p.outcome?.lostReason ? `lost:${p.outcome.lostReason}` : 'lost';
}

/** Closed deals first when sorting by outcome: won, lost, no decision, then open ones. */
function outcomeRank(o: RowOutcome): number {
  if (o === 'won') return 0;
  if (o.startsWith('lost')) return 1;
  return o === 'no_decision' ? 2 : 3;
}

/** Distinct folded words of `texts`, for prefix search: "Pérez" is found by "per". */
export function searchWords(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const t of texts) {
    for (const w of fold(t).split(' ')) if (w) words.add(w.slice(0, MAX_WORD));
  }
  return [...words].slice(0, MAX_WORDS);
}

/** The interview answers as indexable `question=answer` keys (see `answers` above). */
export function answerKeys(answers: Prospect['answers']): string[] {
  return Object.entries(answers)
    .filter(([, a]) => a.value !== 'unknown' && String(a.value).trim() !== '')
    .map(([q, a]) => `${q}=${String(a.value).trim().slice(0, MAX_WORD)}`)
    .sort()
    .slice(0, MAX_ANSWERS);
}

function funnelStep(p: Prospect, reached: OpenStage): number {
  if (p.status === 'won') return FUNNEL_STEPS.indexOf('won');
  if (reached === 'proposal' || reached === 'meeting') return FUNNEL_STEPS.indexOf(reached);
  return p.score?.verdict === 'qualified' ? FUNNEL_STEPS.indexOf('qualified') : 0;
}

export const statusRank = (s: ProspectStatus): number => PROSPECT_STATUSES.indexOf(s);

/** The list line of one prospect with its account and contact (either may be absent). */
export function toListRow(p: Prospect, account: Account | null, contact: Contact | null): ListRow {
  const a = account?.fields;
  const c = contact?.fields;
  const company = firstOf(account?.name, text(a, 'name'), text(c, 'company'), account?.domain);
  const name = firstOf(contact?.name, text(c, 'name')) || company;
  const title = text(c, 'title');
  const email = firstOf(text(c, 'email'), contact?.email);
  const domain = firstOf(account?.domain, text(a, 'domain'));
  const score = p.score;
  const outcome = rowOutcome(p);
  const nextStep = p.nextStep ?? '';
  const revisitAt = p.revisitAt ?? '';
  const slug = contact?.linkedinSlug;
  const reached = furthestStage(p.reached, p.status);
  return {
    id: p.id,
    name: name.slice(0, 300),
    company: company.slice(0, 300),
    title: title.slice(0, 300),
    grade: score?.grade ?? '',
    verdict: score?.verdict ?? 'none',
    reason: score?.reason ?? null,
    fit: score?.fit ?? null,
    status: p.status,
    outcome,
    value: p.outcome?.value ?? null,
    currency: p.outcome?.currency ?? null,
    country: /^[A-Z]{2}$/.test(text(a, 'country')) ? text(a, 'country') : '',
    source: firstSurface(c, a),
    nextStep,
    revisitAt,
    icpVersion: score?.icpVersion ?? NOT_SCORED,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    words: searchWords(name, company, title, email, domain, slug ?? ''),
    met: Object.values(score?.criteria ?? {})
      .filter((l) => l.kind === 'criterion' && l.status === 'met' && !l.id.startsWith('contact:'))
      .map((l) => l.id),
    answers: answerKeys(p.answers),
    decidedAt: p.outcome?.at ?? '',
    discounted: p.outcome?.discountNeeded ?? false,
    discountPercent: p.outcome?.discountPercent ?? null,
    reached,
    funnel: funnelStep(p, reached),
    kName: fold(name).slice(0, 300),
    kCompany: fold(company).slice(0, 300),
    kTitle: fold(title).slice(0, 300),
    kStatus: statusRank(p.status),
    kNext: revisitAt || fold(nextStep).slice(0, MAX_WORD * 2),
    kOutcome: [outcomeRank(outcome), p.outcome?.value ?? -1],
  };
}
