import type { Angle } from '../../lib/recommend/recommendation-schema';
import { useLocale } from '../locale';

/**
 * When the rep's pain note names none of the ICP's problems, or several equally, the
 * engine does not guess: the rep picks the problem the angle should offer.
 */
export function ProblemChoice({
  angle,
  onChoose,
}: {
  angle: Angle;
  onChoose(problemId: string): void;
}) {
  const { t } = useLocale();
  if (angle.problemChoice.length === 0) return null;
  return (
    <fieldset className="problem-choice" data-testid="problem-choice">
      <legend className="hint">
        {angle.matchedWords.length
          ? t('q.rec.choiceTie', { words: angle.matchedWords.join(', ') })
          : t('q.rec.choiceNone')}
      </legend>
      {angle.problemChoice.map((p) => (
        <label key={p.id} className={angle.problemId === p.id ? 'chosen' : undefined}>
          <input
            type="radio"
            name="problem-choice"
            checked={angle.problemId === p.id}
            onChange={() => onChoose(p.id)}
          />
          {p.text}
        </label>
      ))}
    </fieldset>
  );
}
