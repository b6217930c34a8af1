import type { z } from 'zod';

/** A problem found in an imported file, ready to show in either language. */
export interface BackupIssue {
  /** Where in the file: `prospects.3.score.fit`; '' for the file as a whole. */
  path: string;
  message: { en: string; es: string };
}

const TYPE_ES: Record<string, string> = {
  string: 'texto',
  number: 'número',
  int: 'número entero',
  boolean: 'verdadero/falso',
  object: 'objeto',
  array: 'lista',
  null: 'nulo',
  record: 'objeto',
  literal: 'valor fijo',
};

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Zod's issue in plain words, in English and Spanish. */
export function describeIssue(issue: z.core.$ZodIssue): BackupIssue['message'] {
  switch (issue.code) {
    case 'invalid_type':
      return {
        en: `Expected ${issue.expected}.`,
        es: `Se esperaba ${TYPE_ES[issue.expected] ?? issue.expected}.`,
      };
    case 'too_big':
      return {
        en: `Too long or too large (maximum ${String(issue.maximum)}).`,
        es: `Demasiado largo o grande (máximo ${String(issue.maximum)}).`,
      };
    case 'too_small':
      return {
        en: `Too short or too small (minimum ${String(issue.minimum)}).`,
        es: `Demasiado corto o pequeño (mínimo ${String(issue.minimum)}).`,
      };
    case 'invalid_format':
      return {
        en: `Not a valid ${issue.format}.`,
        es: `Formato no válido (${issue.format}).`,
      };
    case 'invalid_value':
      return {
        en: `Must be one of: ${list(issue.values)}.`,
        es: `Debe ser uno de: ${list(issue.values)}.`,
      };
    case 'unrecognized_keys':
      return {
        en: `Unknown keys: ${issue.keys.join(', ')}.`,
        es: `Claves desconocidas: ${issue.keys.join(', ')}.`,
      };
    case 'invalid_union':
      return {
        en: 'None of the accepted shapes fits this value.',
        es: 'Este valor no encaja con ninguna de las formas aceptadas.',
      };
    case 'custom': {
      const es = (issue.params as { es?: unknown } | undefined)?.es;
      return { en: issue.message, es: typeof es === 'string' ? es : 'Valor no válido.' };
    }
    default:
      return { en: issue.message, es: 'Valor no válido.' };
  }
}

export function issuesFrom(error: z.ZodError, limit = 100): BackupIssue[] {
  return error.issues.slice(0, limit).map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: describeIssue(issue),
  }));
}
