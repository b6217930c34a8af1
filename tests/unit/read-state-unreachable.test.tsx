// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../lib/model/vocab';

/**
 * Issue 14 §5: a tab whose reader does not answer — typically one orphaned by an
 * extension update — is explained in the rep's language, with one button that reloads
 * that tab (the panel re-reads when the reload completes).
 */
const { fakeBrowser } = await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser, IS_REACT_ACT_ENVIRONMENT: true });
  return { fakeBrowser };
});
const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
const { ReadState } = await import('../../entrypoints/sidepanel/ReadState');
const { LocaleProvider } = await import('../../components/locale');
const { localeSetting } = await import('../../components/settings');

async function render(locale: Locale, tabId: number) {
  await localeSetting.setValue(locale);
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await act(async () =>
    createRoot(host).render(
      <LocaleProvider>
        <ReadState result={{ kind: 'unreachable', tabId, detail: 'no answer' }} reread={vi.fn()} />
      </LocaleProvider>,
    ),
  );
  for (let i = 0; i < 50 && document.documentElement.lang !== locale; i++)
    await act(() => new Promise((r) => setTimeout(r, 10)));
  return host;
}

describe('a tab that needs a reload', () => {
  it.each([
    ['en', /did not answer.*Reload the page/, 'Reload the page'],
    ['es', /no ha respondido.*Recarga la página/, 'Recargar la página'],
  ] as const)('says so in %s and reloads that tab on one click', async (locale, text, button) => {
    reload.mockClear();
    const host = await render(locale, 42);
    expect(host.textContent).toMatch(text);
    const reloadButton = host.querySelector('button')!;
    expect(reloadButton.textContent).toBe(button);
    await act(async () => reloadButton.click());
    expect(reload).toHaveBeenCalledExactlyOnceWith(42);
  });

  it('offers no button when there is no tab to reload', async () => {
    const host = await render('en', -1);
    expect(host.querySelector('button')).toBeNull();
  });
});
