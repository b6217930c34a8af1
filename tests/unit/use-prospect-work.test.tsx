// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, expect, it, vi } from 'vitest';
import type { Capture } from '../../lib/model/capture';
import type { Unsaved } from '../../lib/model/unsaved';

// The page's own database, faked before any module captures it.
await vi.hoisted(async () => {
  const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
  Object.assign(globalThis, { indexedDB, IDBKeyRange });
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  Object.assign(globalThis, { chrome: fakeBrowser, IS_REACT_ACT_ENVIRONMENT: true });
});

// The stored draft's answer held back, as a busy database holds it: the rep types meanwhile.
const gate = vi.hoisted(() => {
  let open = () => undefined as void;
  const state = { asked: false, read: false, opened: new Promise<void>((r) => (open = r)) };
  return { state, open: () => open() };
});
vi.mock('../../lib/db/drafts', async (real) => {
  const drafts = await real<typeof import('../../lib/db/drafts')>();
  return {
    ...drafts,
    readUnsaved: async (...args: Parameters<typeof drafts.readUnsaved>) => {
      // What was stored when asked, handed back late.
      const found = await drafts.readUnsaved(...args);
      gate.state.asked = true;
      await gate.state.opened;
      gate.state.read = true;
      return found;
    },
  };
});
const { db } = await import('../../components/db');
const { readUnsaved } = await import('../../lib/db/drafts');
const { useProspectWork } = await import('../../entrypoints/sidepanel/use-prospect-work');

afterAll(() => db.close());

const source = {
  surface: 'linkedin-profile' as const,
  url: 'https://www.linkedin.com/in/nerea-olaizola-demo/',
  method: 'dom' as const,
  capturedAt: '2026-11-20T10:00:00.000Z',
};
const capture: Capture = {
  surface: 'linkedin-profile',
  status: 'ok',
  url: source.url,
  capturedAt: source.capturedAt,
  notes: [],
  signals: [
    { entity: 'person', field: 'name', value: 'Nerea Olaizola', source, confidence: 0.9 },
    { entity: 'person', field: 'company', value: 'Tejas Norte', source, confidence: 0.9 },
  ],
};

let work: ReturnType<typeof useProspectWork> | null = null;
function Probe() {
  work = useProspectWork(capture);
  return null;
}

async function until(ok: () => boolean) {
  for (let i = 0; i < 200 && !ok(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(ok()).toBe(true);
}

it('keeps what the rep typed while the stored draft was still loading', async () => {
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Probe />));
  // The lookup of what is stored is done and the draft's read is out.
  await until(() => gate.state.asked);

  act(() => work!.setText('pain', 'Stock counts live in three spreadsheets'));
  expect(work!.work.pain).toBe('Stock counts live in three spreadsheets');
  gate.open();
  await until(() => gate.state.read);
  // The draft's load settles (its store, then what it keeps on screen).
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 5)));

  expect(work!.work.pain).toBe('Stock counts live in three spreadsheets');
  expect(work!.dirty).toBe(true);
  // And it is the draft the database holds.
  const stored: Unsaved | null = await readUnsaved(db, [work!.unsaved!.id]);
  expect(stored?.pain?.text).toBe('Stock counts live in three spreadsheets');
  act(() => root.unmount());
});
