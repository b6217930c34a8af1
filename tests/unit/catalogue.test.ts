import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogueKeys, t, type MessageKey } from '../../lib/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has the same keys in English and Spanish', () => {
    expect(catalogueKeys('es').sort()).toEqual(catalogueKeys('en').sort());
  });

  it('has no empty strings and the same placeholders in both languages', () => {
    for (const key of catalogueKeys('en') as MessageKey[]) {
      const en = t('en', key);
      const es = t('es', key);
      expect(en.trim(), key).not.toBe('');
      expect(es.trim(), key).not.toBe('');
      expect(placeholders(es), key).toEqual(placeholders(en));
    }
  });

  it('translates the manifest strings', () => {
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
    const es = JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8'));
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) expect(es[k].message).not.toBe(en[k].message);
  });
});
