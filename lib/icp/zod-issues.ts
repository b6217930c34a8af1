import type { z } from 'zod';
import type { Locale } from '../model/vocab';

export interface ImportIssue {
  /** Dotted path into the file, e.g. `criteria.2.weight`; `(file)` for the file itself. */
  path: string;
  message: Record<Locale, string>;
}

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  },
  es: {
    string: 'un texto',
    number: 'un número',
    int: 'un número entero',
    boolean: 'true o false',
    array: 'una lista',
    object: 'un objeto',
  },
};

const CUSTOM: Record<string, Record<Locale, string>> = {
  'max-below-min': {
    en: 'The maximum must be at least the minimum.',
    es: 'El máximo debe ser igual o mayor que el mínimo.',
  },
  'nurture-above-qualified': {
    en: 'The nurture threshold must not be above the qualified threshold.',
    es: 'El umbral de seguimiento no puede superar el de cualificado.',
  },
  'duplicate-id': {
    en: 'This id is already used by another entry.',
    es: 'Este identificador ya lo usa otra entrada.',
  },
  'reserved-id': {
    en: 'This id belongs to a built-in framework; choose another.',
    es: 'Este identificador es de un marco incluido; elige otro.',
  },
};

const quote = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function typeName(locale: Locale, t: string): string {
  return TYPE_NAMES[locale][t] ?? t;
}

function bound(issue: { origin?: string }, n: number | bigint, locale: Locale, big: boolean) {
  const num = String(n);
  const en = big ? 'at most' : 'at least';
  const es = big ? 'como máximo' : 'como mínimo';
  switch (issue.origin) {
    case 'string':
      return locale === 'en'
        ? `Must have ${en} ${num} characters.`
        : `Debe tener ${es} ${num} caracteres.`;
    case 'array':
    case 'set':
      return locale === 'en'
        ? `Must have ${en} ${num} items.`
        : `Debe tener ${es} ${num} elementos.`;
    default:
      return locale === 'en' ? `Must be ${en} ${num}.` : `Debe ser ${es} ${num}.`;
  }
}

function message(issue: z.core.$ZodIssue, locale: Locale): string {
  const en = locale === 'en';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return en ? 'Required.' : 'Obligatorio.';
      return en
        ? `Expected ${typeName('en', issue.expected)}.`
        : `Se esperaba ${typeName('es', issue.expected)}.`;
    case 'too_small':
      return bound(issue, issue.minimum, locale, false);
    case 'too_big':
      return bound(issue, issue.maximum, locale, true);
    case 'invalid_value':
      return en
        ? `Must be one of: ${quote(issue.values)}.`
        : `Debe ser uno de: ${quote(issue.values)}.`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length) {
        return en
          ? `Unknown kind; use one of: ${quote(issue.options)}.`
          : `Tipo desconocido; usa uno de: ${quote(issue.options)}.`;
      }
      return en ? 'Not a valid value here.' : 'No es un valor válido aquí.';
    case 'invalid_format':
      if (issue.format === 'url')
        return en
          ? 'Must be a full https:// address (or empty).'
          : 'Debe ser una dirección https:// completa (o estar vacío).';
      if (issue.format === 'regex')
        return en ? 'Use only letters, digits and - _ . :' : 'Usa solo letras, cifras y - _ . :';
      return en ? `Not a valid ${issue.format}.` : `Formato no válido (${issue.format}).`;
    case 'unrecognized_keys':
      return en
        ? `Unknown key(s): ${quote(issue.keys)}.`
        : `Clave(s) desconocida(s): ${quote(issue.keys)}.`;
    case 'not_multiple_of':
      return en
        ? `Must be a multiple of ${String(issue.divisor)}.`
        : `Debe ser múltiplo de ${String(issue.divisor)}.`;
    case 'custom': {
      const key = (issue.params as { criba?: string } | undefined)?.criba;
      const known = key ? CUSTOM[key] : undefined;
      if (known) return known[locale];
      return en ? issue.message : `No válido: ${issue.message}`;
    }
    default:
      return en ? 'Not valid.' : 'No válido.';
  }
}

/** Zod issues as a rep or team lead can read them, in both languages. */
export function translateIssues(issues: readonly z.core.$ZodIssue[]): ImportIssue[] {
  const out: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    const en = message(issue, 'en');
    // One value can fail the same check twice (a URL's protocol and its host): say it once.
    if (seen.has(`${path}\n${en}`)) continue;
    seen.add(`${path}\n${en}`);
    out.push({ path, message: { en, es: message(issue, 'es') } });
  }
  return out;
}

/** The single issue for a file that is not JSON at all, pointing at line and column. */
export function notJsonIssue(text: string, detail: string): ImportIssue {
  const pos = /position (\d+)/.exec(detail);
  if (!pos) {
    return {
      path: '(file)',
      message: { en: 'The file is not valid JSON.', es: 'El archivo no es un JSON válido.' },
    };
  }
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return {
    path: '(file)',
    message: {
      en: `The file is not valid JSON (line ${line}, column ${column}).`,
      es: `El archivo no es un JSON válido (línea ${line}, columna ${column}).`,
    },
  };
}
