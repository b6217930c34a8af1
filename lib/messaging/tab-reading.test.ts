import { describe, expect, it } from 'vitest';
import { originPattern, routeForUrl } from './tab-reading';

describe('routeForUrl', () => {
  it.each([
    [
      'https://www.linkedin.com/in/ana/',
      { kind: 'declared', script: 'linkedin', origin: 'https://www.linkedin.com' },
    ],
    [
      'https://mail.google.com/mail/u/0/#inbox/FMfc',
      { kind: 'declared', script: 'gmail', origin: 'https://mail.google.com' },
    ],
    [
      'https://es.linkedin.com/in/ana',
      { kind: 'optional', script: 'linkedin', origin: 'https://es.linkedin.com' },
    ],
    [
      'https://www.talleres-demo.es/contacto',
      { kind: 'optional', script: 'website', origin: 'https://www.talleres-demo.es' },
    ],
  ])('%s', (url, route) => {
    expect(routeForUrl(url)).toEqual(route);
  });

  it.each([
    'chrome://extensions/',
    'chrome-extension://abc/sidepanel.html',
    'file:///home/rep/page.html',
    'http://insecure.example/',
    'https://chromewebstore.google.com/detail/x',
    'about:blank',
    '',
    undefined,
  ])('refuses %s', (url) => {
    expect(routeForUrl(url).kind).toBe('restricted');
  });

  it('asks for exactly one origin', () => {
    expect(originPattern('https://www.acme.test')).toBe('https://www.acme.test/*');
  });
});
