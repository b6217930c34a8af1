import { beforeEach, expect, it, vi } from 'vitest';
import {
  askToRead,
  pinnedTabOf,
  startFirstReading,
  takeFirstAnswer,
  takeFirstReading,
} from '../../entrypoints/sidepanel/first-reading';

const sendMessage = vi.fn(async (message: unknown) => ({ echoed: message }));
const api = { runtime: { sendMessage }, windows: { getCurrent: async () => ({ id: 7 }) } };
// The page's global object, where the first script leaves the reading for the modules.
let scope: object;

beforeEach(() => {
  sendMessage.mockClear();
  scope = {};
});

it('asks at once, and hands the answer to the first reading of that tab only', async () => {
  startFirstReading(scope, api, 42);
  expect(sendMessage).toHaveBeenCalledTimes(1);
  expect(takeFirstReading(scope, 41)).toBeNull();
  startFirstReading(scope, api, 42);
  const asked = takeFirstReading(scope, 42);
  expect(await asked).toEqual({
    windowId: undefined,
    raw: { echoed: { criba: 1, name: 'read-active-tab', payload: { tabId: 42 } } },
  });
  // Later readings ask again: the first answer is never shown twice.
  expect(takeFirstReading(scope, 42)).toBeNull();
});

it('hands over the answer itself once it is in, once, and only for that tab', async () => {
  startFirstReading(scope, api, 42);
  // Not in yet: the reading stays for takeFirstReading to await.
  expect(takeFirstAnswer(scope, 42)).toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(takeFirstAnswer(scope, 41)).toBeNull();
  expect(takeFirstAnswer(scope, 42)).toEqual({
    windowId: undefined,
    raw: { echoed: { criba: 1, name: 'read-active-tab', payload: { tabId: 42 } } },
  });
  expect(takeFirstAnswer(scope, 42)).toBeNull();
  expect(takeFirstReading(scope, 42)).toBeNull();
});

it('leaves nothing to take when the page’s first script asked nothing', () => {
  expect(takeFirstReading(scope, 42)).toBeNull();
  expect(takeFirstAnswer(scope, null)).toBeNull();
});

it('reads the active tab of the panel’s own window when not pinned', async () => {
  expect(await askToRead(api, null)).toEqual({
    windowId: 7,
    raw: { echoed: { criba: 1, name: 'read-active-tab', payload: { windowId: 7 } } },
  });
  // A re-read of a window already known does not look the window up again.
  expect(await askToRead(api, null, 3)).toEqual({
    windowId: 3,
    raw: { echoed: { criba: 1, name: 'read-active-tab', payload: { windowId: 3 } } },
  });
});

it('pins the panel to the tab its address names, and to nothing else', () => {
  expect(pinnedTabOf('?tabId=12')).toBe(12);
  for (const search of ['', '?tabId=', '?tabId=0', '?tabId=-3', '?tabId=1.5', '?tabId=x'])
    expect(pinnedTabOf(search), search).toBeNull();
});
