/**
 * The bounded-work budgets of issue 13, part of `npm run bench` (bench.ts passes its
 * browser and the readers bundle it built): a page of 200,000 links read in Chromium
 * within 1 s and by `npm run signals` within 5 s, with memory shown beside each.
 */
import type { Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: number | null;
}

const URL_ = 'https://www.catalogo-demo-bench.es/productos';
const LINKS = 200_000;

/** An invented shop's catalogue: header, 200,000 product links, a footer with its contacts. */
export function hugeLinkPage(): string {
  const links = Array.from(
    { length: LINKS },
    (_, i) => `<li><a href="/p/${i}">Producto ${i}</a></li>`,
  );
  return `<!doctype html><html lang="es"><head><title>Productos | Catálogo Demo Bench</title>
<meta property="og:site_name" content="Catálogo Demo Bench"></head><body>
<header><a href="/">Catálogo Demo Bench</a></header><main><h1>Productos</h1><ul>${links.join('')}</ul></main>
<footer><p>Catálogo Demo Bench S.L. · Calle Mayor 3, 26001 Logroño</p>
<a href="tel:+34941000111">941 000 111</a></footer></body></html>`;
}

export async function hugePageFigures(browser: Browser, readers: string): Promise<Figure[]> {
  const html = hugeLinkPage();
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().url() === URL_
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  await page.goto(URL_, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  await page.addScriptTag({ content: readers });
  // One first reading, as a rep gets it: layout is computed by the reader's own checks.
  const chromium = await page.evaluate(() => {
    const api = (globalThis as unknown as { cribaBench: { read(href: string): unknown } })
      .cribaBench;
    const t0 = performance.now();
    api.read(location.href);
    const ms = performance.now() - t0;
    const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { ms, heapMb: heap ? heap.usedJSHeapSize / 2 ** 20 : NaN };
  });
  await context.close();

  const dir = mkdtempSync(join(tmpdir(), 'criba-bench-'));
  const file = join(dir, 'productos.html');
  writeFileSync(file, html);
  const t0 = performance.now();
  // GNU time prints the child's peak resident memory (kB) on stderr.
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', 'npx', 'tsx', 'scripts/signals.ts', '--url', URL_, file],
    { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  );
  const signalsMs = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0 || !run.stdout.includes('"Catálogo Demo Bench"'))
    throw new Error(`signals failed on the 200,000-link page: ${run.stderr.slice(-400)}`);
  const rssMb = Number(run.stderr.trim().split('\n').pop()) / 1024;

  return [
    { name: 'read, 200,000-link page, Chromium', value: chromium.ms, unit: 'ms', budget: 1000 },
    { name: 'JS heap after it, Chromium', value: chromium.heapMb, unit: 'MB', budget: null },
    {
      name: 'npm run signals, 200,000-link page (process, with start-up)',
      value: signalsMs,
      unit: 'ms',
      budget: 5000,
    },
    { name: 'npm run signals peak memory (RSS)', value: rssMb, unit: 'MB', budget: null },
  ];
}
