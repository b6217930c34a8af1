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

  it('says one in the singular where a singular exists, in both languages', () => {
    const params = { count: 1, version: 3 };
    expect(t('en', 'prospects.rescore.done', params)).toBe(
      'Re-scored 1 prospect with ICP version 3.',
    );
    expect(t('es', 'prospects.rescore.done', params)).toBe(
      'Se ha vuelto a puntuar 1 prospecto con la versión 3 del ICP.',
    );
    expect(t('en', 'prospects.rescore.done', { count: 2, version: 3 })).toBe(
      'Re-scored 2 prospects with ICP version 3.',
    );
    // Every singular belongs to a message that exists and keeps its other placeholders.
    for (const key of catalogueKeys('en').filter((k) => k.endsWith('.one'))) {
      const base = key.slice(0, -'.one'.length) as MessageKey;
      expect(catalogueKeys('en'), key).toContain(base);
      const others = (s: string) => placeholders(s).filter((p) => p !== 'count');
      expect(others(t('en', key as MessageKey)), key).toEqual(others(t('en', base)));
    }
  });

  it('translates the manifest strings', () => {
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));
    const es = JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8'));
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) expect(es[k].message).not.toBe(en[k].message);
  });
});
