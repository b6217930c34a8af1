import { describe, expect, it } from 'vitest';
import { draftFromCapture } from './draft';
import { manualCapture } from './manual-capture';

const now = new Date('2026-03-02T10:00:00Z');
const entry = (over: Partial<Record<'name' | 'company' | 'contact' | 'linkedinUrl', string>>) => ({
  name: '',
  company: '',
  contact: '',
  linkedinUrl: '',
  ...over,
});

describe('a prospect typed by hand', () => {
  it('becomes a capture of the rep’s own values, cited to the page they were on', () => {
    const made = manualCapture(
      entry({
        name: '  Irati   Demo ',
        company: 'Ferrallas Demo',
        contact: 'ferrallas-demo.example',
        linkedinUrl: 'linkedin.com/in/irati-demo',
      }),
      'https://ferrallas-demo.example/contacto',
      now,
    );
    if (!made.ok) throw new Error(made.problem);
    const draft = draftFromCapture(made.capture);
    expect(draft.person.name?.value).toBe('Irati Demo');
    expect(draft.person.linkedinUrl?.value).toBe('https://www.linkedin.com/in/irati-demo/');
    expect(draft.company.name?.value).toBe('Ferrallas Demo');
    expect(draft.company.website?.value).toBe('https://ferrallas-demo.example/');
    expect(draft.company.domain?.value).toBe('ferrallas-demo.example');
    expect(draft.person.name?.source).toEqual({
      surface: 'unknown',
      url: 'https://ferrallas-demo.example/contacto',
      method: 'rep',
      capturedAt: now.toISOString(),
    });
  });

  it('tells an email from a website, and a company page from a profile', () => {
    const made = manualCapture(
      entry({
        contact: 'Irati@Ferrallas-Demo.example',
        linkedinUrl: 'https://www.linkedin.com/company/ferrallas-demo/',
      }),
      '',
      now,
    );
    if (!made.ok) throw new Error(made.problem);
    const draft = draftFromCapture(made.capture);
    expect(draft.person.email?.value).toBe('irati@ferrallas-demo.example');
    expect(draft.company.linkedinUrl?.value).toBe(
      'https://www.linkedin.com/company/ferrallas-demo/',
    );
  });

  it('refuses an empty entry and says which box is wrong', () => {
    expect(manualCapture(entry({ name: '   ' }), '', now)).toEqual({ ok: false, problem: 'empty' });
    expect(manualCapture(entry({ name: 'A', contact: 'a@b' }), '', now)).toEqual({
      ok: false,
      problem: 'contact',
    });
    expect(manualCapture(entry({ name: 'A', contact: 'javascript:alert(1)' }), '', now)).toEqual({
      ok: false,
      problem: 'contact',
    });
    expect(
      manualCapture(entry({ name: 'A', linkedinUrl: 'https://example.com/in/x' }), '', now),
    ).toEqual({ ok: false, problem: 'linkedin' });
  });
});
