import { IcpSchema, type Icp } from './icp-schema';
import { notJsonIssue, translateIssues, type ImportIssue } from './zod-issues';

export type ParseIcpResult = { ok: true; icp: Icp } | { ok: false; issues: ImportIssue[] };

/**
 * Reads an ICP file a team lead shared. Never throws: bad JSON is one issue at `(file)`;
 * schema problems are one issue each, with the path into the file and both languages.
 */
export function parseIcpJson(text: string): ParseIcpResult {
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, issues: [notJsonIssue(body, e instanceof Error ? e.message : '')] };
  }
  const parsed = IcpSchema.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, icp: parsed.data };
  return { ok: false, issues: translateIssues(parsed.error.issues) };
}

/** The ICP as the file a team shares; `parseIcpJson` reads it back deep-equal. */
export function exportIcpJson(icp: Icp): string {
  return `${JSON.stringify(IcpSchema.parse(icp), null, 2)}\n`;
}
