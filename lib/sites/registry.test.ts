import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SITES,
  declaredContentScripts,
  isDeclaredHost,
  readerPath,
  requiredHostPermissions,
  siteOfHost,
} from './registry';

describe('site registry', () => {
  it.each([
    ['www.linkedin.com', 'linkedin', true],
    ['WWW.LinkedIn.com.', 'linkedin', true],
    ['es.linkedin.com', 'linkedin', false],
    ['linkedin.com', 'linkedin', false],
    ['mail.google.com', 'gmail', true],
    ['google.com', 'website', false],
    ['notlinkedin.com', 'website', false],
    ['linkedin.com.evil.test', 'website', false],
    ['www.talleres-demo.es', 'website', false],
  ])('%s is served by the %s reader (declared: %s)', (host, site, declared) => {
    expect(siteOfHost(host)).toBe(site);
    expect(isDeclaredHost(host)).toBe(declared);
  });

  it('asks the manifest for LinkedIn and Gmail only, each with its reader', () => {
    expect(requiredHostPermissions()).toEqual([
      'https://www.linkedin.com/*',
      'https://mail.google.com/*',
    ]);
    expect(declaredContentScripts()).toEqual([
      {
        matches: ['https://www.linkedin.com/*'],
        js: ['linkedin-reader.js'],
        run_at: 'document_idle',
      },
      { matches: ['https://mail.google.com/*'], js: ['gmail-reader.js'], run_at: 'document_idle' },
    ]);
  });

  it.each(SITES.map((s) => s.id))('names the built file of the %s reader', (id) => {
    expect(readerPath(id)).toBe(`/${id}-reader.js`);
    expect(existsSync(join(__dirname, '..', '..', 'entrypoints', `${id}-reader.ts`))).toBe(true);
  });
});
