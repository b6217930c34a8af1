/**
 * A saved page cut to what a reader looks at, so that `npm run signals` parses a bounded
 * document however large the file (happy-dom holds every node: a 9 MB page of 200,000
 * links took minutes and gigabytes). Kept: the head, the first part of the body (header,
 * navigation, the start of the main content) and the end of the page (the footer with
 * the company's contact details) — as the readers' own walks prioritise them. The cuts
 * fall on tag boundaries; the parser closes what the cut leaves open.
 */
export const BOUND_HEAD = 256 * 1024;
export const BOUND_START = 512 * 1024;
export const BOUND_TAIL = 128 * 1024;

export function boundHtml(html: string): string {
  if (html.length <= BOUND_HEAD + BOUND_START + BOUND_TAIL) return html;
  const bodyAt = html.search(/<body[\s>]/i);
  const headEnd = bodyAt >= 0 && bodyAt < BOUND_HEAD ? bodyAt : BOUND_HEAD;
  const startEnd = html.lastIndexOf('>', headEnd + BOUND_START) + 1;
  const tailFrom = html.indexOf('<', html.length - BOUND_TAIL);
  if (startEnd <= 0 || tailFrom < startEnd) return html.slice(0, headEnd + BOUND_START);
  return `${html.slice(0, startEnd)}\n<!-- criba: the middle of this page was not read -->\n${html.slice(tailFrom)}`;
}
