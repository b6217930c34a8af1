// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, expect, it, vi } from 'vitest';

// The page's own database and settings, faked before any module captures them.
await vi.hoisted(async () => {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB, IDBKeyRange });
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser, IS_REACT_ACT_ENVIRONMENT: true });
});
const { db } = await import('../../components/db');
const { LocaleProvider } = await import('../../components/locale');
const { saveActiveIcp } = await import('../../components/icp-store');
const { defaultIcp } = await import('../../lib/icp/default-icp');
const { RescoreBanner } = await import('../../entrypoints/prospects/RescoreBanner');

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check(), what).toBe(true);
}

afterAll(() => db.close());

it('names what the scores differ from: the built-in example, then a saved version', async () => {
  // Scores made with version 2 and 1 (a backup of another machine, say), none saved here.
  await db.tallies.bulkPut([
    { key: 'icp|2', n: 3 },
    { key: 'icp|1', n: 1 },
    { key: 'icp|-1', n: 5 },
  ]);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <LocaleProvider>
        <RescoreBanner />
      </LocaleProvider>,
    ),
  );
  const text = () => host.querySelector('.rescore')?.textContent ?? '';
  await until(() => text() !== '', 'the banner');
  expect(text()).toContain(
    '4 prospects were scored with a saved ICP, and the active one is the built-in example.',
  );
  expect(text()).not.toMatch(/version 0|older/);

  // Saving version 1 here: the three scored with version 2 differ from it, never "older".
  const saved = await saveActiveIcp(db, defaultIcp('en'), new Date('2026-12-06T10:00:00Z'));
  expect(saved.ok && saved.version).toBe(1);
  await until(() => text().startsWith('3 prospects'), 'the count against version 1');
  expect(text()).toContain(
    '3 prospects were scored with another ICP than the active one, version 1.',
  );

  // One left on another version: the singular.
  await act(() => db.tallies.put({ key: 'icp|2', n: 1 }));
  await until(() => text().startsWith('1 prospect was scored'), 'the singular');
  root.unmount();
});
