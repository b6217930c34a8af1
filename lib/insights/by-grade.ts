import { decidedOf, rate, totalOf, workedOf, statusTotals, type InsightCounts } from './counts';

export interface GradeLine {
  /** A1–D3, or '' for prospects never scored. */
  grade: string;
  prospects: number;
  worked: number;
  decided: number;
  won: number;
  /** Won of decided (won, lost or no decision). */
  closeRate: number | null;
  /** Effort: this grade's share of every prospect worked. */
  workedShare: number | null;
  /** Result: this grade's share of every win. */
  winShare: number | null;
}

/** Grades in their order (A1 first), the unscored last. */
const gradeOrder = (a: string, b: string) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b));

/** Close rate and effort against result, per grade: all from the index counts. */
export function gradeLines(counts: InsightCounts): GradeLine[] {
  const totals = statusTotals(counts);
  const allWorked = workedOf(totals);
  return Object.entries(counts.byGradeStatus)
    .filter(([, s]) => totalOf(s) > 0)
    .sort(([a], [b]) => gradeOrder(a, b))
    .map(([grade, s]) => ({
      grade,
      prospects: totalOf(s),
      worked: workedOf(s),
      decided: decidedOf(s),
      won: s.won,
      closeRate: rate(s.won, decidedOf(s)),
      workedShare: rate(workedOf(s), allWorked),
      winShare: rate(s.won, totals.won),
    }));
}
