/**
 * Whether an element is rendered. A page can plant facts in text nobody sees — a phone, a
 * headcount, another company's LinkedIn page — so readers take facts only from what a
 * visitor could read.
 *
 * Everywhere, the markup itself is judged: the `hidden` attribute, `aria-hidden`
 * decorations (for text) and inline styles that hide (display:none, visibility:hidden,
 * opacity:0, a zero-size clipped box, an element pushed thousands of pixels off screen).
 * In a browser tab, where layout exists, the computed result is judged too: stylesheet
 * rules (`checkVisibility`), a box of at most one pixel that clips its content, a box
 * entirely off the page. `npm run signals` (happy-dom, no layout) keeps the markup rules.
 */

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?:\.0+)?)\s*(?:!important\s*)?(?:;|$)/i;
const OFF_SCREEN =
  /(?:^|;)\s*(?:left|top|right|text-indent|margin-left)\s*:\s*-\d{4,}(?:\.\d+)?(?:px|em|rem)?/i;
const ZERO_BOX = /(?:^|;)\s*(?:max-)?(?:height|width)\s*:\s*0(?:px)?\s*(?:!important\s*)?(?:;|$)/i;
const CLIPPED = /overflow\s*:\s*hidden/i;

/** Hidden by its own attributes or inline style (ancestors not considered). */
export function hiddenByMarkup(el: Element, decorations = false): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (decorations && el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  return (
    HIDING_STYLE.test(style) ||
    OFF_SCREEN.test(style) ||
    (ZERO_BOX.test(style) && CLIPPED.test(style))
  );
}

const layoutOf = new WeakMap<Document, boolean>();

/**
 * A real layout: `checkVisibility` exists and the root has a width. happy-dom has the
 * method but lays nothing out (every box is 0×0); linkedom has neither.
 */
function hasLayout(doc: Document): boolean {
  let known = layoutOf.get(doc);
  if (known === undefined) {
    const root = doc.documentElement as Element | null;
    known = typeof root?.checkVisibility === 'function' && root.getBoundingClientRect().width > 0;
    layoutOf.set(doc, known);
  }
  return known;
}

/**
 * Hidden by what the browser computed: styles of the element and its ancestors
 * (`checkVisibility`), a box of at most one pixel that clips what it holds (the "visually
 * hidden" pattern), a box entirely before the page's origin (where nobody can scroll) or
 * more than a thousand pixels right of the viewport.
 */
function hiddenByLayout(el: Element): boolean {
  if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }))
    // `display: contents` has no box of its own, yet its children are rendered.
    return getComputedStyle(el).display !== 'contents';
  const r = el.getBoundingClientRect();
  const { scrollX: x, scrollY: y } = el.ownerDocument.defaultView ?? { scrollX: 0, scrollY: 0 };
  return (
    tinyClip(el, r) ||
    (r.width + r.height > 0 &&
      (r.right + x <= 0 || r.bottom + y <= 0 || r.left >= innerWidth + 1000))
  );
}

function tinyClip(el: Element, r = el.getBoundingClientRect()): boolean {
  return r.width <= 1 && r.height <= 1 && getComputedStyle(el).overflow !== 'visible';
}

/** Not rendered: by markup anywhere, by layout where there is one. */
export function notRendered(el: Element, decorations = false): boolean {
  return hiddenByMarkup(el, decorations) || (hasLayout(el.ownerDocument) && hiddenByLayout(el));
}

const MAX_DEPTH = 80;

/**
 * True when the element or one of its ancestors is hidden by markup or, in a tab, by
 * layout (checkVisibility covers the ancestors' styles; a clipping ancestor is checked).
 */
export function insideHidden(el: Element): boolean {
  const layout = hasLayout(el.ownerDocument);
  if (layout && hiddenByLayout(el)) return true;
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    if (hiddenByMarkup(node) || (layout && node !== el && tinyClip(node))) return true;
    node = node.parentElement;
  }
  return false;
}
