import type { CaptureInput } from '../model/capture';
import type { SiteAdapter } from './types';
import { SITES, type SiteId } from './registry';
import { linkedinAdapter } from './linkedin/extract';
import { gmailAdapter } from './gmail/extract';
import { websiteAdapter } from './website/extract';

const ADAPTER_OF: Readonly<Record<SiteId, SiteAdapter>> = {
  linkedin: linkedinAdapter,
  gmail: gmailAdapter,
  website: websiteAdapter,
};

/** In the registry's order: specific sites first; the website adapter takes any other page. */
export const ADAPTERS: readonly SiteAdapter[] = SITES.map((site) => ADAPTER_OF[site.id]);

export function adapterFor(url: URL): SiteAdapter | null {
  return ADAPTERS.find((a) => a.detect(url) !== null) ?? null;
}

/** Runs the right adapter on a document. Never throws. */
export function readPage(doc: Document, url: URL, now: Date = new Date()): CaptureInput {
  const adapter = adapterFor(url);
  const capturedAt = now.toISOString();
  if (!adapter)
    return {
      surface: 'unknown',
      status: 'no_signals',
      url: url.href,
      capturedAt,
      signals: [],
      notes: ['unsupported-url'],
    };
  try {
    return adapter.extract(doc, url, now);
  } catch {
    return {
      surface: 'unknown',
      status: 'no_signals',
      url: url.href,
      capturedAt,
      signals: [],
      notes: ['reader-error'],
    };
  }
}

export { finalizeCapture } from './finalize';
export { personFacts, companyFacts, signalsReport } from './facts';
export type { SiteAdapter, PageKind } from './types';
