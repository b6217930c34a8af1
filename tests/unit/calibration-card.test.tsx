// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, expect, it, vi } from 'vitest';
import { emptyOutcome } from '../../lib/model/outcome';
import { seedClosedDeals } from '../support/closed-deal-records';

// The page's own database and settings, faked before any module captures them.
await vi.hoisted(async () => {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB, IDBKeyRange });
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser, IS_REACT_ACT_ENVIRONMENT: true });
});
const { db } = await import('../../components/db');
const { LocaleProvider } = await import('../../components/locale');
const { CalibrationCard } = await import('../../components/options/calibration-card');
const { useOptionsDraft } = await import('../../components/options/use-options-draft');
const { setOutcome, setStatus } = await import('../../lib/db/pipeline');

function Card() {
  return <CalibrationCard draft={useOptionsDraft()} />;
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(check(), what).toBe(true);
}

afterAll(() => db.close());

it('says how many deals are missing below 20, and offers a proposal from 20', async () => {
  const now = new Date('2026-11-20T10:00:00.000Z');
  const ids = await seedClosedDeals(db, now, { closed: 20, open: 0, seed: 5 });
  const reopened = ids[0] as string;
  const { outcome } = (await db.prospects.get(reopened)) ?? {};
  await setStatus(db, [reopened], 'proposal', now);

  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <LocaleProvider>
        <Card />
      </LocaleProvider>,
    ),
  );
  const card = () => host.querySelector('#calibration');
  const button = () =>
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Propose new weights');
  await until(
    () => /Not enough data yet \(19 of 20 closed deals\)/.test(card()?.textContent ?? ''),
    '19 of 20',
  );
  expect(button()).toBeUndefined();

  await act(() =>
    setOutcome(
      db,
      [reopened],
      { result: 'won', outcome: outcome ?? emptyOutcome('2026-11-19') },
      now,
    ),
  );
  await until(() => button() !== undefined, 'the button at 20');
  expect(card()?.textContent).not.toMatch(/Not enough data yet/);
  await act(async () => button()?.click());
  await until(() => host.querySelector('#calibration [role="status"]') !== null, 'a result');
  root.unmount();
});
