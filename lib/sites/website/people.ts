import { ldIs, ldNode, ldString, type LdNode } from '../shared/json-ld';
import { insideHidden } from '../shared/hidden';
import { resolve } from './organization';

/**
 * People a company's page names as its own — a post's author, a founder — collected as
 * written (name, role) in order of trust; people-interpret.ts picks and cleans them
 * extension-side, with the team and press-contact lines of the page's text. Comments and
 * side lists (related posts, widgets, other articles' cards) name other people: never read.
 */
export interface PersonLead {
  name: string;
  role: string | null;
}

/** A byline's markup, alternatives in order of trust. */
const BYLINE = [
  '[itemprop=author] [itemprop=name]',
  '[rel~=author]',
  '[class*=author-name]',
  '[class*=byline]',
  '[itemprop=author]',
  '.author',
];
/** Where a page's own byline sits: its article, header or main content. */
const OWN = 'article,main,header';
/** Containers of other people's names: comments, side lists, other posts' cards. */
const ELSEWHERE = `aside,nav,${['comment', 'related', 'sidebar', 'widget', 'card', 'teaser'].map((w) => `[class*=${w}]`)},[id*=comment]`;
const ROLE = '[class*=role],[class*=job],[class*=cargo]';

const short = (s: string | null | undefined) =>
  s?.replace(/\s+/g, ' ').trim().slice(0, 200) || null;

export function peopleLeads(
  doc: Document,
  nodes: readonly LdNode[],
  org: LdNode | null,
): PersonLead[] {
  const leads: PersonLead[] = [];
  const add = (person: LdNode | undefined) => {
    const p = resolve(person, nodes);
    const name = short(ldString(p, 'name'));
    if (p && name && (ldIs(p, 'Person') || !p['@type']))
      leads.push({ name, role: short(ldString(p, 'jobTitle')) });
  };
  for (const n of nodes.slice(0, 50))
    if (ldIs(n, 'Article', 'BlogPosting', 'NewsArticle')) add(ldNode(n, 'author'));
  add(ldNode(org ?? undefined, 'founder'));
  // The first byline found, unless it sits in a list beside the article.
  const byline = firstByline(doc);
  const name = short(byline?.textContent);
  if (byline && name && !byline.closest(ELSEWHERE) && !insideHidden(byline)) {
    const box = byline.parentElement?.closest('[class*=author]') ?? byline.parentElement;
    leads.push({ name, role: short(box?.querySelector(ROLE)?.textContent) });
  }
  return leads.slice(0, 6);
}

/**
 * The first element, in document order, of the most trusted byline markup inside an
 * article, header or main: as `article X, main X, header X` would find it, without
 * matching those descendant selectors against every element of a large page. Only the
 * outermost containers are searched (a nested one is part of its container), each from
 * its own root (`:scope`), in document order: the first that holds a match holds the
 * page's first.
 */
function firstByline(doc: Document): Element | null {
  const outermost = Array.from(doc.querySelectorAll(OWN)).filter(
    (c) => !c.parentElement?.closest(OWN),
  );
  for (const selector of BYLINE) {
    for (const container of outermost) {
      const found = container.querySelector(`:scope ${selector}`);
      if (found) return found;
    }
  }
  return null;
}
