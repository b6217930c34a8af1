// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The panel's permission flow for company websites: one click asks the browser for
 * exactly that origin (never `https://*\/*`), re-reads the page when granted, and says
 * so plainly when refused. Playwright cannot answer Chromium's prompt, so this is where
 * the flow is checked.
 */
const request = vi.fn<(p: { origins: string[] }) => Promise<boolean>>();
vi.mock('wxt/browser', () => ({ browser: { permissions: { request } } }));
await vi.hoisted(async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser, IS_REACT_ACT_ENVIRONMENT: true });
});
const { ReadState } = await import('../../entrypoints/sidepanel/ReadState');

async function render(origin: string | null, reread: () => void) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await act(async () =>
    createRoot(host).render(
      <ReadState result={{ kind: 'needs-permission', tabId: 7, origin }} reread={reread} />,
    ),
  );
  return host;
}

describe('asking for a website’s permission', () => {
  beforeEach(() => request.mockReset());

  it('asks for that one origin and re-reads once granted', async () => {
    request.mockResolvedValue(true);
    const reread = vi.fn();
    const host = await render('https://www.talleresbidasoa.es', reread);
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Allow on www.talleresbidasoa.es');
    await act(async () => button.click());
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.talleresbidasoa.es/*'] });
    expect(reread).toHaveBeenCalledTimes(1);
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('says plainly when the rep refuses, and does not re-read', async () => {
    request.mockResolvedValue(false);
    const reread = vi.fn();
    const host = await render('https://www.talleresbidasoa.es', reread);
    await act(async () => host.querySelector('button')!.click());
    expect(reread).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/not granted/);
  });

  it('without a visible URL, explains the toolbar button instead of asking', async () => {
    const host = await render(null, vi.fn());
    expect(host.querySelector('button')).toBeNull();
    expect(host.textContent).toMatch(/toolbar/);
    expect(host.textContent).not.toMatch(/Allow Criba/);
    expect(request).not.toHaveBeenCalled();
  });
});
