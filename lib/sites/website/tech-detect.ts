import type { PageScope } from './page-scope';
import { pageMarkers, type TechMarker } from './tech-markers';

/**
 * What a page loads and declares — the evidence the technology rules run on, collected in
 * the page and matched extension-side (tech-match.ts, from finalizeCapture) so the rule
 * set stays out of the content script. Bounded so a 1 MB page costs a few milliseconds:
 * at most a few hundred scripts, links, frames and forms, and a fixed budget of
 * inline-script characters. Never stored: finalizeCapture drops it after matching.
 */
const MAX_ELEMENTS = 300;
const MAX_INLINE_CHARS = 200_000;
const MAX_INLINE_PER_SCRIPT = 20_000;

/** Script types that hold code; JSON-LD, templates and JSON data never count as running. */
const CODE_TYPES =
  /^(?:|text\/javascript|application\/javascript|module|text\/ecmascript|application\/ecmascript)$/i;

export interface PageAssets {
  scripts: string[];
  links: string[];
  generators: string[];
  inline: string;
  embeds: string[];
  markers: TechMarker[];
}

export function pageAssets(scope: PageScope, page: URL): PageAssets {
  const resolve = (raw: string | null): string | null => {
    if (!raw) return null;
    try {
      return new URL(raw.trim().slice(0, 2_000), page).href;
    } catch {
      return null;
    }
  };
  const scripts: string[] = [];
  let inline = '';
  for (const s of scope.scripts.slice(0, MAX_ELEMENTS)) {
    const src = s.getAttribute('src');
    if (src) {
      const u = resolve(src);
      if (u) scripts.push(u);
      continue;
    }
    if (!CODE_TYPES.test((s.getAttribute('type') ?? '').trim())) continue;
    if (inline.length >= MAX_INLINE_CHARS) continue;
    const code = (s.textContent ?? '').slice(0, MAX_INLINE_PER_SCRIPT);
    inline += `${code.slice(0, MAX_INLINE_CHARS - inline.length)}\n`;
  }
  const links: string[] = [];
  for (const l of scope.stylesheets.slice(0, MAX_ELEMENTS)) {
    const rel = (l.getAttribute('rel') ?? '').toLowerCase();
    if (!/\b(?:stylesheet|preload|modulepreload)\b/.test(rel)) continue;
    const u = resolve(l.getAttribute('href'));
    if (u) links.push(u);
  }
  const embeds: string[] = [];
  for (const el of scope.embeds.slice(0, MAX_ELEMENTS)) {
    const u = resolve(el.getAttribute('src') ?? el.getAttribute('action'));
    if (u) embeds.push(u);
  }
  const markers = pageMarkers(scope.techMarked);
  return { scripts, links, generators: [...scope.generators], inline, embeds, markers };
}
