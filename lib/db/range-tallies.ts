import type { CribaDB } from './database';
import { byMonth, cutMonth, type Bounds, type Span } from '../insights/month-cut';

/**
 * Month counters summed over a range of capture instants (lib/insights/month-cut.ts says
 * how a range cuts a month). Call inside a read transaction that holds `db.rows`.
 */

/** Rows of one counter's kind within `span`, from the compound index that holds it. */
function countIn(db: CribaDB, rest: string, span: Span): Promise<number> {
  const { lower, upper, includeLower, includeUpper } = span;
  const [kind, a = '', b = ''] = rest.split('|');
  const where = (index: string, key: (string | number)[]) =>
    db.rows.where(index).between([...key, lower], [...key, upper], includeLower, includeUpper);
  if (kind === 'gs') return where('[grade+status+createdAt]', [a, b]).count();
  if (kind === 's') return where('[status+createdAt]', [a]).count();
  return where('[funnel+createdAt]', [Number(a)]).count(); // 'f': COUNTABLE lets no other in
}

/** Each of `counters` counted over `spans`, skipping a span nobody was captured in. */
async function countSpans(
  db: CribaDB,
  counters: ReadonlyMap<string, number>,
  spans: readonly Span[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await Promise.all(
    spans.map(async (span) => {
      const anyone = await db.rows
        .where('createdAt')
        .between(span.lower, span.upper, span.includeLower, span.includeUpper)
        .count();
      if (anyone === 0) return;
      await Promise.all(
        [...counters.keys()].map(async (rest) => {
          const n = await countIn(db, rest, span);
          out.set(rest, (out.get(rest) ?? 0) + n);
        }),
      );
    }),
  );
  return out;
}

/** `gs|<grade>|<status>`, `s|<status>` and `f|<step>`: the kinds an index can count. */
const COUNTABLE = /^(gs\|[^|]*\|[^|]*|s\|[^|]+|f\|\d+)$/;

const add = (into: Map<string, number>, from: ReadonlyMap<string, number>, sign: 1 | -1) => {
  for (const [rest, n] of from) into.set(rest, (into.get(rest) ?? 0) + sign * n);
};

/**
 * The rows captured within `bounds` per counter: `tallies` are month counters
 * (`m|<YYYY-MM>|gs|<grade>|<status>`, `m|<YYYY-MM>|s|<status>` or `m|<YYYY-MM>|f|<step>`;
 * others are left out), the answer is keyed by what follows the month (`gs|A1|won` →
 * prospects). A counter nobody in range has is 0.
 */
export async function sumOverRange(
  db: CribaDB,
  tallies: ReadonlyMap<string, number>,
  bounds: Bounds,
): Promise<Map<string, number>> {
  const sums = new Map<string, number>();
  await Promise.all(
    [...byMonth(tallies)].map(async ([month, counters]) => {
      for (const rest of counters.keys()) {
        // Only these kinds have an index to count a cut month with.
        if (!COUNTABLE.test(rest)) counters.delete(rest);
        // Every counter gets an answer, 0 when nobody in range has it.
        else sums.set(rest, sums.get(rest) ?? 0);
      }
      const cut = cutMonth(month, bounds);
      if (cut.kind === 'whole') add(sums, counters, 1);
      if (cut.kind === 'inside') add(sums, await countSpans(db, counters, cut.spans), 1);
      if (cut.kind === 'besides') {
        add(sums, counters, 1);
        add(sums, await countSpans(db, counters, cut.spans), -1);
      }
    }),
  );
  return sums;
}
