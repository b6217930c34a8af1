import { storage } from 'wxt/utils/storage';
import { DEFAULT_RETENTION_MONTHS } from '../lib/db/retention';
import type { Locale } from '../lib/model/vocab';

/** The UI language: 'auto' follows the browser's language. Versioned as WXT storage items. */
export const localeSetting = storage.defineItem<'auto' | Locale>('local:locale', {
  fallback: 'auto',
  version: 1,
});

/**
 * Months an untouched prospect is kept (lib/db/retention.ts). Typed `unknown`: a value
 * from an older build or a hand edit is trusted only once RetentionMonthsSchema parses it.
 */
export const retentionSetting = storage.defineItem<unknown>('local:retentionMonths', {
  fallback: DEFAULT_RETENTION_MONTHS,
  version: 1,
});

/**
 * The last CSV column mapping the rep confirmed, by folded header name
 * (lib/import/mapping.ts). Typed `unknown`: trusted only once RememberedMappingSchema parses it.
 */
export const importMappingSetting = storage.defineItem<unknown>('local:importMapping', {
  fallback: {},
  version: 1,
});
