import { expect, it, vi } from 'vitest';
import { localeSetting } from '../../components/settings';
import {
  LOCALE_KEY,
  startFirstLocale,
  takeFirstLocale,
} from '../../entrypoints/sidepanel/first-locale';

it('reads the language setting’s own key, once', async () => {
  expect(localeSetting.key).toBe(`local:${LOCALE_KEY}`);
  const get = vi.fn(async (key: string) => ({ [key]: 'es' }));
  const scope = {};
  expect(takeFirstLocale(scope)).toBeNull();
  startFirstLocale(scope, { storage: { local: { get } } });
  expect(await takeFirstLocale(scope)).toBe('es');
  expect(takeFirstLocale(scope)).toBeNull();
});

it('hands a failed read to whoever takes it, without an unhandled rejection before', async () => {
  const scope = {};
  const get = async () => Promise.reject(new Error('storage gone'));
  startFirstLocale(scope, { storage: { local: { get } } });
  await new Promise((resolve) => setTimeout(resolve, 0));
  await expect(takeFirstLocale(scope)).rejects.toThrow('storage gone');
});
