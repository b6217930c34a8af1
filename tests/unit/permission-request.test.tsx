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

async function render(origin: string | null, reread: () => void, hidden?: true) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await act(async () =>
    createRoot(host).render(
      <ReadState
        result={{ kind: 'needs-permission', tabId: 7, origin, ...(hidden && { hidden }) }}
        reread={reread}
      />,
    ),
  );
  return host;
}

/** Types into the hidden site's box as React sees typing, then submits its form. */
async function allowTyped(host: HTMLElement, text: string | null) {
  const input = host.querySelector('input')!;
  if (text !== null)
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      set.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  await act(async () => host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
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

  it('on a hidden, never-read site, asks for the origin the rep types and reads at once', async () => {
    request.mockResolvedValue(true);
    const reread = vi.fn();
    const host = await render(null, reread, true);
    expect(host.querySelector('input')!.value).toBe('');
    expect(host.textContent).toMatch(/toolbar/);
    await allowTyped(host, ' https://Talleres-Bidasoa.es/contacto ');
    expect(request).toHaveBeenCalledWith({ origins: ['https://talleres-bidasoa.es/*'] });
    expect(reread).toHaveBeenCalledTimes(1);
  });

  it('offers the background’s guess, changeable, and asks for nothing it cannot read', async () => {
    request.mockResolvedValue(false);
    const reread = vi.fn();
    const host = await render('https://www.talleresbidasoa.es', reread, true);
    expect(host.querySelector('input')!.value).toBe('www.talleresbidasoa.es');
    await allowTyped(host, 'http://talleresbidasoa.es');
    expect(request).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/Type a website address/);
    await allowTyped(host, 'www.talleresbidasoa.es');
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.talleresbidasoa.es/*'] });
    expect(reread).not.toHaveBeenCalled();
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/not granted/);
  });
});
