import { readPage } from '../../lib/sites';

/** What the benchmark injects into a page: the readers, as they ship, behind one call. */
export function read(href: string) {
  return readPage(document, new URL(href), new Date());
}
