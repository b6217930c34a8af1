import type { SourceMethod } from '../../model/vocab';
import { attr, text } from '../shared/dom';
import { ldString, type LdNode } from '../shared/json-ld';
import { cleanCompanyName, companyMatchesDomain } from './company-name';
import type { PageScope } from './page-scope';
import { isHomePath } from './selectors';
import { textLines } from './text-lines';

export interface Found<T> {
  value: T;
  method: SourceMethod;
  confidence: number;
}

/**
 * The company's name, from the most trusted source that states one: JSON-LD, microdata,
 * `og:site_name`, the WebSite's name, `application-name`; then what the domain confirms
 * (a `<title>` part or the logo's alt that spells the domain); then the footer's ©
 * line; last, the `<title>` by convention and the logo's alt as written.
 */
export function companyName(
  doc: Document,
  page: URL,
  org: LdNode | null,
  websiteName: string | null,
  scope: PageScope,
): Found<string> | null {
  const host = page.hostname;
  const titleParts = splitTitle(doc.title ?? '');
  const logo = logoName(scope.logo);
  const candidates: [string | null, SourceMethod, number][] = [
    [ldString(org ?? undefined, 'name') ?? ldString(org ?? undefined, 'legalName'), 'json-ld', 0.9],
    [microdataName(scope.microdata), 'dom', 0.85],
    [scope.metas.get('og:site_name') ?? null, 'meta', 0.8],
    [websiteName, 'json-ld', 0.75],
    [
      scope.metas.get('application-name') ?? scope.metas.get('apple-mobile-web-app-title') ?? null,
      'meta',
      0.7,
    ],
    [titleParts.find((p) => companyMatchesDomain(p, [host])) ?? null, 'meta', 0.7],
    [logo && companyMatchesDomain(logo, [host]) ? logo : null, 'dom', 0.65],
    [copyrightName(doc, scope.footer), 'dom', 0.6],
    [conventionalTitlePart(titleParts, page), 'meta', 0.45],
    [logo, 'dom', 0.4],
  ];
  for (const [raw, method, confidence] of candidates) {
    const value = cleanCompanyName(raw);
    if (value) return { value, method, confidence };
  }
  return null;
}

function microdataName(scope: Element | null): string | null {
  if (!scope) return null;
  const el = scope.querySelector('[itemprop="name"], [itemprop="legalName"]');
  return attr(el, 'content') ?? text(el, 200);
}

/** "Contacto | Talleres Bidasoa" → ["Contacto", "Talleres Bidasoa"]. */
export function splitTitle(title: string): string[] {
  return title
    .replace(/\s+/g, ' ')
    .split(/\s+[|–—·:»-]\s+|\s*\|\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 6);
}

/**
 * With nothing to confirm it: a home page titles itself "Name | Tagline", an inner page
 * "Page | Name". A title of one part is a tagline as often as a name: not used.
 */
function conventionalTitlePart(parts: string[], page: URL): string | null {
  if (parts.length < 2) return null;
  const home = isHomePath(page.pathname);
  return (home ? parts[0] : parts[parts.length - 1]) ?? null;
}

function logoName(logo: Element | null): string | null {
  const alt = attr(logo, 'alt');
  if (!alt) return null;
  // An alt copied from the file name ("audiense_logotype_black"): words, not the name's
  // spelling, so its colour words go and the name gets a capital.
  const fileLike = /_/.test(alt) && !/\s/.test(alt);
  const name = alt
    .replace(fileLike ? /[_-]+/g : /_/g, ' ')
    .replace(/\b(?:logotipo|logotype|logo)\b(?:\s+(?:de|of|von|di|du|da))?/gi, '')
    .replace(
      fileLike
        ? /\b(?:black|white|dark|light|colou?r|horizontal|vertical|small|big|\d+x?\d*)\b/gi
        : /$^/,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  return fileLike && name ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** "© 2025 Talleres Bidasoa S.L. Todos los derechos reservados." → "Talleres Bidasoa S.L." */
export function copyrightName(doc: Document, footer: Element | null): string | null {
  const lines = footer
    ? textLines(footer, { maxNodes: 3_000, maxChars: 20_000 })
    : textLines(doc.body, { maxNodes: 20_000, maxChars: 100_000 }).slice(-40);
  for (const line of lines) {
    const name = nameAfterCopyright(line);
    if (name) return name;
  }
  return null;
}

const RIGHTS =
  /\s*(?:[|·•]|\s[-–—]\s|all rights|todos los derechos|tous droits|alle rechte|tutti i diritti|todos os direitos|derechos reservados|reservados|powered by|diseño web|desarrollado por|made with|aviso legal|política|privacy|impressum|mentions légales)/i;

export function nameAfterCopyright(line: string): string | null {
  const m =
    /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–—/]\s*(?:(?:19|20)\d{2})?\s*)?)?[,.]?\s*(.+)$/i.exec(
      line,
    );
  let rest = (m?.[1] ?? '').trim().replace(/^(?:by|por|par|von|di|da)\s+/i, '');
  if (!rest) return null;
  const cut = RIGHTS.exec(rest);
  if (cut) rest = rest.slice(0, cut.index);
  // A sentence may follow the name ("… S.L. Hecho en Irún"): stop at a full stop after a
  // word, but not after the dotted letters of a legal form (S.L., S.A.).
  const stop = /([\p{L}\d]{3,})\.\s/u.exec(rest);
  if (stop) rest = rest.slice(0, stop.index + (stop[1]?.length ?? 0));
  rest = rest.replace(/[\s,;:]+$/, '');
  if (/(?:^|\s)[\p{L}\d]{4,}\.$/u.test(rest)) rest = rest.slice(0, -1);
  return rest || null;
}
