// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, expect, it, vi } from 'vitest';
import { defaultIcp } from '../../lib/icp/default-icp';
import { MEDDIC } from '../../lib/qualify/frameworks';
import { starterCustomFramework } from '../../components/options/draft-ops';

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
const { saveCustomFramework, useFramework, CUSTOM_FRAMEWORK_ID } =
  await import('../../components/framework-store');

function Probe() {
  const fw = useFramework();
  return <p>{fw ? `${fw.id}:${fw.questions.length}` : 'loading'}</p>;
}

async function until(el: HTMLElement, text: string) {
  for (let i = 0; i < 100 && el.textContent !== text; i++) {
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
  expect(el.textContent).toBe(text);
}

afterAll(() => db.close());

it('follows the active ICP’s framework, the team’s own included', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () =>
    root.render(
      <LocaleProvider>
        <Probe />
      </LocaleProvider>,
    ),
  );
  // Nothing saved: the default ICP asks BANT.
  await until(host, 'bant:6');

  const now = new Date('2025-05-02T08:00:00Z');
  await act(() => saveActiveIcp(db, { ...defaultIcp('en'), frameworkId: 'meddic' }, now));
  await until(host, `meddic:${MEDDIC.questions.length}`);

  const own = starterCustomFramework(CUSTOM_FRAMEWORK_ID);
  own.questions = own.questions.slice(0, 2);
  await act(async () => {
    await saveCustomFramework(own);
    await saveActiveIcp(db, { ...defaultIcp('en'), frameworkId: CUSTOM_FRAMEWORK_ID }, now);
  });
  await until(host, 'custom:2');

  // A framework id this browser does not have reads as BANT, so a prospect can still be shown.
  await act(() => saveActiveIcp(db, { ...defaultIcp('en'), frameworkId: 'gone' }, now));
  await until(host, 'bant:6');
  act(() => root.unmount());
});
