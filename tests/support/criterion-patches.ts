/**
 * Fact patches that make one ICP criterion unknown, met or failed, for the property tests
 * (test support only).
 */
import { DEPARTMENTS, SENIORITIES } from '../../lib/model/vocab';
import { resolveTerritory } from '../../lib/icp/countries';
import type { Criterion, CriterionKind } from '../../lib/icp/icp-schema';
import type { SignalValue } from '../../lib/model/signal';
import type { Facts } from '../../lib/scoring/facts';

type Slot = readonly ['person' | 'company', string];

/** The facts each criterion kind reads. */
export const FIELDS_READ: Record<CriterionKind, readonly Slot[]> = {
  industry: [['company', 'industry']],
  size: [
    ['company', 'employeesMin'],
    ['company', 'employeesMax'],
  ],
  country: [
    ['company', 'country'],
    ['company', 'location'],
    ['person', 'location'],
  ],
  tech: [['company', 'tech']],
  hiring: [
    ['company', 'hiring'],
    ['company', 'hiringRoles'],
  ],
  seniority: [['person', 'seniority']],
  department: [['person', 'department']],
  keyword: [
    ['company', 'description'],
    ['company', 'specialties'],
    ['company', 'industry'],
    ['person', 'title'],
  ],
};

/** The facts with everything criterion `c` reads removed: `c` becomes unknown. */
export function withoutFieldsOf(facts: Facts, c: Criterion): Facts {
  const out: Facts = { person: { ...facts.person }, company: { ...facts.company } };
  for (const [entity, field] of FIELDS_READ[c.kind]) delete out[entity][field];
  return out;
}

export type Patch = readonly (readonly ['person' | 'company', string, SignalValue])[];

export function applyPatch(facts: Facts, patch: Patch): Facts {
  const out: Facts = { person: { ...facts.person }, company: { ...facts.company } };
  for (const [entity, field, value] of patch)
    out[entity][field] = { value, source: { method: 'rep' } };
  return out;
}

/** Facts that meet `c`, or null when none can. */
export function meetPatch(c: Criterion): Patch | null {
  switch (c.kind) {
    case 'industry':
      return [['company', 'industry', c.params.values[0] ?? '']];
    case 'size': {
      const { min, max } = c.params;
      return [
        ['company', 'employeesMin', min],
        ['company', 'employeesMax', max ?? min],
      ];
    }
    case 'country': {
      const code = c.params.values.map(resolveTerritory).find((t) => t && t.length)?.[0];
      return code ? [['company', 'country', code]] : null;
    }
    case 'tech':
      return [
        ['company', 'tech', c.params.mode === 'any' ? [c.params.values[0] ?? ''] : ['Qqq Tool']],
      ];
    case 'hiring':
      return [['company', 'hiring', c.params.value]];
    case 'seniority':
    case 'department':
      return [['person', c.kind, c.params.values[0] ?? '']];
    case 'keyword':
      return [['company', 'description', c.params.values[0] ?? '']];
  }
}

/** Known facts that fail `c`, or null when no value can fail it. */
export function failPatch(c: Criterion): Patch | null {
  switch (c.kind) {
    case 'industry':
      return [['company', 'industry', 'Qqq industry']];
    case 'size': {
      const { min, max } = c.params;
      if (min >= 2)
        return [
          ['company', 'employeesMin', 1],
          ['company', 'employeesMax', min - 1],
        ];
      if (max === null) return null;
      return [
        ['company', 'employeesMin', max + 1],
        ['company', 'employeesMax', max + 100],
      ];
    }
    case 'country': {
      const inside = new Set(c.params.values.flatMap((v) => resolveTerritory(v) ?? []));
      const outside = ['JP', 'AU', 'ZA', 'IN', 'CA', 'US', 'FR', 'ES'].find((x) => !inside.has(x));
      return outside ? [['company', 'country', outside]] : null;
    }
    case 'tech':
      return [
        ['company', 'tech', c.params.mode === 'any' ? ['Qqq Tool'] : [c.params.values[0] ?? '']],
      ];
    case 'hiring':
      return [['company', 'hiring', !c.params.value]];
    case 'seniority': {
      const other = SENIORITIES.find((s) => !c.params.values.includes(s));
      return other ? [['person', 'seniority', other]] : null;
    }
    case 'department': {
      const other = DEPARTMENTS.find((d) => !c.params.values.includes(d));
      return other ? [['person', 'department', other]] : null;
    }
    case 'keyword':
      return [
        ['company', 'description', 'qqq'],
        ['company', 'specialties', ['qqq']],
      ];
  }
}
