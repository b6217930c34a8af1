import type { Evidence } from '../model/score';
import type { Entity } from '../model/vocab';
import { factText, type Fact } from './facts';

/** "company.industry": joined once per field name, not once per evidence line. */
const fieldKeys = { person: new Map<string, string>(), company: new Map<string, string>() };
function fieldKey(entity: Entity, field: string): string {
  const keys = fieldKeys[entity];
  let key = keys.get(field);
  if (key === undefined) {
    key = `${entity}.${field}`.slice(0, 80);
    if (keys.size < 256) keys.set(field, key);
  }
  return key;
}

/**
 * A fact cited as evidence, cut to the score schema's limits. Built as one literal per
 * shape: adding `method` and `url` to a finished object moves it through hidden classes and
 * grows its property store, which showed as the hottest line of a 10,000-prospect re-score.
 */
export function signalEvidence(entity: Entity, field: string, fact: Fact): Evidence {
  const text = factText(fact);
  const value = text.length > 500 ? text.slice(0, 500) : text;
  const key = fieldKey(entity, field);
  const method = fact.source?.method ? cut(fact.source.method, 20) : undefined;
  const url = fact.source?.url ? cut(fact.source.url, 4096) : undefined;
  if (method !== undefined && url !== undefined)
    return { kind: 'signal', field: key, value, method, url };
  if (method !== undefined) return { kind: 'signal', field: key, value, method };
  if (url !== undefined) return { kind: 'signal', field: key, value, url };
  return { kind: 'signal', field: key, value };
}

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** A fact the criterion needs and nobody has found yet. */
export function missingEvidence(field: string): Evidence {
  return { kind: 'missing', field: field.slice(0, 80), value: '' };
}
