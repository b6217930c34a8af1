import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueKeys, t, type MessageKey } from '../../lib/i18n';
import { sourceFiles } from '../support/source-files';
import {
  lostReasonKey,
  outcomeKey,
  reasonKey,
  statusKey,
  verdictKey,
} from '../../lib/i18n/vocab-keys';
import { ROW_OUTCOMES } from '../../lib/db/list-row';
import {
  DISQUALIFICATION_REASONS,
  LOCALES,
  LOST_REASONS,
  PROSPECT_STATUSES,
  VERDICTS,
} from '../../lib/model/vocab';

/** The name of every vocabulary value, as the pages and the CSV export look it up. */
const VOCABULARY_KEYS = [
  ...PROSPECT_STATUSES.map(statusKey),
  ...VERDICTS.map(verdictKey),
  ...ROW_OUTCOMES.map(outcomeKey),
  ...LOST_REASONS.map(lostReasonKey),
  ...DISQUALIFICATION_REASONS.map(reasonKey),
];

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

  it('holds every key the code names, in both languages', () => {
    const areas = new Set(catalogueKeys('en').map((k) => k.split('.')[0]));
    const en = new Set(catalogueKeys('en'));
    const es = new Set(catalogueKeys('es'));
    // The catalogue itself is not a use of its keys.
    const notCatalogue = (path: string) => path.endsWith(join('i18n', 'messages'));
    for (const file of ['components', 'entrypoints', 'lib'].flatMap((d) =>
      sourceFiles(d, notCatalogue),
    )) {
      const text = readFileSync(file, 'utf8');
      // Whole keys written out ('panel.saved.done') …
      for (const [, key] of text.matchAll(/'([a-z]+\.[\w.-]+)'/g)) {
        if (!areas.has(key!.split('.')[0])) continue;
        expect(en.has(key!) && es.has(key!), `${file}: ${key}`).toBe(true);
      }
      // … and keys built from a value (`facts.method.${m}`): some key must start so.
      for (const [, prefix] of text.matchAll(/`([a-z]+\.[\w.-]*)\$\{/g)) {
        if (!areas.has(prefix!.split('.')[0])) continue;
        expect(
          [...en].some((k) => k.startsWith(prefix!)),
          `${file}: ${prefix}…`,
        ).toBe(true);
      }
    }
    for (const key of VOCABULARY_KEYS) expect(en.has(key) && es.has(key), key).toBe(true);
  });

  it('names each verdict, status, outcome and reason once', () => {
    for (const locale of LOCALES) {
      const wordings = new Map<string, string[]>();
      for (const key of catalogueKeys(locale) as MessageKey[]) {
        const text = t(locale, key).toLowerCase();
        wordings.set(text, [...(wordings.get(text) ?? []), key]);
      }
      for (const key of new Set(VOCABULARY_KEYS)) {
        const holders = wordings.get(t(locale, key).toLowerCase());
        expect(holders, `${locale}: "${t(locale, key)}"`).toEqual([key]);
      }
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
