import { CribaDB } from '../../lib/db/database';
import { saveProspect } from '../../lib/db/save-prospect';
import type { Account, Contact, FieldValue, Prospect } from '../../lib/model/records';
import type { Score } from '../../lib/model/score';
import type { Surface } from '../../lib/model/vocab';

/**
 * The prospects-list benchmark's side in the extension's own page: the invented records
 * of its 100,000 prospects (written by io-workload.ts), and saves through `saveProspect`
 * timed with all of them stored.
 */
const FIRST = ['Ana', 'Jon', 'María', 'Pau', 'Lucía', 'Sofía', 'Iker', 'Nerea', 'Marc', 'Laia'];
const LAST = ['Pérez', 'García', 'Etxeberria', 'Soler', 'Núñez', 'Ibáñez', 'Riera', 'Castillo'];
const SECTORS = ['Cerámica', 'Logística', 'Óptica', 'Textil', 'Software', 'Alimentación'];
const TITLES = ['Gerente', 'Director de Compras', 'CEO', 'Responsable de IT', 'Jefa de Ventas'];
const COUNTRIES = ['ES', 'MX', 'AR', 'CL', 'CO', 'PE'];
const SURFACES: Surface[] = ['linkedin-profile', 'gmail-thread', 'website', 'linkedin-company'];
const GRADES = ['A1', 'A2', 'B1', 'B2', 'B3', 'C2', 'C3', 'D3'];
const STATUSES = ['new', 'new', 'new', 'contacted', 'meeting', 'proposal', 'won', 'lost'] as const;
const AT = '2026-03-01T10:00:00.000Z';

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const value = (v: FieldValue['value'], surface: Surface, url: string): FieldValue => ({
  value: v,
  source: { surface, url, method: 'dom', capturedAt: AT },
  confidence: 0.9,
});

function scoreOf(i: number): Score {
  const grade = pick(GRADES, i * 7);
  const verdict = grade.startsWith('D')
    ? 'disqualified'
    : grade.startsWith('C')
      ? 'nurture'
      : 'qualified';
  const line = {
    kind: 'criterion' as const,
    ...{ id: 'industry', label: 'Sector', status: i % 3 ? ('met' as const) : ('unknown' as const) },
    ...{ points: 20, max: 20, mustHave: false, evidence: [] },
  };
  return {
    ...{ fit: (i * 37) % 101, confidence: 70, qualification: 50, grade, verdict },
    ...{ reason: verdict === 'disqualified' ? 'too-small' : null, stale: false },
    ...{ lines: [line], criteria: { industry: line }, answers: {} },
    ...{ icpVersion: 1, frameworkId: 'bant', locale: 'es', computedAt: AT },
  };
}

/** Record `i` of the seed: its company (one per 5 people), contact and prospect. */
export function recordsOf(i: number): { account: Account; contact: Contact; prospect: Prospect } {
  const c = Math.floor(i / 5);
  const company = `${pick(SECTORS, c)} ${pick(LAST, c * 3)} ${c}`;
  const domain = `empresa-${c}.example`;
  const surface = pick(SURFACES, i);
  const slug = `persona-${i}`;
  const url = `https://www.linkedin.com/in/${slug}/`;
  const at = new Date(Date.parse(AT) - i * 60_000).toISOString();
  const status = pick(STATUSES, i * 3);
  return {
    account: {
      ...{ key: `domain:${domain}`, domain, linkedinSlug: null, name: company },
      fields: { country: value(pick(COUNTRIES, c), 'website', `https://${domain}/`) },
      ...{ createdAt: at, updatedAt: at },
    },
    contact: {
      ...{ key: `li:${slug}`, accountKey: `domain:${domain}`, linkedinSlug: slug, email: null },
      name: `${pick(FIRST, i)} ${pick(LAST, i * 5)} ${i}`,
      fields: { title: value(pick(TITLES, i), surface, url) },
      ...{ createdAt: at, updatedAt: at },
    },
    prospect: {
      ...{ id: `li:${slug}`, accountKey: `domain:${domain}`, contactKey: `li:${slug}`, status },
      ...{ frameworkId: 'bant', answers: {}, pain: '', angle: null, notes: '' },
      outcome:
        status === 'won' || status === 'lost'
          ? {
              ...{ at: '2026-02-01', value: 1000 + i, currency: 'EUR', lostReason: null },
              ...{ lostNote: '', discountNeeded: false, discountPercent: null },
            }
          : null,
      ...{ nextStep: 'Llamar', revisitAt: null, score: scoreOf(i), icpVersion: 1 },
      ...{ createdAt: at, updatedAt: at },
    } as Prospect,
  };
}

/** Median time of `runs` saves of new people at companies already stored (ms). */
export async function timeSaves(runs: number): Promise<number> {
  const db = new CribaDB();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { account, contact } = recordsOf(i * 5);
    const t0 = performance.now();
    await saveProspect(
      db,
      {
        company: {
          fields: account.fields,
          name: account.name,
          domain: account.domain,
          linkedinSlug: null,
        },
        person: {
          fields: contact.fields,
          name: `Nueva Persona ${i}`,
          linkedinSlug: `nueva-${i}`,
          email: null,
        },
        ...{ frameworkId: 'bant', answers: {}, pain: '', angle: null, notes: '' },
        ...{ nextStep: null, revisitAt: null, score: scoreOf(i), icpVersion: 1 },
      },
      new Date(),
    );
    times.push(performance.now() - t0);
  }
  db.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
