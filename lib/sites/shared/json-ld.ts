/**
 * JSON-LD blocks of a page, flattened: arrays, `@graph` and nested nodes become one list
 * of plain objects. Malformed blocks are skipped, never thrown. Bounded in size and depth
 * so a hostile page cannot make a reader slow; keys like `__proto__` are never copied.
 */
export type LdNode = Record<string, unknown>;

const MAX_BLOCK_CHARS = 500_000;
const MAX_NODES = 300;
const MAX_DEPTH = 8;

export function jsonLdNodes(doc: Document): LdNode[] {
  const out: LdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const script of Array.from(scripts).slice(0, 30)) {
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_BLOCK_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    collect(data, out, 0);
    if (out.length >= MAX_NODES) break;
  }
  return out;
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES || value === null || typeof value !== 'object')
    return;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 100)) collect(v, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  if ('@type' in node) out.push(node);
  for (const [k, v] of Object.entries(node)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    if (v && typeof v === 'object') collect(v, out, depth + 1);
  }
}

/** The node's `@type` values, lower-cased (a type may be a string or a list). */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

export function ldIs(node: LdNode, ...types: string[]): boolean {
  const have = ldTypes(node);
  return types.some((t) => have.includes(t.toLowerCase()));
}

/** A string property, or the first string of a list, or a nested node's `name`/`@id`/`url`. */
export function ldString(node: LdNode | undefined, key: string): string | null {
  if (!node) return null;
  const v = node[key];
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim() || null;
  if (typeof first === 'number') return String(first);
  if (first && typeof first === 'object') {
    const o = first as LdNode;
    for (const k of ['name', '@value', 'url', '@id'])
      if (typeof o[k] === 'string') return (o[k] as string).trim() || null;
  }
  return null;
}

/** Every string of a property that may be a string, a list, or nodes. */
export function ldStrings(node: LdNode | undefined, key: string): string[] {
  if (!node) return [];
  const v = node[key];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const out: string[] = [];
  for (const item of list.slice(0, 50)) {
    if (typeof item === 'string' && item.trim()) out.push(item.trim());
    else if (item && typeof item === 'object') {
      const s = ldString({ x: item } as LdNode, 'x');
      if (s) out.push(s);
    }
  }
  return out;
}

/** A nested node (first of a list). */
export function ldNode(node: LdNode | undefined, key: string): LdNode | undefined {
  if (!node) return undefined;
  const v = node[key];
  const first = Array.isArray(v) ? v[0] : v;
  return first && typeof first === 'object' ? (first as LdNode) : undefined;
}
