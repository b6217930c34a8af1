import { describe, expect, it } from 'vitest';
import { classifySender, speaksForOwnPage } from './sender';

const SELF = { id: 'criba-id', origin: 'chrome-extension://criba-id' };
const PAGE = 'chrome-extension://criba-id/sidepanel.html';
const PROFILE = 'https://www.linkedin.com/in/ana-demo/';

describe('classifySender', () => {
  it.each([
    ['the background', { id: SELF.id, url: 'chrome-extension://criba-id/background.js' }],
    ['the side panel', { id: SELF.id, url: PAGE }],
    ['the panel opened as a tab', { id: SELF.id, url: PAGE, tab: { id: 3, url: `${PAGE}?tab=2` } }],
    ['a Firefox page', { id: 'x@y', url: 'moz-extension://u-u-i-d/sidepanel.html' }],
  ])('%s is the extension', (_name, sender) => {
    const self = sender.id === 'x@y' ? { id: 'x@y', origin: 'moz-extension://u-u-i-d' } : SELF;
    expect(classifySender(sender, self)).toEqual({ role: 'extension' });
  });

  it('a top frame on a page a reader serves is that reader, for its own tab', () => {
    const sender = {
      id: SELF.id,
      url: PROFILE,
      frameId: 0,
      tab: { id: 7, windowId: 2, active: true, url: PROFILE },
    };
    expect(classifySender(sender, SELF)).toEqual({
      role: 'reader',
      site: 'linkedin',
      url: PROFILE,
      tab: { id: 7, windowId: 2, active: true },
    });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'chrome-extension://criba-id/'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }],
    ['another extension claiming our origin', { id: 'other', url: PAGE }],
    [
      'an extension page framed in a website',
      { id: SELF.id, url: PAGE, tab: { id: 3, url: PROFILE } },
    ],
    ['a web URL without a tab', { id: SELF.id, url: PROFILE }],
    ['a subframe', { id: SELF.id, url: PROFILE, frameId: 4, tab: { id: 7, url: PROFILE } }],
    ['a tab without an id', { id: SELF.id, url: PROFILE, frameId: 0, tab: {} }],
    [
      'a page no reader serves',
      { id: SELF.id, url: 'http://plain.test/', frameId: 0, tab: { id: 7 } },
    ],
    [
      'the Web Store',
      { id: SELF.id, url: 'https://chromewebstore.google.com/x', frameId: 0, tab: { id: 7 } },
    ],
    ['an unparsable URL', { id: SELF.id, url: 'not a url', frameId: 0, tab: { id: 7 } }],
    ['no URL', { id: SELF.id }],
  ])('%s is untrusted', (_name, sender) => {
    expect(classifySender(sender, SELF)).toEqual({ role: 'untrusted' });
  });
});

describe('speaksForOwnPage', () => {
  const reader = {
    role: 'reader' as const,
    site: 'linkedin' as const,
    url: PROFILE,
    tab: { id: 7 },
  };
  it('accepts its own page after an in-app navigation', () => {
    expect(speaksForOwnPage(reader, 'https://www.linkedin.com/company/acme-demo/')).toBe(true);
  });
  it.each(['https://mail.google.com/mail/u/0/', 'https://es.linkedin.com/in/ana-demo', 'nonsense'])(
    'refuses %s',
    (url) => {
      expect(speaksForOwnPage(reader, url)).toBe(false);
    },
  );
});
