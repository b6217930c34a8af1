/**
 * Sales situations a rep meets (scenario-situations.json), each written once with its
 * English and Spanish texts and run in both languages with the same expected judgement;
 * `why` says why a rep expects it (test support only; every person and company is invented).
 */
import { z } from 'zod';
import { DEPARTMENTS, SENIORITIES } from '../../lib/model/vocab';
import type { Scenario } from './scenario-prospects';
import table from './scenario-situations.json';

/** What one language says: the scenario's name, the people, their words, what the text cites. */
const SideSchema = z.strictObject({
  name: z.string(),
  /** Name and title. */
  who: z.tuple([z.string(), z.string()]),
  /** Company name and industry (none for a private person). */
  firm: z.tuple([z.string(), z.string()]).optional(),
  email: z.string().optional(),
  pain: z.string().optional(),
  sentences: z.array(z.string()).optional(),
  events: z.array(z.string()).optional(),
  description: z.string().optional(),
  cites: z.array(z.string()).optional(),
  /** Phrases the text must say (the request and its date, the gap in the ICP's words). */
  says: z.array(z.string()).optional(),
  /** Phrases the text must not say (a meeting pitched to a quote request, absent tools). */
  never: z.array(z.string()).optional(),
});

const AnswerSchema = z.union([
  z.string(),
  z.strictObject({ value: z.string(), ageDays: z.number() }),
]);

/** What both languages share: the prospect's shape, the interview and the judgement. */
const SituationSchema = z.strictObject({
  en: SideSchema,
  es: SideSchema,
  role: z.tuple([z.enum(SENIORITIES), z.enum(DEPARTMENTS)]).optional(),
  /** Headcount band and country. */
  size: z.tuple([z.tuple([z.number(), z.number()]), z.string()]).optional(),
  company: z.record(z.string(), z.unknown()).optional(),
  person: z.record(z.string(), z.unknown()).optional(),
  /** The business named in a free-mail sender's signature is the person's company. */
  signature: z.literal(true).optional(),
  answers: z.record(z.string(), AnswerSchema).optional(),
  problemId: z.string().optional(),
  frameworkId: z.string().optional(),
  icp: z.enum(['base', 'strict', 'other-language']).optional(),
  expect: z.strictObject({
    kind: z.enum(['angle', 'close-out']),
    verdict: z.enum(['qualified', 'nurture', 'disqualified']),
    problem: z.string().nullable(),
    reason: z.string().optional(),
    hook: z.string().optional(),
  }),
  why: z.string().optional(),
});
type Situation = z.infer<typeof SituationSchema>;

function scenario(s: Situation, locale: 'en' | 'es'): Scenario {
  const t = s[locale];
  const [seniority, department] = s.role ?? [];
  const [band, country] = s.size ?? [];
  const company = t.firm && {
    name: t.firm[0],
    industry: t.firm[1],
    ...(band && { employeesMin: band[0], employeesMax: band[1] }),
    ...(country && { country }),
    ...(t.events && { events: t.events }),
    ...(t.description && { description: t.description }),
    ...s.company,
  };
  return {
    name: `${locale} ${t.name}`,
    locale,
    ...(s.icp && { icp: s.icp }),
    ...(s.frameworkId && { frameworkId: s.frameworkId }),
    person: {
      name: t.who[0],
      title: t.who[1],
      ...(seniority && { seniority, department }),
      ...(t.email && { email: t.email }),
      ...(s.signature && t.firm && { company: t.firm[0] }),
      ...s.person,
    },
    company: company ?? null,
    ...(s.answers && { answers: s.answers as Scenario['answers'] }),
    ...(t.pain && { pain: t.pain }),
    ...(s.problemId && { problemId: s.problemId }),
    ...(t.sentences && { sentences: t.sentences }),
    expect: {
      ...s.expect,
      ...(t.cites && { cites: t.cites }),
      ...(t.says && { says: t.says }),
      ...(t.never && { never: t.never }),
    },
  };
}

const TABLE = z.array(SituationSchema).parse(table);

/** Every situation in Spanish, then every one in English. */
export const SITUATIONS: Scenario[] = [
  ...TABLE.map((s) => scenario(s, 'es')),
  ...TABLE.map((s) => scenario(s, 'en')),
];
