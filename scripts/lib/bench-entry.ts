import { finalizeCapture, readPage } from '../../lib/sites';

/**
 * What the benchmark injects into a page: a full reading as the extension does it —
 * the reader in the page, then finalizeCapture (validation, domain, title rules,
 * technology rules, prose) that runs in the background — behind one call.
 */
export function read(href: string) {
  const now = new Date();
  return finalizeCapture(readPage(document, new URL(href), now), now);
}
