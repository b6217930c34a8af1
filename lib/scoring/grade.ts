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
 * A disqualified prospect's digit is 3 whatever was answered: the grade is read beside the
 * verdict, and "A1 · Disqualified" (need = no with budget, authority and timeline strong)
 * would tell the rep to call someone the verdict says to drop. Every disqualification caps
 * it, not only a disqualifying answer: a student or a company outside the territory is as
 * far from buying. The letter stays the fit, so a strong company ruled out still reads A3.
 */
export function gradeOf(
  fit: number | null,
  qualification: number | null,
  disqualified = false,
): string | null {
  if (fit === null) return null;
  return `${fitLetter(fit)}${disqualified ? 3 : qualificationDigit(qualification)}`;
}
