import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { READ_REQUEST } from '../messaging/reader-protocol';
import { h1Adapter } from './h1-adapter';
import { serveReader, type NativeListener, type NativeRuntime } from './serve-reader';

/**
 * Issue 14 §5: when the extension is reloaded or removed, the readers already in open
 * LinkedIn and Gmail tabs are orphaned — their `runtime` is gone and any call into it
 * throws "Extension context invalidated". They must notice, stop listening and leave
 * the page without an uncaught error; a fresh reader can then take the page over.
 */

const adapter = h1Adapter;

/** A stand-in for `chrome.runtime` whose extension can be reloaded away. */
function fakeRuntime() {
  const listeners = new Set<NativeListener>();
  let alive = true;
  const runtime: NativeRuntime = {
    get id() {
      return alive ? 'criba' : undefined;
    },
    onMessage: {
      addListener: (fn) => listeners.add(fn),
      removeListener: (fn) => listeners.delete(fn),
    },
    sendMessage: vi.fn(() => {
      if (!alive) throw new Error('Extension context invalidated.');
      return Promise.resolve(undefined);
    }),
  };
  return { runtime, listeners, reload: () => (alive = false) };
}

function tab() {
  const window = new Window({ url: 'https://www.linkedin.com/in/ana-demo/' });
  window.document.body.innerHTML = '<h1>Ana</h1>';
  const errors: unknown[] = [];
  window.addEventListener('error', (e) => errors.push((e as unknown as { error: unknown }).error));
  const navigate = (path: string) => {
    window.history.pushState({}, '', path);
    window.dispatchEvent(new window.Event('popstate'));
  };
  return { win: window as unknown as Window & typeof globalThis, navigate, errors };
}

describe('serveReader lifecycle', () => {
  it('announces in-app navigation while the extension lives', () => {
    const { win, navigate } = tab();
    const { runtime } = fakeRuntime();
    expect(serveReader(adapter, runtime, win as never)).toBe(true);
    navigate('/in/bea-demo/');
    expect(runtime.sendMessage).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'page-changed' }),
    );
  });

  it('an orphaned reader stops listening without an uncaught error, and frees the page', () => {
    const { win, navigate, errors } = tab();
    const ext = fakeRuntime();
    serveReader(adapter, ext.runtime, win as never);
    expect(ext.listeners.size).toBe(1);

    ext.reload();
    expect(() => navigate('/in/bea-demo/')).not.toThrow();
    navigate('/in/carla-demo/');
    expect(errors).toEqual([]);
    expect(ext.listeners.size).toBe(0);
    // It noticed before calling into the dead runtime, and never tries again.
    expect(ext.runtime.sendMessage).not.toHaveBeenCalled();

    // The reloaded extension injects a fresh reader, which answers.
    const fresh = fakeRuntime();
    expect(serveReader(adapter, fresh.runtime, win as never)).toBe(true);
    const answer = vi.fn();
    // As the background sends it: this extension's id, not from a tab.
    for (const fn of fresh.listeners) fn(READ_REQUEST, { id: 'criba' }, answer);
    return vi.waitFor(() =>
      expect(answer).toHaveBeenCalledWith(expect.objectContaining({ status: 'ok' })),
    );
  });

  it('stops when the runtime throws "Extension context invalidated" before it says so', async () => {
    const { win, navigate, errors } = tab();
    const ext = fakeRuntime();
    serveReader(adapter, ext.runtime, win as never);
    // Chromium can throw on sendMessage while `id` still reads as set.
    vi.mocked(ext.runtime.sendMessage).mockImplementationOnce(() => {
      throw new Error('Extension context invalidated.');
    });
    navigate('/in/bea-demo/');
    expect(errors).toEqual([]);
    expect(ext.listeners.size).toBe(0);
    navigate('/in/carla-demo/');
    expect(ext.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });

  it('a rejected announcement from a reloaded extension stops the reader too', async () => {
    const { win, navigate, errors } = tab();
    const ext = fakeRuntime();
    serveReader(adapter, ext.runtime, win as never);
    vi.mocked(ext.runtime.sendMessage).mockImplementationOnce(() => {
      ext.reload();
      return Promise.reject(new Error('Extension context invalidated.'));
    });
    navigate('/in/bea-demo/');
    await vi.waitFor(() => expect(ext.listeners.size).toBe(0));
    expect(errors).toEqual([]);
  });
});
