import type { Verdict } from '../model/vocab';

/** Fit letter: A ≥ 75, B ≥ 50, C ≥ 25, else D. */
export function fitLetter(fit: number): 'A' | 'B' | 'C' | 'D' {
  if (fit >= 75) return 'A';
  if (fit >= 50) return 'B';
  if (fit >= 25) return 'C';
  return 'D';
}

/** Qualification digit: 1 ≥ 70, 2 ≥ 40, else 3 — nothing answered yet is a 3. */
export function qualificationDigit(qualification: number | null): 1 | 2 | 3 {
  if (qualification === null) return 3;
  if (qualification >= 70) return 1;
  if (qualification >= 40) return 2;
  return 3;
}

/**
 * The grid grade, A1 best. With no known fact the grade is null rather than a guessed
 * letter: a "C" would read as a judgement of a company nobody has looked at yet, and the
 * panel shows "no grade" with the missing facts instead. A missing qualification is a 3
 * because nothing said is the weakest intent.
 *
 * The digit never says more than the verdict: a disqualified prospect's is 3 whatever was
 * answered ("A1 · Disqualified" — need = no with budget, authority and timeline strong —
 * would tell the rep to call someone the verdict says to drop; every disqualification caps
 * it: a student or a company outside the territory is as far from buying), and a prospect
 * still to nurture is at best a 2 ("A1 · Nurture" after one "yes" on a page Criba barely
 * knows reads as ready to book). The letter stays the fit, so a strong company ruled out
 * still reads A3.
 */
export function gradeOf(
  fit: number | null,
  qualification: number | null,
  verdict: Verdict = 'qualified',
): string | null {
  if (fit === null) return null;
  const digit = qualificationDigit(qualification);
  const cap = verdict === 'disqualified' ? 3 : verdict === 'nurture' ? 2 : 1;
  return `${fitLetter(fit)}${Math.max(digit, cap)}`;
}
