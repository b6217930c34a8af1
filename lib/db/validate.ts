import type { z } from 'zod';
import { InvalidRecordError, type RecordIssue } from './errors';

/** Zod issues as `label.path.to.value` strings with their messages. */
export function issuesOf(error: z.ZodError, label: string): RecordIssue[] {
  return error.issues.map((issue) => ({
    path: [label, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Parses a record about to be written; throws `InvalidRecordError` naming every bad path. */
export function validated<S extends z.ZodType>(
  schema: S,
  value: unknown,
  label: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRecordError(issuesOf(result.error, label));
  return result.data;
}

/** Parses a stored record on read; a record that no longer parses reads as absent. */
export function readValid<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null {
  if (value === undefined || value === null) return null;
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

/** Parses a list of stored records, keeping the valid ones and counting the rest. */
export function readAllValid<S extends z.ZodType>(
  schema: S,
  values: readonly unknown[],
): { valid: z.output<S>[]; invalid: number } {
  const valid: z.output<S>[] = [];
  let invalid = 0;
  for (const v of values) {
    const r = schema.safeParse(v);
    if (r.success) valid.push(r.data);
    else invalid++;
  }
  return { valid, invalid };
}
