import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../tests/support/hostile-strings';
import { inertText } from './inert-text';
import { safeHttpUrl } from './safe-http-url';

describe('inertText', () => {
  it('removes bidi embeddings, overrides, isolates, NUL and other C0 controls', () => {
    expect(inertText('\u202Egnp.exe')).toBe('gnp.exe');
    expect(inertText('\u2067Ainhoa\u2069 \u202AZubiri\u202C')).toBe('Ainhoa Zubiri');
    expect(inertText('Ana\u0000\u0007\u001B Ruiz\u007F')).toBe('Ana Ruiz');
  });

  it('keeps tabs, line breaks, joiners, directional marks and right-to-left text', () => {
    for (const s of ['a\tb\nc\r\nd', '👩‍💼', 'عائشة\u200F الحربي', 'Zubiri\u200B'])
      expect(inertText(s)).toBe(s);
  });

  it('leaves no bidi control or NUL in any string of the hostile corpus', () => {
    for (const s of HOSTILE_STRINGS)
      // eslint-disable-next-line no-control-regex -- NUL is what must not survive
      expect(inertText(s)).not.toMatch(/[\u0000\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('safeHttpUrl', () => {
  it('passes absolute http(s) URLs, normalised', () => {
    expect(safeHttpUrl('https://www.linkedin.com/in/ainhoa-zubiri-demo/')).toBe(
      'https://www.linkedin.com/in/ainhoa-zubiri-demo/',
    );
    expect(safeHttpUrl('HTTP://Example.test/a b')).toBe('http://example.test/a%20b');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://www.linkedin.com/0000',
    'file:///etc/passwd',
    'chrome://settings',
    '//evil.example.test/x',
    '/in/relative',
    'https://www.linkedin.com@evil.example.test/in/x',
    'https://user:pass@evil.example.test/',
    '',
    null,
    undefined,
    `https://example.test/${'a'.repeat(5000)}`,
  ])('refuses %s', (value) => {
    expect(safeHttpUrl(value)).toBeNull();
  });

  it('lets through no link from the hostile corpus that is not http(s)', () => {
    for (const s of HOSTILE_STRINGS) {
      const url = safeHttpUrl(s);
      if (url !== null) expect(new URL(url).protocol).toMatch(/^https?:$/);
    }
  });
});
