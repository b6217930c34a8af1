import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html';
import { freshDatabases } from '../../tests/support/fresh-db';
import { identityKeys } from '../identity/keys';
import { draftFromCapture, withRepValue } from '../prospect/draft';
import type { Draft } from '../prospect/page-facts';
import { finalizeCapture } from '../sites/finalize';
import { readPage } from '../sites/index';
import { findExisting, saveProspect } from './repository';
import { saveInput } from '../../tests/support/test-records';

/**
 * A company's LinkedIn link on a website is the site's claim (lib/identity/keys.ts): a
 * hostile site linking to a stored company's page must not fold that company into its
 * own domain, whether the link is shown or hidden; the rep's confirmation makes it count.
 */
const NOW = new Date('2026-03-02T09:00:00.000Z');
const LATER = new Date('2026-03-05T09:00:00.000Z');
const HOSTILE = 'https://www.suplantadora-demo.es/';
const fresh = freshDatabases();

function hostileDraft(hiding: string): Draft {
  const html = `<html><head><title>Suplantadora Demo</title>
    <meta property="og:site_name" content="Suplantadora Demo"></head><body>
    <main><h1>Suplantadora Demo</h1></main><footer>
    <p ${hiding}><a href="https://www.linkedin.com/company/ceramicas-nubia/">LinkedIn</a></p>
    <a href="mailto:hola@suplantadora-demo.es">hola@suplantadora-demo.es</a></footer></body></html>`;
  const { document, close } = parseHtml(html, HOSTILE);
  try {
    return draftFromCapture(finalizeCapture(readPage(document, new URL(HOSTILE), NOW), NOW));
  } finally {
    close();
  }
}

/** The company as saved from its LinkedIn page, which named no website: slug only. */
async function storedFromLinkedIn(db: ReturnType<typeof fresh>) {
  const onLinkedIn = saveInput({ person: null });
  onLinkedIn.company = { ...onLinkedIn.company!, domain: null };
  await saveProspect(db, onLinkedIn, NOW);
}

async function saveDraft(db: ReturnType<typeof fresh>, draft: Draft) {
  const { account } = identityKeys(draft);
  const company = { fields: draft.company, name: 'Suplantadora Demo', ...account };
  return saveProspect(db, saveInput({ person: null, company }), LATER);
}

describe('a LinkedIn link read on a website is a claim', () => {
  it('a visible link to a stored company’s page neither finds nor absorbs it', async () => {
    const db = fresh();
    await storedFromLinkedIn(db);
    const draft = hostileDraft('');
    expect(draft.company.linkedinUrl?.value).toBe(
      'https://www.linkedin.com/company/ceramicas-nubia/',
    );
    expect(identityKeys(draft).account).toEqual({
      domain: 'suplantadora-demo.es',
      linkedinSlug: null,
    });
    expect((await findExisting(db, identityKeys(draft))).account).toBeNull();
    await saveDraft(db, draft);
    expect((await db.accounts.toCollection().primaryKeys()).sort()).toEqual([
      'domain:suplantadora-demo.es',
      'li:ceramicas-nubia',
    ]);
    expect((await db.accounts.get('domain:suplantadora-demo.es'))?.linkedinSlug).toBeNull();
  });

  it('a hidden link is not even read', async () => {
    const draft = hostileDraft('style="display:none"');
    expect(draft.company.linkedinUrl).toBeUndefined();
    expect((await findExisting(fresh(), identityKeys(draft))).account).toBeNull();
  });

  it('the rep confirming the link merges the stored company', async () => {
    const db = fresh();
    await storedFromLinkedIn(db);
    const draft = withRepValue(
      hostileDraft(''),
      'company',
      'linkedinUrl',
      'https://www.linkedin.com/company/ceramicas-nubia/',
      HOSTILE,
      LATER,
    );
    expect((await findExisting(db, identityKeys(draft))).account?.key).toBe('li:ceramicas-nubia');
  });

  it('a stored company whose website has the same domain is found by it', async () => {
    const db = fresh();
    await saveProspect(db, saveInput({ person: null }), NOW);
    const url = 'https://www.ceramicas-nubia.es/';
    const html = `<html><head><title>Cerámicas Nubia</title></head><body><footer>
      <a href="https://www.linkedin.com/company/ceramicas-nubia/">LinkedIn</a>
      <a href="mailto:info@ceramicas-nubia.es">info@ceramicas-nubia.es</a></footer></body></html>`;
    const { document, close } = parseHtml(html, url);
    const draft = draftFromCapture(finalizeCapture(readPage(document, new URL(url), NOW), NOW));
    close();
    expect((await findExisting(db, identityKeys(draft))).account?.key).toBe(
      'domain:ceramicas-nubia.es',
    );
  });
});
