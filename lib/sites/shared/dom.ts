/** Small read-only DOM helpers for readers. None of them changes the document. */

/** Visible-ish text of an element with whitespace folded; null when empty. */
export function text(el: Element | null | undefined, max = 1000): string | null {
  if (!el) return null;
  const s = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : null;
}

/** First element matching any selector, tried in order (selectors.ts lists fallbacks). */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // An invalid selector in a fallback list must not break the reader.
    }
  }
  return null;
}

export function attr(el: Element | null | undefined, name: string): string | null {
  const v = el?.getAttribute(name);
  return v && v.trim() ? v.trim() : null;
}

/** `<meta property|name="key" content>` value. */
export function meta(doc: Document, key: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta')).slice(0, 400)) {
    if (el.getAttribute('property') === key || el.getAttribute('name') === key) {
      const c = el.getAttribute('content');
      if (c && c.trim()) return c.trim();
    }
  }
  return null;
}

/** Resolves an href against the page URL; null for non-http(s) or invalid links. */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
