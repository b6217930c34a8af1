import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstLocale, type LocaleApi } from './sidepanel/first-locale';
import { pinnedTabOf, startFirstReading, type ReadingApi } from './sidepanel/first-reading';

/** The browser's own extension API: Firefox's `browser`, else Chromium's `chrome`. */
function nativeApi(scope: object): (ReadingApi & LocaleApi) | null {
  const s = scope as { browser?: ReadingApi & LocaleApi; chrome?: ReadingApi & LocaleApi };
  return (s.browser?.runtime ? s.browser : s.chrome) ?? null;
}

/**
 * The side panel's first script: a classic one in sidepanel.html's head, so it runs as
 * soon as it is fetched, while the panel's modules are still loading (module scripts wait
 * for the whole page, its stylesheet and every chunk they import). It asks for the first
 * reading and the language setting, which the modules take (issue 10: first facts
 * ≤ 200 ms; docs/ARCHITECTURE.md, side panel). Plain API, no polyfill: a few hundred bytes.
 */
export default defineUnlistedScript(() => {
  const api = nativeApi(globalThis);
  if (!api) return;
  startFirstReading(globalThis, api, pinnedTabOf(location.search));
  startFirstLocale(globalThis, api);
});
