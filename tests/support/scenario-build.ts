/** Short builders for the scenario tables (test support only; every name is invented). */
import type { Department, Seniority } from '../../lib/model/vocab';

export const person = (
  name: string,
  title: string,
  seniority?: Seniority,
  department?: Department,
  extra: Record<string, unknown> = {},
) => ({
  name,
  title,
  ...(seniority && { seniority }),
  ...(department && { department }),
  ...extra,
});

export const company = (
  name: string,
  industry: string,
  band: [number, number] | null,
  country: string,
  extra: Record<string, unknown> = {},
) => ({
  name,
  industry,
  ...(band && { employeesMin: band[0], employeesMax: band[1] }),
  country,
  ...extra,
});

/** A full BANT interview that qualifies. */
export const STRONG = {
  need: 'yes',
  budget: 'allocated',
  authority: 'contact-decides',
  timeline: 'this-quarter',
} as const;
