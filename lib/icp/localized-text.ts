import { z } from 'zod';
import type { Locale } from '../model/vocab';

/**
 * Text a team writes: one string in the ICP's own language, or both languages. A single
 * string is never shown in the other language — mixing languages in a message a rep sends
 * reads worse than leaving the sentence out.
 */
export const LocalizedTextSchema = z.union([
  z.string().trim().min(1).max(500),
  z.strictObject({
    en: z.string().trim().min(1).max(500),
    es: z.string().trim().min(1).max(500),
  }),
]);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The text in `locale`, or null when it only exists in another language. */
export function textIn(text: LocalizedText, locale: Locale, ownLocale: Locale): string | null {
  if (typeof text === 'string') return locale === ownLocale ? text : null;
  return text[locale];
}
