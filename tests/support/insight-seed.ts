import { toListRow, type ListRow } from '../../lib/db/list-row';
import type { Account, Contact, FieldValue, Prospect } from '../../lib/model/records';
import type { Score } from '../../lib/model/score';
import type { OpenStage } from '../../lib/model/stage';
import type { LostReason, ProspectStatus, Surface } from '../../lib/model/vocab';
import { prng } from '../../scripts/lib/prng';

/**
 * Invented prospects with outcomes that behave like a real pipeline: better grades win
 * more, poorer ones need discounts, some deals wait for months. Deterministic (a seeded
 * generator), so the e2e spec can count what it expects. The insights bench writes only
 * the rows of 100,000 of these; the e2e spec stores the full records too.
 */
const FIRST = ['Ana', 'Jon', 'María', 'Pau', 'Lucía', 'Sofía', 'Iker', 'Nerea', 'Marc', 'Laia'];
const LAST = ['Pérez', 'García', 'Etxeberria', 'Soler', 'Núñez', 'Ibáñez', 'Riera', 'Castillo'];
const SECTORS = ['Cerámicas', 'Logística', 'Ópticas', 'Textil', 'Software', 'Conservas'];
const SURFACES: Surface[] = ['linkedin-profile', 'gmail-thread', 'website', 'linkedin-company'];
const GRADES = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'D3'];
const CRITERIA = ['industry', 'size', 'territory', 'decision-maker', 'hiring'];
const LOST: LostReason[] = ['price', 'competitor', 'no_budget', 'timing', 'fit'];
const DAY = 86_400_000;

export interface SeededProspect {
  account: Account;
  contact: Contact;
  prospect: Prospect;
  row: ListRow;
}

function scoreOf(grade: string, met: string[], at: string): Score {
  const verdict = grade.startsWith('D')
    ? 'disqualified'
    : grade.startsWith('C')
      ? 'nurture'
      : 'qualified';
  const lines = CRITERIA.map((id) => ({
    kind: 'criterion' as const,
    id,
    label: id,
    status: met.includes(id) ? ('met' as const) : ('unknown' as const),
    points: met.includes(id) ? 3 : 0,
    max: 3,
    mustHave: false,
    evidence: [],
  }));
  return {
    ...{ fit: 90 - 10 * GRADES.indexOf(grade), confidence: 70, qualification: 50, grade, verdict },
    ...{ reason: verdict === 'disqualified' ? 'too-small' : null, stale: false },
    ...{ lines, criteria: Object.fromEntries(lines.map((l) => [l.id, l])), answers: {} },
    ...{ icpVersion: 0, frameworkId: 'bant', locale: 'es', computedAt: at },
  };
}

/**
 * `count` prospects captured over the 540 days before `now`, of which about
 * `outcomes` are decided (won, lost or no decision), numbered from `first` (a large
 * seed is made in batches, each with a seed of its own).
 */
