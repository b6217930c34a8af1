import { describe, expect, it } from 'vitest';
import type { Signal } from '../model/signal';
import { accountKey, identityKeys } from '../identity/keys';
import { draftFromCapture, overlayStored, withRepValue } from './draft';

const source = {
  surface: 'linkedin-profile' as const,
  url: 'https://www.linkedin.com/in/ana-demo/',
  method: 'dom' as const,
  capturedAt: '2026-11-20T10:00:00.000Z',
};
const sig = (entity: Signal['entity'], field: string, value: Signal['value']): Signal => ({
  entity,
  field,
  value,
  source,
  confidence: 0.9,
});

describe('draftFromCapture', () => {
  it('seeds the company from the person’s employer fields', () => {
    const d = draftFromCapture({
      signals: [
        sig('person', 'name', 'Ana Demo'),
        sig('person', 'company', 'Acme Tiles'),
        sig('person', 'companyLinkedinUrl', 'https://www.linkedin.com/company/acme-tiles/'),
      ],
    });
    expect(d.company.name?.value).toBe('Acme Tiles');
    expect(d.company.linkedinUrl?.value).toBe('https://www.linkedin.com/company/acme-tiles/');
    expect(accountKey(identityKeys(d).account)).toBe('li:acme-tiles');
  });

  it('keys the account by the website’s registrable domain', () => {
    const d = draftFromCapture({
      signals: [sig('company', 'website', 'https://shop.acme-tiles.co.uk/')],
    });
    expect(d.company.domain?.value).toBe('acme-tiles.co.uk');
    expect(accountKey(identityKeys(d).account)).toBe('domain:acme-tiles.co.uk');
  });
});

describe('rep edits', () => {
  it('mark the value as typed by the rep and stored values overlay page values', () => {
    const d = draftFromCapture({ signals: [sig('person', 'location', 'Madrid')] });
    const edited = withRepValue(
      d,
      'person',
      'location',
      'Toledo',
      source.url,
      new Date('2026-11-21T00:00:00Z'),
    );
    expect(edited.person.location?.source.method).toBe('rep');
    expect(edited.person.location?.value).toBe('Toledo');
    const overlaid = overlayStored(d, { fields: edited.person }, null);
    expect(overlaid.person.location?.value).toBe('Toledo');
  });

  it('clearing a field removes it', () => {
    const d = draftFromCapture({ signals: [sig('person', 'title', 'CEO')] });
    expect(
      withRepValue(d, 'person', 'title', undefined, source.url, new Date()).person.title,
    ).toBeUndefined();
  });
});
