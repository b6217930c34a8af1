import type { Evidence } from '../model/score';
import { DEPARTMENTS, type Department } from '../model/vocab';
import { fold, hasPhrase } from '../icp/fold';
import { HOOK_KINDS } from '../icp/hook-kinds';
import { criterionPhrases, evaluateCriterion } from '../scoring/criteria';
import { signalEvidence } from '../scoring/evidence';
import { factList, factNumber, factString, foldedItems } from '../scoring/facts';
import { answerHooks } from './answer-hooks';
import { makeHook as hook, type Hook, type HookInput } from './hook';

/** News that reads as a new place: an office, a market, an opening. */
const LOCATION_WORDS = [
  'new office',
  'opens',
  'opened',
  'opening',
  'expands to',
  'expansion',
  'launches in',
  'nueva oficina',
  'nueva sede',
  'abre',
  'inaugura',
  'expansion a',
  'se expande',
  'desembarca',
  'llega a',
].map(fold);

const YOUNG_COMPANY_YEARS = 6;
const PAIN_MAX = 160;

function companyHooks(input: HookInput, out: Hook[]): void {
  const { company } = input.facts;
  const roles = factList(company.hiringRoles);
  if (roles && company.hiringRoles) {
    const ev = signalEvidence('company', 'hiringRoles', company.hiringRoles);
    out.push(hook({ kind: 'hiring-role', roles: roles.slice(0, 2) }, [ev], roles.join(' ')));
  } else if (company.hiring?.value === true) {
    out.push(
      hook(
        { kind: 'hiring-active' },
        [signalEvidence('company', 'hiring', company.hiring)],
        'hiring',
      ),
    );
  }

  const growth = factNumber(company.headcountGrowth);
  const openRoles = roles && roles.length >= 3 ? roles.length : null;
  if ((growth !== null && growth > 0) || openRoles !== null) {
    const ev: Evidence[] = [];
    if (growth !== null && company.headcountGrowth)
      ev.push(signalEvidence('company', 'headcountGrowth', company.headcountGrowth));
    if (openRoles !== null && company.hiringRoles)
      ev.push(signalEvidence('company', 'hiringRoles', company.hiringRoles));
    out.push(
      hook(
        {
          kind: 'headcount-growth',
          openRoles,
          growthPct: growth !== null && growth > 0 ? growth : null,
        },
        ev,
        'growth hiring',
      ),
    );
  }

  const events = factList(company.events) ?? [];
  const foldedEvents = company.events ? foldedItems(company.events) : [];
  const place = events.find((_, i) =>
    LOCATION_WORDS.some((w) => hasPhrase(foldedEvents[i] ?? '', w)),
  );
  const news = events.find((e) => e !== place);
  if (place && company.events)
    out.push(
      hook(
        { kind: 'new-location', event: place },
        [signalEvidence('company', 'events', company.events)],
        place,
      ),
    );
  if (news && company.events)
    out.push(
      hook(
        { kind: 'recent-change', event: news },
        [signalEvidence('company', 'events', company.events)],
        news,
      ),
    );

  const min = factNumber(company.employeesMin);
  const max = factNumber(company.employeesMax);
  const foundedRaw = factNumber(company.founded);
  const founded =
    foundedRaw !== null &&
    input.now.getUTCFullYear() - foundedRaw <= YOUNG_COMPANY_YEARS &&
    foundedRaw <= input.now.getUTCFullYear()
      ? foundedRaw
      : null;
  if (min !== null || max !== null || founded !== null) {
    const ev: Evidence[] = [];
    if (min !== null && company.employeesMin)
      ev.push(signalEvidence('company', 'employeesMin', company.employeesMin));
    if (max !== null && company.employeesMax)
      ev.push(signalEvidence('company', 'employeesMax', company.employeesMax));
    if (founded !== null && company.founded)
      ev.push(signalEvidence('company', 'founded', company.founded));
    out.push(hook({ kind: 'size-stage', min, max, founded }, ev, 'size team stage'));
  }
}

/** Hooks that come from comparing the facts with the ICP's own criteria. */
function icpHooks(input: HookInput, out: Hook[]): void {
  const { company } = input.facts;
  const tech = factList(company.tech) ?? [];
  const folded = company.tech ? foldedItems(company.tech) : [];
  for (const c of input.icp.criteria) {
    if (c.kind === 'tech' && company.tech && tech.length) {
      const status = evaluateCriterion(c, input.facts).status;
      const wanted = criterionPhrases(c);
      const hit = tech.find((_, i) => wanted.some((w) => hasPhrase(folded[i] ?? '', w)));
      const ev = [signalEvidence('company', 'tech', company.tech)];
      if (c.params.mode === 'any' && status === 'met' && hit)
        out.push(hook({ kind: 'tech-fit', tech: hit }, ev, tech.join(' ')));
      if (c.params.mode === 'none' && status === 'met')
        out.push(
          hook(
            { kind: 'tech-gap', uses: tech.slice(0, 3), missing: c.params.values.slice(0, 2) },
            ev,
            tech.join(' '),
          ),
        );
      if (c.params.mode === 'none' && status === 'unmet' && hit)
        out.push(hook({ kind: 'competitor-switch', tech: hit }, ev, hit));
    }
    if (c.kind === 'industry' && company.industry) {
      const industry = factString(company.industry);
      if (industry && evaluateCriterion(c, input.facts).status === 'met')
        out.push(
          hook(
            { kind: 'industry-proof', industry },
            [signalEvidence('company', 'industry', company.industry)],
            industry,
          ),
        );
    }
  }
}

function personHooks(input: HookInput, out: Hook[]): void {
  const { person } = input.facts;
  const title = factString(person.title);
  const dept = factString(person.department);
  const department = DEPARTMENTS.includes(dept as Department) ? (dept as Department) : null;
  if (title || department) {
    const ev: Evidence[] = [];
    if (title && person.title) ev.push(signalEvidence('person', 'title', person.title));
    if (department && person.department)
      ev.push(signalEvidence('person', 'department', person.department));
    out.push(
      hook(
        { kind: 'role-department', title, department },
        ev,
        `${title ?? ''} ${department ?? ''}`,
      ),
    );
  }
  const pain = input.pain
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?…;:,]+$/, '');
  if (pain) {
    const cut = pain.length > PAIN_MAX ? `${pain.slice(0, PAIN_MAX - 1).trimEnd()}…` : pain;
    out.push(
      hook(
        { kind: 'recorded-pain', pain: cut },
        [{ kind: 'answer', field: 'pain', value: pain.slice(0, 500) }],
        pain,
      ),
    );
  }
}

function byStrength(a: Hook, b: Hook): number {
  return b.strength - a.strength || HOOK_KINDS.indexOf(a.kind) - HOOK_KINDS.indexOf(b.kind);
}

/** Every hook the evidence supports, strongest first (ties in HOOK_KINDS order). */
export function findHooks(input: HookInput): Hook[] {
  const out: Hook[] = [];
  personHooks(input, out);
  answerHooks(input, out);
  companyHooks(input, out);
  icpHooks(input, out);
  out.sort(byStrength);
  // Several criteria can yield the same kind (two industry lists): one of each is enough.
  const seen = new Set<string>();
  return out.filter((h) => !seen.has(h.kind) && seen.add(h.kind));
}