export function seedProspects(
  count: number,
  outcomes: number,
  now: Date,
  { seed = 15, first = 0 }: { seed?: number; first?: number } = {},
): SeededProspect[] {
  const rnd = prng(seed);
  const closeChance = outcomes / count;
  const out: SeededProspect[] = [];
  for (let i = first; i < first + count; i++) {
    const gi = Math.min(GRADES.length - 1, Math.floor(rnd() * rnd() * GRADES.length * 1.4));
    const grade = GRADES[gi] ?? 'C2';
    const quality = 1 - gi / GRADES.length; // 1 for A1, 0.1 for D3
    const created = new Date(now.getTime() - Math.floor(rnd() * 540 * DAY) - 3_600_000);
    const at = created.toISOString();
    const met = CRITERIA.filter(() => rnd() < 0.25 + 0.6 * quality);
    const hiring = met.includes('hiring');
    const answers: Prospect['answers'] = {};
    if (rnd() < 0.7)
      answers.need = { value: rnd() < 0.3 + 0.6 * quality ? 'yes' : 'no', answeredAt: at };
    if (rnd() < 0.6)
      answers.budget = {
        value: rnd() < quality ? 'allocated' : rnd() < 0.5 ? 'path' : 'none',
        answeredAt: at,
      };
    if (rnd() < 0.5)
      answers.timeline = { value: rnd() < quality ? 'this-quarter' : 'this-year', answeredAt: at };
    const closed = rnd() < closeChance;
    const winChance = 0.15 + 0.55 * quality + (hiring ? 0.1 : 0);
    let status: ProspectStatus;
    let reached: OpenStage;
    let outcome: Prospect['outcome'] = null;
    if (closed) {
      const r = rnd();
      status =
        r < winChance ? 'won' : r < winChance + (1 - winChance) * 0.75 ? 'lost' : 'no_decision';
      reached = rnd() < 0.5 ? 'proposal' : rnd() < 0.6 ? 'meeting' : 'contacted';
      const discounted = status === 'won' && rnd() < 0.7 - 0.55 * quality;
      const decided = new Date(
        Math.min(now.getTime(), created.getTime() + (7 + Math.floor(rnd() * 200)) * DAY),
      );
      const usd = rnd() < 0.1;
      outcome = {
        at: decided.toISOString().slice(0, 10),
        value:
          status === 'no_decision'
            ? null
            : Math.round((2000 + rnd() * 30000 * quality) / 100) * 100,
        currency: status === 'no_decision' ? null : usd ? 'USD' : 'EUR',
        lostReason: status === 'lost' ? (LOST[Math.floor(rnd() * LOST.length)] ?? 'other') : null,
        lostNote: '',
        discountNeeded: discounted,
        discountPercent: discounted ? 5 + Math.floor(rnd() * 4) * 5 : null,
      };
    } else {
      const r = rnd();
      status = r < 0.55 ? 'new' : r < 0.8 ? 'contacted' : r < 0.92 ? 'meeting' : 'proposal';
      reached = status as OpenStage;
    }
    const first = FIRST[i % FIRST.length] ?? 'Ana';
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Pérez';
    const company = `${SECTORS[i % SECTORS.length]} ${LAST[(i * 3) % LAST.length]} ${Math.floor(i / 4)}`;
    const domain = `empresa-${Math.floor(i / 4)}.example`;
    const slug = `persona-demo-${i}`;
    const surface = SURFACES[Math.floor(rnd() * SURFACES.length)] ?? 'website';
    const source = (url: string) => ({ surface, url, method: 'dom' as const, capturedAt: at });
    const fv = (value: FieldValue['value'], url: string): FieldValue => ({
      value,
      source: source(url),
      confidence: 0.9,
    });
    const account: Account = {
      key: `domain:${domain}`,
      domain,
      linkedinSlug: null,
      name: company,
      nameKey: company.toLowerCase(),
      fields: { name: fv(company, `https://${domain}/`), country: fv('ES', `https://${domain}/`) },
      createdAt: at,
      updatedAt: at,
    };
    const contact: Contact = {
      key: `li:${slug}`,
      accountKey: account.key,
      linkedinSlug: slug,
      email: null,
      name: `${first} ${last}`,
      fields: {
        name: fv(`${first} ${last}`, `https://www.linkedin.com/in/${slug}/`),
        title: fv('Gerente', `https://www.linkedin.com/in/${slug}/`),
      },
      createdAt: at,
      updatedAt: at,
    };
    const prospect: Prospect = {
      id: contact.key,
      accountKey: account.key,
      contactKey: contact.key,
      status,
      reached,
      frameworkId: 'bant',
      answers,
      pain: '',
      angle: null,
      advice: null,
      problemId: null,
      notes: '',
      outcome,
      nextStep: null,
      revisitAt: null,
      score: scoreOf(grade, met, at),
      icpVersion: 0,
      createdAt: at,
      updatedAt: outcome ? `${outcome.at}T12:00:00.000Z` : at,
    };
    out.push({ account, contact, prospect, row: toListRow(prospect, account, contact) });
  }
  return out;
}
