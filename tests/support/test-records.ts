import type { FieldValue } from '../../lib/model/records';
import { linesById, type Score } from '../../lib/model/score';
import type { SourceMethod, Surface } from '../../lib/model/vocab';
import type { CribaDB } from '../../lib/db/database';
import type { SaveInput } from '../../lib/db/save-input';

/**
 * Builders for storage tests (lib/db and lib/export): valid records about invented companies and people.
 */

export const T0 = '2026-03-01T10:00:00.000Z';

export function field(
  value: FieldValue['value'],
  opts: { method?: SourceMethod; at?: string; surface?: Surface; url?: string } = {},
): FieldValue {
  return {
    value,
    source: {
      surface: opts.surface ?? 'website',
      url: opts.url ?? 'https://www.ceramicas-nubia.es/',
      method: opts.method ?? 'dom',
      capturedAt: opts.at ?? T0,
    },
    confidence: 0.9,
  };
}

export function score(overrides: Partial<Score> = {}): Score {
  const lines: Score['lines'] = [
    {
      kind: 'criterion',
      id: 'industry',
      label: 'Industry',
      status: 'met',
      points: 20,
      max: 20,
      mustHave: false,
      evidence: [{ kind: 'signal', field: 'industry', value: 'Ceramics', method: 'json-ld' }],
    },
  ];
  return {
    fit: 72,
    confidence: 80,
    qualification: 60,
    grade: 'B2',
    verdict: 'qualified',
    reason: null,
    stale: false,
    lines,
    ...linesById(lines),
    icpVersion: 1,
    frameworkId: 'bant',
    locale: 'es',
    computedAt: T0,
    ...overrides,
  };
}

/** Lucía Ferrer, operations director at Cerámicas Nubia (all invented). */
export function saveInput(overrides: Partial<SaveInput> = {}): SaveInput {
  return {
    company: {
      name: 'Cerámicas Nubia',
      domain: 'ceramicas-nubia.es',
      linkedinSlug: 'ceramicas-nubia',
      fields: {
        name: field('Cerámicas Nubia'),
        industry: field('Ceramics manufacturing'),
        employeesMin: field(51),
        employeesMax: field(200),
        country: field('ES'),
        website: field('https://www.ceramicas-nubia.es/'),
      },
    },
    person: {
      name: 'Lucía Ferrer',
      linkedinSlug: 'lucia-ferrer-nubia',
      email: 'lucia.ferrer@ceramicas-nubia.es',
      fields: {
        title: field('Directora de Operaciones', { surface: 'linkedin-profile' }),
        location: field('Castellón, España', { surface: 'linkedin-profile' }),
      },
    },
    frameworkId: 'bant',
    answers: { need: { value: 'yes', answeredAt: T0 } },
    pain: 'Roturas en el transporte de piezas grandes',
    notes: '',
    score: score(),
    icpVersion: 1,
    angle: null,
    nextStep: null,
    revisitAt: null,
    ...overrides,
  };
}

/** A second, unrelated prospect: Marc Soler at Logística Brava (invented). */
export function marcInput(): SaveInput {
  return saveInput({
    company: {
      name: 'Logística Brava',
      domain: 'logistica-brava.com',
      linkedinSlug: null,
      fields: { industry: field('Logistics'), employeesMin: field(11), employeesMax: field(50) },
    },
    person: {
      name: 'Marc Soler',
      linkedinSlug: null,
      email: 'marc@logistica-brava.com',
      fields: { title: field('CEO'), phone: field('+34 600 000 111') },
    },
    score: score({ fit: 35, grade: 'C3', verdict: 'nurture' }),
  });
}

export async function counts(db: CribaDB) {
  return {
    accounts: await db.accounts.count(),
    contacts: await db.contacts.count(),
    prospects: await db.prospects.count(),
    scoreHistory: await db.scoreHistory.count(),
    suppressions: await db.suppressions.count(),
    icps: await db.icps.count(),
    rows: await db.rows.count(),
  };
}
