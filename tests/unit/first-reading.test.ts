import { beforeEach, expect, it, vi } from 'vitest';

const sendMessage = vi.fn(async (message: unknown) => ({ echoed: message }));
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage }, windows: { getCurrent: async () => ({ id: 7 }) } },
}));
const { askToRead, startFirstReading, takeFirstAnswer, takeFirstReading } =
  await import('../../entrypoints/sidepanel/first-reading');

beforeEach(() => sendMessage.mockClear());

it('asks at once, and hands the answer to the first reading of that tab only', async () => {
  startFirstReading(42);
  expect(sendMessage).toHaveBeenCalledTimes(1);
  expect(takeFirstReading(41)).toBeNull();
  startFirstReading(42);
  const asked = takeFirstReading(42);
  expect(await asked).toEqual({
    windowId: undefined,
    raw: { echoed: { criba: 1, name: 'read-active-tab', payload: { tabId: 42 } } },
  });
  // Later readings ask again: the first answer is never shown twice.
  expect(takeFirstReading(42)).toBeNull();
});

it('hands over the answer itself once it is in, once, and only for that tab', async () => {
  startFirstReading(42);
  // Not in yet: the reading stays for takeFirstReading to await.
  expect(takeFirstAnswer(42)).toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(takeFirstAnswer(41)).toBeNull();
  expect(takeFirstAnswer(42)).toEqual({
    windowId: undefined,
    raw: { echoed: { criba: 1, name: 'read-active-tab', payload: { tabId: 42 } } },
  });
  expect(takeFirstAnswer(42)).toBeNull();
  expect(takeFirstReading(42)).toBeNull();
});

it('reads the active tab of the panel’s own window when not pinned', async () => {
  expect(await askToRead(null)).toEqual({
    windowId: 7,
    raw: { echoed: { criba: 1, name: 'read-active-tab', payload: { windowId: 7 } } },
  });
});
