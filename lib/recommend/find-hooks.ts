import type { Evidence } from '../model/score';
import { DEPARTMENTS, type Department } from '../model/vocab';
import { fold, hasPhrase } from '../icp/fold';
import { HOOK_KINDS } from '../icp/hook-kinds';
import type { Criterion } from '../icp/icp-schema';
import { evaluateCriterion, techNamed, type CriterionStatus } from '../scoring/criteria';
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

function companyHooks(input: HookInput, out: Hook[]): void {
  const { company } = input.facts;
  const roles = factList(company.hiringRoles);
  const hiringRoles = company.hiringRoles;
  const hiring = company.hiring;
  if (roles && hiringRoles) {
    out.push(
      hook(
        { kind: 'hiring-role', roles: roles.slice(0, 2) },
        () => [signalEvidence('company', 'hiringRoles', hiringRoles)],
        () => roles.join(' '),
      ),
    );
  } else if (hiring?.value === true) {
    out.push(
      hook(
        { kind: 'hiring-active' },
        () => [signalEvidence('company', 'hiring', hiring)],
        'hiring',
      ),
    );
  }

  const growth = factNumber(company.headcountGrowth);
  const openRoles = roles && roles.length >= 3 ? roles.length : null;
  if ((growth !== null && growth > 0) || openRoles !== null) {
    const headcountGrowth = company.headcountGrowth;
    const evidence = () => {
      const ev: Evidence[] = [];
      if (growth !== null && headcountGrowth)
        ev.push(signalEvidence('company', 'headcountGrowth', headcountGrowth));
      if (openRoles !== null && hiringRoles)
        ev.push(signalEvidence('company', 'hiringRoles', hiringRoles));
      return ev;
    };
    out.push(
      hook(
        {
          kind: 'headcount-growth',
          openRoles,
          growthPct: growth !== null && growth > 0 ? growth : null,
        },
        evidence,
        'growth hiring',
      ),
    );
  }

  const eventsFact = company.events;
  if (eventsFact) {
    const events = factList(eventsFact) ?? [];
    const foldedEvents = foldedItems(eventsFact);
    const place = events.find((_, i) =>
      LOCATION_WORDS.some((w) => hasPhrase(foldedEvents[i] ?? '', w)),
    );
    const news = events.find((e) => e !== place);
    const evidence = () => [signalEvidence('company', 'events', eventsFact)];
    if (place) out.push(hook({ kind: 'new-location', event: place }, evidence, place));
    if (news) out.push(hook({ kind: 'recent-change', event: news }, evidence, news));
  }

  // A headcount outside the ICP's range is no stage to speak of ("at the size where
  // improvised processes start to fail" said to a 5,000-person retailer).
  const sizeOff = input.icp.criteria.some(
    (c) => c.kind === 'size' && criterionStatus(input, c) === 'unmet',
  );
  const min = sizeOff ? null : factNumber(company.employeesMin);
  const max = sizeOff ? null : factNumber(company.employeesMax);
  const foundedRaw = factNumber(company.founded);
  const founded =
    foundedRaw !== null &&
    input.now.getUTCFullYear() - foundedRaw <= YOUNG_COMPANY_YEARS &&
    foundedRaw <= input.now.getUTCFullYear()
      ? foundedRaw
      : null;
  if (min !== null || max !== null || founded !== null) {
    const { employeesMin, employeesMax, founded: foundedFact } = company;
    const evidence = () => {
      const ev: Evidence[] = [];
      if (min !== null && employeesMin)
        ev.push(signalEvidence('company', 'employeesMin', employeesMin));
      if (max !== null && employeesMax)
        ev.push(signalEvidence('company', 'employeesMax', employeesMax));
      if (founded !== null && foundedFact)
        ev.push(signalEvidence('company', 'founded', foundedFact));
      return ev;
    };
    out.push(hook({ kind: 'size-stage', min, max, founded }, evidence, 'size team stage'));
  }
}

