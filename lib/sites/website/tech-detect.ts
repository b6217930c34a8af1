import type { PageScope } from './page-scope';
import { TECH_RULES, type TechRule } from './tech-rules';

/**
 * Runs the technology rules over what a page loads and declares. Bounded so a 1 MB page
 * costs a few milliseconds: at most a few hundred scripts, links, frames and forms, and a
 * fixed budget of inline-script characters, each rule's patterns run once per input.
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
  return { scripts, links, generators: [...scope.generators], inline, embeds };
}

function matches(rule: TechRule, assets: PageAssets, marked: readonly Element[]): boolean {
  const { script, link, generator, inline, embed, selector } = rule;
  if (script && assets.scripts.some((s) => script.test(s))) return true;
  if (link && assets.links.some((s) => link.test(s))) return true;
  if (generator && assets.generators.some((g) => generator.test(g))) return true;
  if (embed && assets.embeds.some((s) => embed.test(s))) return true;
  if (inline && assets.inline && inline.test(assets.inline)) return true;
  if (selector)
    return marked.some((el) => {
      try {
        return el.matches(selector);
      } catch {
        // A selector a DOM implementation does not support must not stop the reader.
        return false;
      }
    });
  return false;
}

/** Names of the technologies the page runs, in rule order. */
export function detectTechnologies(scope: PageScope, assets: PageAssets): string[] {
  const marked = scope.techMarked.slice(0, 300);
  return TECH_RULES.filter((rule) => matches(rule, assets, marked)).map((r) => r.name);
}
