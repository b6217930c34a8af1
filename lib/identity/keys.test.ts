import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Capture } from '../model/capture';
import type { Signal } from '../model/signal';
import { draftFromCapture } from '../prospect/draft';
import { normaliseEmail } from './email';
import {
  accountIdentity,
  accountKey,
  contactIdentity,
  contactKey,
  contactKeys,
  identityKeys,
} from './keys';

type LooseAccount = Parameters<typeof accountIdentity>[0];
type LooseContact = Parameters<typeof contactIdentity>[0];
const accountKeyFor = (loose: LooseAccount) => accountKey(accountIdentity(loose));
const contactKeyFor = (loose: LooseContact) => contactKey(contactIdentity(loose));
const keysForCapture = (capture: Pick<Capture, 'signals'>) =>
  identityKeys(draftFromCapture(capture));

const source = {
  surface: 'linkedin-profile' as const,
  url: 'https://www.linkedin.com/in/lucia-ferrer-ventas/',
  method: 'dom' as const,
  capturedAt: '2026-03-01T10:00:00.000Z',
};
const sig = (entity: Signal['entity'], field: string, value: string): Signal => ({
  entity,
  field,
  value,
  source,
  confidence: 0.9,
});

describe('accountKeyFor', () => {
  it('keys by registrable domain, from a host, URL or email', () => {
    expect(accountKeyFor({ domain: 'Tienda.Alfarero-Digital.es' })).toBe(
      'domain:alfarero-digital.es',
    );
    expect(accountKeyFor({ domain: 'https://www.logistica-brava.com/contacto' })).toBe(
      'domain:logistica-brava.com',
    );
    expect(accountKeyFor({ domain: 'ventas@logistica-brava.co.uk' })).toBe(
      'domain:logistica-brava.co.uk',
    );
  });

  it('prefers the domain over the LinkedIn slug', () => {
    expect(accountKeyFor({ domain: 'brava.io', linkedinSlug: 'brava-logistics' })).toBe(
      'domain:brava.io',
    );
  });

  it('never uses a free-mail domain; falls back to the slug', () => {
    expect(accountKeyFor({ domain: 'gmail.com' })).toBeNull();
    expect(accountKeyFor({ domain: 'hotmail.es', linkedinSlug: 'Brava-Logistics' })).toBe(
      'li:brava-logistics',
    );
  });

  it('accepts a company page URL in place of a slug', () => {
    expect(
      accountKeyFor({
        linkedinSlug: 'https://es.linkedin.com/company/Brava-Logistics/about/',
      }),
    ).toBe('li:brava-logistics');
  });

  it('returns null when nothing identifies the company', () => {
    expect(accountKeyFor({})).toBeNull();
    expect(accountKeyFor({ domain: '  ', linkedinSlug: '' })).toBeNull();
    expect(accountKeyFor({ domain: 'not a domain' })).toBeNull();
  });
});

describe('contactKeyFor', () => {
  it('keys by LinkedIn slug first, then by email', () => {
    expect(
      contactKeyFor({
        linkedinSlug: 'https://www.linkedin.com/in/Lucia-Ferrer-Ventas/',
        email: 'lucia@brava.io',
      }),
    ).toBe('li:lucia-ferrer-ventas');
    expect(contactKeyFor({ email: ' Lucia.Ferrer@Brava.IO ' })).toBe('email:lucia.ferrer@brava.io');
    expect(contactKeyFor({ email: 'mailto:Lucia@brava.io' })).toBe('email:lucia@brava.io');
    expect(normaliseEmail('mailto:Ana@Acme.es?subject=Hola')).toBe('ana@acme.es');
    expect(normaliseEmail('mailto:ana%2Bventas@acme.es')).toBe('ana+ventas@acme.es');
  });

  it('ignores a non-profile LinkedIn URL and junk emails', () => {
    expect(contactKeyFor({ linkedinSlug: 'https://www.linkedin.com/company/brava/' })).toBeNull();
    expect(contactKeyFor({ email: 'lucia at brava' })).toBeNull();
    expect(normaliseEmail('')).toBeNull();
  });

  it('decodes percent-encoded slugs the same way as URLs', () => {
    expect(
      contactKeyFor({ linkedinSlug: 'https://www.linkedin.com/in/jos%C3%A9-ib%C3%A1%C3%B1ez' }),
    ).toBe('li:josé-ibáñez');
    expect(contactKeyFor({ linkedinSlug: 'jos%C3%A9-ib%C3%A1%C3%B1ez' })).toBe('li:josé-ibáñez');
  });

  it('lists every key of a person for suppression checks', () => {
    expect(
      contactKeys(
        contactIdentity({ linkedinSlug: 'lucia-ferrer-ventas', email: 'Lucia@Brava.io' }),
      ),
    ).toEqual(['li:lucia-ferrer-ventas', 'email:lucia@brava.io']);
  });
});

