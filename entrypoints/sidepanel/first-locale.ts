/** The language setting's key in `storage.local` (components/settings.ts, `localeSetting`). */
export const LOCALE_KEY = 'locale';

/** What reading the setting takes of the extension API. */
export interface LocaleApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

type Scope = { cribaFirstLocale?: Promise<unknown> | null };
const slot = (scope: object) => scope as Scope;

/**
 * Reads the language setting from the page's first script (entrypoints/panel-start.ts),
 * beside the first reading: the panel's first render waits for it, so that the page's
 * facts appear in the rep's language, and a read asked for once React has loaded came in
 * 30–50 ms later. The value is raw: boot.tsx checks it.
 */
export function startFirstLocale(scope: object, api: LocaleApi): void {
  const read = api.storage.local.get(LOCALE_KEY).then((items) => items[LOCALE_KEY]);
  // Whoever takes it sees the failure; until then it is not an unhandled rejection.
  read.catch(() => undefined);
  slot(scope).cribaFirstLocale = read;
}

/** The stored language setting as read by the page's first script, once; else null. */
export function takeFirstLocale(scope: object): Promise<unknown> | null {
  const read = slot(scope).cribaFirstLocale ?? null;
  slot(scope).cribaFirstLocale = null;
  return read;
}
