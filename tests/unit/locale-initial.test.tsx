// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';

await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser, IS_REACT_ACT_ENVIRONMENT: true });
});
const { LocaleProvider, useLocale } = await import('../../components/locale');
const { localeSetting } = await import('../../components/settings');

/**
 * The side panel reads the language setting before its first render (boot.tsx), because
 * that render may already show the page's facts: they appear in the rep's language, not
 * in the browser's for a moment first.
 */
it('renders in the language it is given from the first render on', async () => {
  expect(navigator.language).toMatch(/^en/);
  await localeSetting.setValue('es');
  const rendered: string[] = [];
  function Probe() {
    const { t } = useLocale();
    rendered.push(t('panel.reread'));
    return null;
  }
  await act(async () =>
    createRoot(document.createElement('div')).render(
      <LocaleProvider initial="es">
        <Probe />
      </LocaleProvider>,
    ),
  );
  expect(rendered[0]).toBe('Volver a leer');
  expect(document.documentElement.lang).toBe('es');
});