describe('identityKeys', () => {
  it('reads person and company identifiers from the signals', () => {
    const capture: Pick<Capture, 'signals'> = {
      signals: [
        sig('person', 'name', 'Lucía Ferrer'),
        sig('person', 'linkedinUrl', 'https://www.linkedin.com/in/lucia-ferrer-ventas/'),
        sig('person', 'email', 'LUCIA@brava.io'),
        sig('person', 'companyLinkedinUrl', 'https://www.linkedin.com/company/brava-logistics/'),
        sig('company', 'domain', 'brava.io'),
      ],
    };
    const keys = keysForCapture(capture);
    expect(keys).toEqual({
      account: { domain: 'brava.io', linkedinSlug: 'brava-logistics' },
      contact: { linkedinSlug: 'lucia-ferrer-ventas', email: 'lucia@brava.io' },
    });
    expect(accountKey(keys.account)).toBe('domain:brava.io');
    expect(contactKey(keys.contact)).toBe('li:lucia-ferrer-ventas');
  });

  it("prefers the company's own LinkedIn URL and falls back to the slug key", () => {
    const keys = keysForCapture({
      signals: [
        sig('company', 'linkedinUrl', 'https://www.linkedin.com/company/Brava-Logistics/'),
        sig('person', 'companyLinkedinUrl', 'https://www.linkedin.com/company/other-co/'),
        sig('person', 'email', 'lucia.personal@gmail.com'),
      ],
    });
    expect(accountKey(keys.account)).toBe('li:brava-logistics');
    expect(contactKey(keys.contact)).toBe('email:lucia.personal@gmail.com');
  });

  it('gives null keys for an empty capture', () => {
    const keys = keysForCapture({ signals: [] });
    expect([accountKey(keys.account), contactKey(keys.contact)]).toEqual([null, null]);
  });
});

/** Letters that survive upper- then lower-casing unchanged (unlike ß or dotless ı). */
const slugChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-áéíóúñç'.split(''));
const slug = fc
  .array(slugChar, { minLength: 1, maxLength: 40 })
  .map((cs) => cs.join(''))
  .filter((s) => s.trim() !== '');
const recase = (s: string, flips: boolean[]) =>
  s
    .split('')
    .map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c))
    .join('');

describe('keys are case-insensitive (property)', () => {
  it('any case variant of a person slug or its URL gives the same key', () => {
    fc.assert(
      fc.property(slug, fc.array(fc.boolean(), { minLength: 1 }), (s, flips) => {
        const variant = recase(s, flips);
        const expected = `li:${s}`;
        expect(contactKeyFor({ linkedinSlug: variant })).toBe(expected);
        expect(contactKeyFor({ linkedinSlug: `https://WWW.LinkedIn.com/in/${variant}/` })).toBe(
          expected,
        );
        expect(
          contactKeyFor({
            linkedinSlug: `https://es.linkedin.com/in/${encodeURIComponent(variant)}`,
          }),
        ).toBe(expected);
      }),
    );
  });

  it('any case variant of a company slug gives the same key', () => {
    fc.assert(
      fc.property(slug, fc.array(fc.boolean(), { minLength: 1 }), (s, flips) => {
        const variant = recase(s, flips);
        expect(accountKeyFor({ linkedinSlug: variant })).toBe(`li:${s}`);
        expect(
          accountKeyFor({ linkedinSlug: `https://www.linkedin.com/company/${variant}/` }),
        ).toBe(`li:${s}`);
      }),
    );
  });

  it('any case variant of an email (with stray spaces) gives the same key', () => {
    fc.assert(
      fc.property(
        fc.emailAddress(),
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.constantFrom('', ' ', '\t'),
        (email, flips, pad) => {
          const lower = email.toLowerCase();
          const key = contactKeyFor({ email: `${pad}${recase(email, flips)}${pad}` });
          expect(key).toBe(contactKeyFor({ email: lower }));
          if (key !== null) expect(key).toBe(`email:${lower}`);
        },
      ),
    );
  });

  it('the slug key always wins over the email key', () => {
    fc.assert(
      fc.property(slug, fc.emailAddress(), (s, email) => {
        expect(contactKeyFor({ linkedinSlug: s, email })).toBe(`li:${s}`);
      }),
    );
  });
});