/**
 * A criterion's status for these facts: the score's line for it when the score is given (it
 * evaluated the same facts against the same ICP), else evaluated here.
 */
export function criterionStatus(input: HookInput, c: Criterion): CriterionStatus {
  const line = input.score?.criteria[c.id];
  return line ? (line.status as CriterionStatus) : evaluateCriterion(c, input.facts).status;
}

/** Hooks that come from comparing the facts with the ICP's own criteria. */
function icpHooks(input: HookInput, out: Hook[]): void {
  const { company } = input.facts;
  const techFact = company.tech;
  const industryFact = company.industry;
  const tech = factList(techFact) ?? [];
  const techEvidence = () => (techFact ? [signalEvidence('company', 'tech', techFact)] : []);
  const techTerms = () => tech.join(' ');
  for (const c of input.icp.criteria) {
    if (c.kind === 'tech' && techFact && tech.length) {
      const status = criterionStatus(input, c);
      const hit = techNamed(c, input.facts);
      if (c.params.mode === 'any' && status === 'met' && hit)
        out.push(hook({ kind: 'tech-fit', tech: hit }, techEvidence, techTerms));
      if (c.params.mode === 'none' && status === 'met')
        out.push(hook({ kind: 'tech-gap', uses: tech.slice(0, 3) }, techEvidence, techTerms));
      if (c.params.mode === 'none' && status === 'unmet' && hit)
        out.push(hook({ kind: 'competitor-switch', tech: hit }, techEvidence, hit));
    }
    if (c.kind === 'industry' && industryFact) {
      const industry = factString(industryFact);
      if (industry && criterionStatus(input, c) === 'met')
        out.push(
          hook(
            { kind: 'industry-proof', industry },
            () => [signalEvidence('company', 'industry', industryFact)],
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
    const { title: titleFact, department: departmentFact } = person;
    const evidence = () => {
      const ev: Evidence[] = [];
      if (title && titleFact) ev.push(signalEvidence('person', 'title', titleFact));
      if (department && departmentFact)
        ev.push(signalEvidence('person', 'department', departmentFact));
      return ev;
    };
    out.push(
      hook(
        { kind: 'role-department', title, department },
        evidence,
        () => `${title ?? ''} ${department ?? ''}`,
      ),
    );
  }
  const pain = input.pain.replace(/\s+/g, ' ').trim();
  // The note is the rep's, often about the prospect in the third person: the hook stands
  // for the problem it matched and the opener never quotes it.
  if (pain && input.painMatched)
    out.push(
      hook(
        { kind: 'recorded-pain' },
        () => [{ kind: 'answer', field: 'pain', value: pain.slice(0, 500) }],
        pain,
      ),
    );
}

const KIND_RANK = new Map<string, number>(HOOK_KINDS.map((k, i) => [k, i]));
function byStrength(a: Hook, b: Hook): number {
  return b.strength - a.strength || (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0);
}

/** Every hook the evidence supports, strongest first (ties in HOOK_KINDS order). */
export function findHooks(input: HookInput): Hook[] {
  const found: Hook[] = [];
  personHooks(input, found);
  answerHooks(input, found);
  companyHooks(input, found);
  icpHooks(input, found);
  // A dozen hooks at most: an insertion sort in place (stable, like Array#sort) allocates
  // nothing, where the built-in sort copies the array first.
  for (let i = 1; i < found.length; i++) {
    const h = found[i] as Hook;
    let j = i - 1;
    for (; j >= 0 && byStrength(found[j] as Hook, h) > 0; j--) found[j + 1] = found[j] as Hook;
    found[j + 1] = h;
  }
  // Several criteria can yield the same kind (two industry lists): one of each is enough.
  const out: Hook[] = [];
  for (const h of found) if (!out.some((o) => o.kind === h.kind)) out.push(h);
  return out;
}
