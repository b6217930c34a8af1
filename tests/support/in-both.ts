import { t, type Message } from '../../lib/i18n';

/** A message as the rep reads it in each language. */
export function inBoth(message: Message): { en: string; es: string } {
  return { en: t('en', message.key, message.params), es: t('es', message.key, message.params) };
}
