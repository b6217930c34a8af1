import { CaptureBuilder } from './capture-builder';
import type { SiteAdapter } from './types';

/** A toy adapter for reader tests: the page is read (ok) once an h1 is on it. */
export const h1Adapter: SiteAdapter = {
  id: 'linkedin',
  detect: () => 'linkedin-profile',
  extract(doc, url, now) {
    const b = new CaptureBuilder('linkedin-profile', url.href, now);
    b.person('name', doc.querySelector('h1')?.textContent ?? null, 'dom');
    return b.build(b.size ? 'ok' : 'layout_changed');
  },
};
