import type { PageAssets } from './tech-detect';
import { TECH_MARKERS, type TechMarker } from './tech-markers';
import { TECH_RULES, type TechRule } from './tech-rules';

/**
 * The technology rules, run extension-side (finalizeCapture) over the evidence a website
 * reader collected in the page. Each rule's patterns run once per input.
 */
function matches(rule: TechRule, assets: PageAssets): boolean {
  const { script, link, generator, inline, embed, marker } = rule;
  if (script && assets.scripts.some((s) => script.test(s))) return true;
  if (link && assets.links.some((s) => link.test(s))) return true;
  if (generator && assets.generators.some((g) => generator.test(g))) return true;
  if (embed && assets.embeds.some((s) => embed.test(s))) return true;
  if (inline && assets.inline && inline.test(assets.inline)) return true;
  return !!marker && assets.markers.includes(marker);
}

/** Names of the technologies the page runs, in rule order. */
export function matchTechnologies(assets: PageAssets): string[] {
  return TECH_RULES.filter((rule) => matches(rule, assets)).map((r) => r.name);
}

const strings = (v: unknown, max: number, each: number): string[] =>
  Array.isArray(v)
    ? v
        .slice(0, max)
        .filter((x): x is string => typeof x === 'string')
        .map((x) => x.slice(0, each))
    : [];

/**
 * Page evidence as received from a reader (untrusted: it crossed a message boundary),
 * bounded and typed; null when absent or malformed.
 */
export function readPageAssets(raw: unknown): PageAssets | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  const markerIds = Object.keys(TECH_MARKERS);
  return {
    scripts: strings(o.scripts, 300, 2_000),
    links: strings(o.links, 300, 2_000),
    generators: strings(o.generators, 10, 300),
    inline: typeof o.inline === 'string' ? o.inline.slice(0, 200_000) : '',
    embeds: strings(o.embeds, 300, 2_000),
    markers: strings(o.markers, 20, 40).filter((m): m is TechMarker => markerIds.includes(m)),
  };
}
