/**
 * Whether an element is rendered, judged from what the markup itself says: the `hidden`
 * attribute and inline styles that hide (display:none, visibility:hidden, opacity:0, a
 * zero-size clipped box, an element pushed thousands of pixels off screen). A page can
 * plant facts in text nobody sees — a phone, a headcount, another company's LinkedIn page —
 * so readers take facts only from what a visitor could read. Stylesheets are not consulted:
 * the same rules hold in the content script and in `npm run signals`, which has no layout.
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

const MAX_DEPTH = 80;

/** True when the element or one of its ancestors is hidden by markup. */
export function insideHidden(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    if (hiddenByMarkup(node)) return true;
    node = node.parentElement;
  }
  return false;
}
