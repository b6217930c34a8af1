import { text } from '../shared/dom';

/** `"(12) Ana Ruiz | LinkedIn"` -> `"Ana Ruiz"`; `"(99+) Acme: About | LinkedIn"` -> `"Acme"`. */
export function cleanLinkedinTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const s = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s*[|·–-]\s*LinkedIn\s*$/i, '')
    .replace(
      /:\s*(About|Overview|People|Jobs|Posts|Life|Acerca de|Información|Personas|Empleos|Publicaciones)\s*$/i,
      '',
    )
    .trim();
  return s && !/^linkedin$/i.test(s) ? s : null;
}

/**
 * Text of an element reading one copy of LinkedIn's doubled spans: when the element has
 * `span[aria-hidden=true]` children, their text; else its own text.
 */
export function visibleText(el: Element | null | undefined, max = 500): string | null {
  if (!el) return null;
  const hidden = el.querySelector('span[aria-hidden="true"]');
  return text(hidden ?? el, max);
}

/** Parses the HTML-escaped JSON of a `<code id="bpr-guid-N">` block; null when malformed. */
export function parseCodeBlock(el: Element): unknown {
  const raw = (el.textContent ?? '').trim();
  if (!raw || raw.length > 2_000_000 || (raw[0] !== '{' && raw[0] !== '[')) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Objects of a parsed first-render block (its `included` list or the object itself). */
export function includedObjects(data: unknown): Record<string, unknown>[] {
  if (!data || typeof data !== 'object') return [];
  const root = data as Record<string, unknown>;
  const list = Array.isArray(root.included) ? root.included : Array.isArray(data) ? data : [root];
  return list
    .slice(0, 2000)
    .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x));
}

export const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : null;

/**
 * LinkedIn's bot-check interstitial: an empty body that refreshes to the home page. It
 * shows nothing to read, which is not a changed layout.
 */
export function isRedirectStub(doc: Document): boolean {
  const refresh = doc.querySelector('meta[http-equiv="refresh"], meta[http-equiv="Refresh"]');
  return !!refresh && !doc.body?.textContent?.trim();
}
