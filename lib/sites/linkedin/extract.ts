import type { CaptureInput } from '../../model/capture';
import { CaptureBuilder } from '../capture-builder';
import type { SiteAdapter } from '../types';
import { extractCompany } from './company';
import { detectLinkedin } from './detect';
import { extractPerson } from './person';

/** LinkedIn: person profiles and company pages; other LinkedIn pages are not read. */
export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  detect: detectLinkedin,
  extract(doc: Document, url: URL, now: Date = new Date()): CaptureInput {
    const kind = detectLinkedin(url);
    try {
      if (kind === 'linkedin-profile') return extractPerson(doc, url, now);
      if (kind === 'linkedin-company') return extractCompany(doc, url, now);
    } catch {
      const surface = kind === 'linkedin-company' ? 'linkedin-company' : 'linkedin-profile';
      return new CaptureBuilder(surface, url.href, now).note('reader-error').build('no_signals');
    }
    return new CaptureBuilder('unknown', url.href, now)
      .note('linkedin-page-not-read')
      .build('no_signals');
  },
};
