/**
 * A saved page cut to what a reader looks at, so that `npm run signals` parses a bounded
 * document however large the file (happy-dom holds every node, and each of the readers'
 * whole-document queries visits them all: a 9 MB page of 200,000 links took minutes and
 * gigabytes). Kept: the head, the first part of the body (header, navigation, the start
 * of the main content) and the end of the page (the footer with the company's contact
 * details) — as the readers' own walks prioritise them. Each part is bounded in bytes
 * and in tags (a list of links packs thousands of elements in a few kilobytes; the
 * readers read at most 10,000 nodes of the main content and 3,000 of the footer). The
 * cuts fall on tag boundaries; the parser closes what the cut leaves open. A page under
 * the byte bounds is left whole, so that `signals` reads ordinary pages as the extension.
 */
export const BOUND_HEAD = 256 * 1024;
export const BOUND_START = 512 * 1024;
export const BOUND_TAIL = 128 * 1024;
export const BOUND_START_TAGS = 10_000;
export const BOUND_TAIL_TAGS = 3_000;

export function boundHtml(html: string): string {
  if (html.length <= BOUND_HEAD + BOUND_START + BOUND_TAIL) return html;
  const bodyAt = html.search(/<body[\s>]/i);
  const headEnd = bodyAt >= 0 && bodyAt < BOUND_HEAD ? bodyAt : BOUND_HEAD;
  const startEnd = html.lastIndexOf('>', tagsForward(html, headEnd, BOUND_START)) + 1;
  const tailFrom = html.indexOf('<', tagsBackward(html, html.length - BOUND_TAIL));
  if (startEnd <= 0 || tailFrom < startEnd) return html.slice(0, headEnd + BOUND_START);
  return `${html.slice(0, startEnd)}\n<!-- criba: the middle of this page was not read -->\n${html.slice(tailFrom)}`;
}

/** Where the start part ends: `bytes` after `from`, or sooner after BOUND_START_TAGS tags. */
function tagsForward(html: string, from: number, bytes: number): number {
  const limit = from + bytes;
  let at = from;
  for (let n = 0; n < BOUND_START_TAGS; n++) {
    at = html.indexOf('<', at + 1);
    if (at < 0 || at >= limit) return limit;
  }
  return at;
}

/** Where the tail starts: at `floor`, or later when BOUND_TAIL_TAGS tags close the page. */
function tagsBackward(html: string, floor: number): number {
  let at = html.length;
  for (let n = 0; n < BOUND_TAIL_TAGS; n++) {
    at = html.lastIndexOf('<', at - 1);
    if (at <= floor) return floor;
  }
  return at;
}
