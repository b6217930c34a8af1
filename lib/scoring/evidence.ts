import type { Evidence } from '../model/score';
import { factText, type Fact } from './facts';

/** A fact cited as evidence, cut to the score schema's limits. */
export function signalEvidence(entity: 'person' | 'company', field: string, fact: Fact): Evidence {
  const e: Evidence = {
    kind: 'signal',
    field: `${entity}.${field}`.slice(0, 80),
    value: factText(fact).slice(0, 500),
  };
  if (fact.method) e.method = fact.method.slice(0, 20);
  if (fact.url) e.url = fact.url.slice(0, 4096);
  return e;
}

/** A fact the criterion needs and nobody has found yet. */
export function missingEvidence(field: string): Evidence {
  return { kind: 'missing', field: field.slice(0, 80), value: '' };
}
