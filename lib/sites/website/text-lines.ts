import { notRendered } from '../shared/hidden';

/**
 * Text of a subtree split into the lines a reader would see: block elements and `<br>`
 * end a line; what is not rendered and `aria-hidden` decorations are not read
 * (shared/hidden.ts). Read-only and bounded (an explicit stack, a node budget and a character
 * budget) so a deep or huge tree cannot make a reader slow or overflow the call stack.
 */

const ELEMENT = 1;
const TEXT = 3;

/** Block elements (and `<br>`, `<hr>`): each ends a line. A pattern costs the bundle less than a set. */
const BLOCK_TAGS =
  /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|D[DLT]|DIV|FIG(?:CAPTION|URE)|FOOTER|FORM|H[1-6R]|HEADER|LI|MAIN|NAV|OL|P|PRE|SECTION|T(?:ABLE|BODY|[DHR]|HEAD)|UL)$/;

/** Never read as text: code, styles, embedded documents and form controls. */
const SKIPPED_TAGS =
  /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|IFRAME|OBJECT|HEAD|TEXTAREA|SELECT|BUTTON)$/;

export interface TextLinesOptions {
  /** Subtrees to leave out (quoted mail, hidden parts). */
  skip?: (el: Element) => boolean;
  maxNodes?: number;
  maxChars?: number;
  maxLines?: number;
}

export function textLines(root: Node | null | undefined, options: TextLinesOptions = {}): string[] {
  if (!root) return [];
  const { skip, maxNodes = 20_000, maxChars = 100_000, maxLines = 2_000 } = options;
  const lines: string[] = [];
  let current = '';
  let chars = 0;
  let visited = 0;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line && lines.length < maxLines) lines.push(line.slice(0, 1000));
    current = '';
  };
  // `null` marks the end of a block element: the line it was building ends there.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0 && visited < maxNodes && chars < maxChars) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (!node) continue;
    visited++;
    if (node.nodeType === TEXT) {
      const value = (node.nodeValue ?? '').slice(0, maxChars - chars);
      chars += value.length;
      current += value;
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const el = node as Element;
    const tag = node.nodeType === ELEMENT ? el.tagName.toUpperCase() : '';
    if (node !== root && (SKIPPED_TAGS.test(tag) || notRendered(el, true) || (skip && skip(el))))
      continue;
    const block = BLOCK_TAGS.test(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = Math.min(children.length, 5_000) - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  flush();
  return lines;
}

/** Lower-case letters and digits only, accents folded: for loose name comparisons. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
