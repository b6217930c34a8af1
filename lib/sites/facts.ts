import type { Capture } from '../model/capture';
import type { CompanyFacts, PersonFacts } from '../model/facts';
import { findSignal } from '../model/find-signal';
import type { Signal } from '../model/signal';
import {
  DEPARTMENTS,
  SENIORITIES,
  type Department,
  type Entity,
  type Seniority,
} from '../model/vocab';

const pick = (signals: Signal[], entity: Entity, field: string): Signal['value'] | null =>
  findSignal(signals, entity, field)?.value ?? null;
const asString = (v: Signal['value'] | null): string | null => (typeof v === 'string' ? v : null);
const asNumber = (v: Signal['value'] | null): number | null => (typeof v === 'number' ? v : null);

/** The person a capture describes, every contract key present; null when none. */
export function personFacts(capture: Pick<Capture, 'signals'>): PersonFacts | null {
  const s = capture.signals;
  if (!s.some((x) => x.entity === 'person')) return null;
  const seniority = asString(pick(s, 'person', 'seniority'));
  const department = asString(pick(s, 'person', 'department'));
  return {
    name: asString(pick(s, 'person', 'name')),
    title: asString(pick(s, 'person', 'title')),
    company: asString(pick(s, 'person', 'company')),
    location: asString(pick(s, 'person', 'location')),
    email: asString(pick(s, 'person', 'email')),
    linkedinUrl: asString(pick(s, 'person', 'linkedinUrl')),
    seniority: SENIORITIES.includes(seniority as Seniority) ? (seniority as Seniority) : null,
    department: DEPARTMENTS.includes(department as Department) ? (department as Department) : null,
  };
}

/** The company a capture describes, every contract key present; null when none. */
export function companyFacts(capture: Pick<Capture, 'signals'>): CompanyFacts | null {
  const s = capture.signals;
  if (!s.some((x) => x.entity === 'company')) return null;
  const tech = pick(s, 'company', 'tech');
  const hiring = pick(s, 'company', 'hiring');
  return {
    name: asString(pick(s, 'company', 'name')),
    domain: asString(pick(s, 'company', 'domain')),
    website: asString(pick(s, 'company', 'website')),
    industry: asString(pick(s, 'company', 'industry')),
    employeesMin: asNumber(pick(s, 'company', 'employeesMin')),
    employeesMax: asNumber(pick(s, 'company', 'employeesMax')),
    location: asString(pick(s, 'company', 'location')),
    country: asString(pick(s, 'company', 'country')),
    founded: asNumber(pick(s, 'company', 'founded')),
    tech: Array.isArray(tech) ? tech : [],
    hiring: typeof hiring === 'boolean' ? hiring : null,
    linkedinUrl: asString(pick(s, 'company', 'linkedinUrl')),
    phone: asString(pick(s, 'company', 'phone')),
    email: asString(pick(s, 'company', 'email')),
    description: asString(pick(s, 'company', 'description')),
  };
}

/** The JSON object `npm run signals` prints (contract: keep these names stable). */
export function signalsReport(capture: Capture) {
  return {
    surface: capture.surface,
    status: capture.status,
    person: personFacts(capture),
    company: companyFacts(capture),
    signals: capture.signals,
  };
}
