import { describe, expect, it } from 'vitest';
import { originPattern, routeForUrl, siteOrigin, typedSiteOrigin } from './tab-reading';

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

describe('typedSiteOrigin', () => {
  it.each([
    ['www.talleres-demo.es', 'https://www.talleres-demo.es'],
    ['  https://Talleres-Demo.es/contacto?x=1 ', 'https://talleres-demo.es'],
    ['talleres-demo.es:8443/a', 'https://talleres-demo.es:8443'],
  ])('%s → %s', (typed, origin) => {
    expect(typedSiteOrigin(typed)).toBe(origin);
  });

  it.each([
    '',
    'talleres',
    'http://talleres-demo.es',
    'javascript:alert(1)',
    'https://user:pw@talleres-demo.es',
    'talleres demo.es',
    'chromewebstore.google.com',
    'file:///etc/passwd',
  ])('refuses %j', (typed) => {
    expect(typedSiteOrigin(typed)).toBeNull();
  });
});

describe('siteOrigin', () => {
  it('keeps a company website’s https origin, nothing Criba reads anyway', () => {
    expect(siteOrigin('https://txantxangorri.eus/es/')).toBe('https://txantxangorri.eus');
    expect(siteOrigin('https://www.linkedin.com/company/x/')).toBeNull();
    expect(siteOrigin('http://txantxangorri.eus/')).toBeNull();
    expect(siteOrigin(42)).toBeNull();
  });
});
