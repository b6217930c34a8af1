import type { z } from 'zod';
import type { Message, MessageKey } from '../i18n';

/** A value that failed validation: where, and what to tell the rep (the page translates). */
export interface ImportIssue {
  /** Dotted path into the file, e.g. `criteria.2.weight`; `(file)` for the file itself. */
  path: string;
  message: Message;
}

const EXPECTED: Record<string, MessageKey> = {
  string: 'issue.expected.string',
  number: 'issue.expected.number',
  int: 'issue.expected.int',
  boolean: 'issue.expected.boolean',
  array: 'issue.expected.array',
  object: 'issue.expected.object',
};

/** The checks Criba's own schemas add, named by `params.criba`. */
const CUSTOM: Record<string, MessageKey> = {
  'max-below-min': 'issue.maxBelowMin',
  'nurture-above-qualified': 'issue.nurtureAboveQualified',
  'duplicate-id': 'issue.duplicateId',
  'reserved-id': 'issue.reservedId',
  'duplicate-key': 'issue.duplicateKey',
};

const quote = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function bound(origin: string | undefined, n: number | bigint, side: 'min' | 'max'): Message {
  // Bounds are shown as written (a year stays 2026, not 2,026).
  const params = { n: String(n) };
  if (origin === 'string') return { key: `issue.${side}.string`, params };
  if (origin === 'array' || origin === 'set') return { key: `issue.${side}.array`, params };
  return { key: `issue.${side}.number`, params };
}

function messageOf(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { key: 'issue.required' };
      return EXPECTED[issue.expected]
        ? { key: EXPECTED[issue.expected]! }
        : { key: 'issue.expected.other', params: { type: issue.expected } };
    case 'too_small':
      return bound(issue.origin, issue.minimum, 'min');
    case 'too_big':
      return bound(issue.origin, issue.maximum, 'max');
    case 'invalid_value':
      return { key: 'issue.oneOf', params: { values: quote(issue.values) } };
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length) {
        return { key: 'issue.unknownKind', params: { values: quote(issue.options) } };
      }
      return { key: 'issue.union' };
    case 'invalid_format':
      if (issue.format === 'url') return { key: 'issue.url' };
      if (issue.format === 'regex') return { key: 'issue.regex' };
      return { key: 'issue.format', params: { format: issue.format } };
    case 'unrecognized_keys':
      return { key: 'issue.unknownKeys', params: { keys: quote(issue.keys) } };
    case 'not_multiple_of':
      return { key: 'issue.multipleOf', params: { n: String(issue.divisor) } };
    case 'custom': {
      const params = (issue.params ?? {}) as { criba?: string } & Record<string, unknown>;
      const key = params.criba ? CUSTOM[params.criba] : undefined;
      if (!key) return { key: 'issue.invalidBecause', params: { detail: issue.message } };
      const values = Object.entries(params).filter(([k, v]) => k !== 'criba' && v !== undefined);
      return values.length
        ? { key, params: Object.fromEntries(values.map(([k, v]) => [k, String(v)])) }
        : { key };
    }
    default:
      return { key: 'issue.invalid' };
  }
}

/** Zod issues as a rep or team lead can read them, at most `limit` of them. */
export function translateIssues(
  issues: readonly z.core.$ZodIssue[],
  limit = Infinity,
): ImportIssue[] {
  const out: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (out.length >= limit) break;
    const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    const message = messageOf(issue);
    // One value can fail the same check twice (a URL's protocol and its host): say it once.
    const id = `${path}\n${JSON.stringify(message)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ path, message });
  }
  return out;
}

/** The single issue for a file that is not JSON at all, pointing at line and column. */
export function notJsonIssue(text: string, detail: string): ImportIssue {
  const pos = /position (\d+)/.exec(detail);
  if (!pos) return { path: '(file)', message: { key: 'issue.notJson' } };
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const params = { line: String(line), column: String(column) };
  return { path: '(file)', message: { key: 'issue.notJsonAt', params } };
}
