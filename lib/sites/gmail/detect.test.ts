import { describe, expect, it } from 'vitest';
import { detectGmail, threadTokenFromHash } from './detect';

describe('detectGmail', () => {
  const cases: [string, string | null][] = [
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail-list'],
    ['https://mail.google.com/mail/u/1/#label/Clientes', 'gmail-list'],
    ['https://mail.google.com/mail/u/0/#inbox/p2', 'gmail-list'],
    ['https://mail.google.com/mail/u/0/', 'gmail-list'],
    ['https://mail.google.com/mail/u/0/#search/propuesta', 'gmail-list'],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx', 'gmail-thread'],
    ['https://mail.google.com/mail/u/0/#all/18c2f3a4b5d6e7f8', 'gmail-thread'],
    ['https://mail.google.com/mail/u/0/#sent/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx', 'gmail-thread'],
    [
      'https://mail.google.com/mail/u/2/#label/Clientes%2FNorte/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx',
      'gmail-thread',
    ],
    [
      'https://mail.google.com/mail/u/0/#search/propuesta+anual/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx',
      'gmail-thread',
    ],
    [
      'https://mail.google.com/mail/u/0/#category/updates/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx',
      'gmail-thread',
    ],
    ['https://mail.google.com/chat/u/0/#chat/home', null],
    ['http://mail.google.com/mail/u/0/#inbox', null],
    ['https://www.google.com/mail/u/0/#inbox', null],
    ['https://mail.google.com.evil.test/mail/u/0/#inbox', null],
    ['https://www.vinedosaltamira.es/contacto', null],
  ];
  for (const [href, kind] of cases) {
    it(`${href} → ${String(kind)}`, () => {
      expect(detectGmail(new URL(href))).toBe(kind);
    });
  }

  it('reads the token after a label or a search query, not the name itself', () => {
    expect(threadTokenFromHash('#label/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx')).toBeNull();
    expect(threadTokenFromHash('#label/Clientes/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx')).toBe(
      'FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx',
    );
    expect(threadTokenFromHash('#inbox/FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx?compose=new')).toBe(
      'FMfcgzQZTkBvXbWhLmNqRsTpDcJhKgWx',
    );
  });
});
