import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CribaDB } from '../../lib/db/database';
import { setOutcome } from '../../lib/db/pipeline';
import { saveProspect } from '../../lib/db/save-prospect';
import { exportBackup, type BackupData } from '../../lib/export/backup';
import { defaultIcp } from '../../lib/icp/default-icp';
import { emptyOutcome } from '../../lib/model/outcome';
import type { Answer, FieldMap } from '../../lib/model/records';
import type { Department, Seniority } from '../../lib/model/vocab';
import { frameworkById } from '../../lib/qualify/frameworks';
import { rescoreStored } from '../../lib/recommend/rescore-stored';
import { prng } from '../../scripts/lib/prng';
import { field } from './test-records';

/*
 * A team's pipeline with a history: invented people at invented companies, each scored
 * with the default ICP (version 0) and most of them closed. Their outcomes follow a rule
 * the default ICP gets wrong — companies that are hiring and sell to businesses win,
 * company size inside the ICP's range goes with losing — drawn with a seeded generator
 * so every run stores the same deals.
 */

const FIRST = [
  'Ainhoa',
  'Bruno',
  'Carla',
  'Dario',
  'Elena',
  'Fermín',
  'Greta',
  'Hugo',
  'Irene',
  'Julen',
  'Kira',
  'Leo',
];
const LAST = ['Arrieta', 'Benet', 'Cano', 'Duran', 'Esteve', 'Franco', 'Gil', 'Hidalgo', 'Ibarra'];
const COMPANY = ['Talleres', 'Servicios', 'Grupo', 'Estudio', 'Logística', 'Distribuciones'];
const PLACE = ['Nerea', 'Sauce', 'Brezo', 'Alcor', 'Tamariz', 'Olmeda', 'Rivas', 'Quejigo', 'Ulla'];
const INDUSTRIES = ['Software', 'Servicios profesionales', 'Retail', 'Construcción', 'Logística'];
const PEOPLE: readonly [string, Seniority, Department][] = [
  ['Directora comercial', 'director', 'sales'],
  ['CEO', 'c-level', 'general-management'],
  ['Responsable de marketing', 'manager', 'marketing'],
  ['Técnico de sistemas', 'senior', 'it'],
  ['Jefa de operaciones', 'manager', 'operations'],
];

export interface ClosedDealOptions {
  closed: number;
  open: number;
  seed: number;
}

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)] as T;

/** Stores the deals in `db`, scored as of `now`; returns the ids of the prospects stored. */
export async function seedClosedDeals(
  db: CribaDB,
  now: Date,
  o: ClosedDealOptions,
): Promise<string[]> {
  const rand = prng(o.seed);
  const icp = defaultIcp('en');
  const framework = frameworkById('bant', null);
  const answeredAt = new Date(now.getTime() - 20 * 86_400_000).toISOString();
  const ids: string[] = [];
  for (let n = 0; n < o.closed + o.open; n++) {
    const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
    const company = `${pick(rand, COMPANY)} ${PLACE[n % PLACE.length]} ${n + 1}`;
    const slug = company
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-');
    const hiring = rand() < 0.5;
    const b2b = rand() < 0.5;
    const sizeIn = rand() < 0.55;
    const [title, seniority, department] = pick(rand, PEOPLE);
    const companyFields: FieldMap = {
      name: field(company),
      industry: field(pick(rand, INDUSTRIES)),
      employeesMin: field(sizeIn ? 51 : 600),
      employeesMax: field(sizeIn ? 200 : 1000),
      country: field('ES'),
      hiring: field(hiring),
      description: field(
        b2b ? 'Soluciones B2B para empresas industriales' : 'Tiendas para particulares',
      ),
    };
    const personFields: FieldMap = {
      title: field(title, { surface: 'linkedin-profile' }),
      seniority: field(seniority),
      department: field(department),
    };
    const answers: Record<string, Answer> = {
      need: { value: rand() < 0.85 ? 'yes' : 'no', answeredAt },
      budget: { value: pick(rand, ['allocated', 'path', 'path']), answeredAt },
      authority: { value: pick(rand, ['contact-decides', 'access', 'unclear']), answeredAt },
      timeline: { value: pick(rand, ['this-quarter', 'six-months', 'this-year']), answeredAt },
    };
    const scored = rescoreStored(
      { icp, icpVersion: 0, framework, now, locale: 'en' },
      { answers, pain: '' },
      { fields: personFields },
      { fields: companyFields },
    );
    const { prospect } = await saveProspect(
      db,
      {
        company: { name: company, domain: `${slug}.es`, linkedinSlug: null, fields: companyFields },
        person: { name, linkedinSlug: `${slug}-${n}`, email: null, fields: personFields },
        frameworkId: 'bant',
        answers,
        pain: '',
        notes: '',
        score: scored.score,
        icpVersion: 0,
        angle: scored.angle,
        advice: scored.advice,
        nextStep: scored.nextStep,
        revisitAt: scored.revisitAt,
      },
      now,
    );
    ids.push(prospect.id);
    if (n >= o.closed) continue;
    const logit = -0.3 + 2.2 * (hiring ? 1 : -1) + 1.5 * (b2b ? 1 : 0) - 1 * (sizeIn ? 1 : -1);
    const won = rand() < 1 / (1 + Math.exp(-logit));
    const day = new Date(now.getTime() - (n + 1) * 86_400_000).toISOString().slice(0, 10);
    const outcome = won
      ? { ...emptyOutcome(day), value: 4000 + 500 * (n % 7), currency: 'EUR' }
      : { ...emptyOutcome(day), lostReason: rand() < 0.5 ? ('price' as const) : null };
    const result = won ? 'won' : rand() < 0.7 ? 'lost' : 'no_decision';
    await setOutcome(db, [prospect.id], { result, outcome }, now);
  }
  return ids;
}

/** The deals as backup data, for an end-to-end test to put in the extension's database. */
export async function closedDealRecords(now: Date, o: ClosedDealOptions): Promise<BackupData> {
  const db = new CribaDB('criba-closed-deals', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedClosedDeals(db, now, o);
  const backup = JSON.parse(await exportBackup(db, now)) as BackupData;
  db.close();
  return backup;
}
