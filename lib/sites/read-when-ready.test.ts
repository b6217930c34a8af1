import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { h1Adapter } from './h1-adapter';
import { readWhenReady } from './read-when-ready';

const adapter = h1Adapter;

function page() {
  const window = new Window({ url: 'https://www.linkedin.com/in/ana/' });
  globalThis.MutationObserver ??= window.MutationObserver as unknown as typeof MutationObserver;
  return window;
}

describe('readWhenReady', () => {
  it('answers at once when the page is ready', async () => {
    const w = page();
    w.document.body.innerHTML = '<h1>Ana</h1>';
    const r = await readWhenReady(
      adapter,
      w.document as unknown as Document,
      () => w.location.href,
    );
    expect(r.status).toBe('ok');
  });

  it('waits for the page to render, then reads it', async () => {
    const w = page();
    const doc = w.document as unknown as Document;
    const pending = readWhenReady(adapter, doc, () => w.location.href, {
      timeoutMs: 2000,
      throttleMs: 10,
    });
    setTimeout(() => (w.document.body.innerHTML = '<main><h1>Ana Late</h1></main>'), 50);
    const r = await pending;
    expect(r.status).toBe('ok');
    expect(r.signals[0]?.value).toBe('Ana Late');
  });

  it('gives up after the bound with what it has', async () => {
    const w = page();
    const t0 = Date.now();
    const r = await readWhenReady(
      adapter,
      w.document as unknown as Document,
      () => w.location.href,
      {
        timeoutMs: 150,
      },
    );
    expect(r.status).toBe('layout_changed');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('stops when aborted', async () => {
    const w = page();
    const stop = new AbortController();
    const pending = readWhenReady(
      adapter,
      w.document as unknown as Document,
      () => w.location.href,
      {
        timeoutMs: 10_000,
        signal: stop.signal,
      },
    );
    stop.abort();
    expect((await pending).status).toBe('layout_changed');
  });

  it('answers a loaded page that stays quiet after the quiet pause, not the bound', async () => {
    const w = page();
    const t0 = Date.now();
    const doc = w.document as unknown as Document;
    expect(doc.readyState).not.toBe('loading');
    const r = await readWhenReady(adapter, doc, () => w.location.href, {
      timeoutMs: 5_000,
      quietMs: 50,
    });
    expect(r.status).toBe('layout_changed');
    expect(Date.now() - t0).toBeLessThan(1_000);
  });

  it('keeps waiting while a loaded page is still changing', async () => {
    const w = page();
    const doc = w.document as unknown as Document;
    const pending = readWhenReady(adapter, doc, () => w.location.href, {
      timeoutMs: 5_000,
      throttleMs: 10,
      quietMs: 80,
    });
    // Changes every 40 ms keep it listening until the name is there.
    let n = 0;
    const ticker = setInterval(() => {
      n++;
      w.document.body.innerHTML = n < 5 ? `<p>${n}</p>` : '<main><h1>Ana Late</h1></main>';
    }, 40);
    const r = await pending;
    clearInterval(ticker);
    expect(r.status).toBe('ok');
  });
});
