import { attr, text } from '../shared/dom';
import { isFollowerCount, parseSizeBand, type SizeBand } from './company-size';
import { COMPANY } from './company-selectors';
import { allOwn, firstOwn, outboundUrl } from './company-dom';

/** What the top card (logged in or out) shows. */
export interface TopCard {
  h1: Element | null;
  name: string | null;
  logoName: string | null;
  tagline: string | null;
  industry: string | null;
  location: string | null;
  band: SizeBand | null;
  website: string | null;
}

/** The page's own name heading: never one inside a side list. */
export function ownHeading(doc: Document): Element | null {
  return firstOwn(doc, [...COMPANY.nameLoggedIn, ...COMPANY.nameLoggedOut]);
}

export function readTopCard(doc: Document, base: URL, h1: Element | null): TopCard {
  const name = attr(h1, 'title') ?? text(h1, 300);
  const logoAlt = attr(firstOwn(doc, COMPANY.logo), 'alt');
  const logoName = logoAlt
    ? logoAlt
        .replace(/^logotipo de\s+/i, '')
        .replace(/\s+(logo|logotipo)$/i, '')
        .trim() || null
    : null;

  const card: TopCard = {
    h1,
    name,
    logoName: logoName && logoName !== logoAlt ? logoName : null,
    tagline: text(firstOwn(doc, COMPANY.tagline), 500),
    industry: null,
    location: null,
    band: null,
    website: null,
  };
  classifyInfoItems(doc, card);

  for (const a of allOwn(doc, COMPANY.visitWebsite, 3)) {
    card.website = outboundUrl(attr(a, 'href'), base);
    if (card.website) break;
  }
  return card;
}

/**
 * The info items' order varies between accounts and years, so each is read by what it
 * says: a size band, a follower or member count (skipped), a place, else the industry.
 */
function classifyInfoItems(doc: Document, card: TopCard): void {
  const items = allOwn(doc, COMPANY.infoItems, 20).filter(
    // Items are sometimes nested; read only the innermost.
    (el) => !el.querySelector(COMPANY.infoItems.join(', ')),
  );
  const rest: string[] = [];
  for (const el of items) {
    const t = text(el, 200);
    if (!t) continue;
    const band = parseSizeBand(t);
    if (band) {
      card.band ??= band;
      continue;
    }
    if (isFollowerCount(t) || /\b(employees?|empleados?|members?|miembros?)\b/i.test(t)) continue;
    if (/\d{2,}/.test(t) && !/,/.test(t)) continue;
    if (looksLikePlace(t)) card.location ??= t;
    else rest.push(t);
  }
  // One unplaced item is the industry; among several, only one that reads like an industry.
  card.industry =
    rest.length === 1 ? (rest[0] ?? null) : (rest.find((t) => INDUSTRY_WORD.test(t)) ?? null);
}

const INDUSTRY_WORD =
  /\b(services?|servicios?|development|desarrollo|manufacturing|fabricaci[oó]n|engineering|ingenier[ií]a|software|consulting|consultor[ií]a|technology|tecnolog[ií]a|information|informaci[oó]n|retail|wholesale|comercio|construction|construcci[oó]n|health|salud|education|educaci[oó]n|financial|financieros?|banking|banca|insurance|seguros|logistics|log[ií]stica|transport(ation)?|transporte|marketing|advertising|publicidad|food|alimentaci[oó]n|alimentos|farming|agricultura|energy|energ[ií]a|utilities|real estate|inmobiliari[oa]|legal|hospitality|hosteler[ií]a|media|medios|telecommunications|telecomunicaciones|automotive|automoci[oó]n|machinery|maquinaria|chemical|qu[ií]mica|pharmaceutical|farmac[eé]utica|industrial|internet|staffing|recruiting|selecci[oó]n)\b/i;

/**
 * Whether a top-card item is recognisably a place ("City, Region[, Country]"). Table-free
 * on purpose: country names are resolved extension-side (lib/identity/country.ts).
 */
export function looksLikePlace(input: string): boolean {
  const parts = input.split(',').map((p) => p.trim());
  // "Technology, Information and Internet" is an industry: places carry no conjunctions.
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((p) => /^[\p{Lu}\d]/u.test(p) && p.length <= 40) &&
    !/\s(and|y|e|&|or|o)\s/i.test(input)
  );
}
