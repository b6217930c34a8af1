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
 */
export function gradeOf(fit: number | null, qualification: number | null): string | null {
  if (fit === null) return null;
  return `${fitLetter(fit)}${qualificationDigit(qualification)}`;
}
