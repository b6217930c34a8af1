import { storage } from 'wxt/utils/storage';
import type { Locale } from '../lib/model/vocab';

/** The UI language: 'auto' follows the browser's language. Versioned as WXT storage items. */
export const localeSetting = storage.defineItem<'auto' | Locale>('local:locale', {
  fallback: 'auto',
  version: 1,
});
