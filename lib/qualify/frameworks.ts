import { translateIssues, type ImportIssue } from '../icp/zod-issues';
import { ANUM_INPUT } from './anum';
import { BANT_INPUT } from './bant';
import { CHAMP_INPUT } from './champ';
import { FrameworkSchema, type Framework } from './framework-schema';
import { MEDDIC_INPUT } from './meddic';

/** Parsed once at load: a mistake in a built-in framework fails every test, not a rep. */
export const BANT: Framework = FrameworkSchema.parse(BANT_INPUT);
export const CHAMP: Framework = FrameworkSchema.parse(CHAMP_INPUT);
export const MEDDIC: Framework = FrameworkSchema.parse(MEDDIC_INPUT);
export const ANUM: Framework = FrameworkSchema.parse(ANUM_INPUT);

export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [BANT, CHAMP, MEDDIC, ANUM];
export type CustomFrameworkResult =
  { ok: true; framework: Framework } | { ok: false; issues: ImportIssue[] };

/**
 * A team's own question bank, validated like any imported file. Its id must not shadow a
 * built-in framework, so stored answers always mean what they meant.
 */
export function customFramework(input: unknown): CustomFrameworkResult {
  const parsed = FrameworkSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: translateIssues(parsed.error.issues) };
  if (BUILT_IN_FRAMEWORKS.some((f) => f.id === parsed.data.id)) {
    const [issue] = translateIssues([
      {
        code: 'custom',
        path: ['id'],
        message: 'reserved id',
        params: { criba: 'reserved-id' },
        input: parsed.data.id,
      },
    ]);
    return { ok: false, issues: issue ? [issue] : [] };
  }
  return { ok: true, framework: parsed.data };
}

/** Whether `id` names a built-in framework or the team's own. */
export function hasFramework(id: string, custom?: Framework | null): boolean {
  return custom?.id === id || BUILT_IN_FRAMEWORKS.some((f) => f.id === id);
}

/**
 * The framework with this id: the team's own first, then the built-ins. An id that names
 * neither (a custom framework since deleted) falls back to BANT, the default, so a stored
 * prospect can always be shown; use `hasFramework` to tell the two apart.
 */
export function frameworkById(id: string | null | undefined, custom?: Framework | null): Framework {
  if (custom && custom.id === id) return custom;
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === id) ?? BANT;
}
