import type { AnswerValue } from '../../lib/model/records';
import { answerLabel } from '../../lib/qualify/answers';
import type { Question } from '../../lib/qualify/framework-schema';
import type { AnswerSuggestion as Suggestion } from '../../lib/qualify/suggest-answers';
import { inertText } from '../../lib/text/inert-text';
import { useLocale } from '../locale';

/**
 * What the prospect's email suggests for one question, with the sentence that says so.
 * One click accepts it (the sentence becomes the answer's note); until then nothing of
 * the email is kept.
 */
export function AnswerSuggestion({
  q,
  suggestion,
  onAccept,
}: {
  q: Question;
  suggestion: Suggestion;
  onAccept(value: AnswerValue, note: string): void;
}) {
  const { t, locale } = useLocale();
  const label = answerLabel(q, suggestion.value, locale);
  return (
    <div className="suggestion" data-testid={`suggestion-${q.id}`}>
      <p className="hint">{t('q.suggest.from', { sentence: inertText(suggestion.sentence) })}</p>
      <button type="button" onClick={() => onAccept(suggestion.value, suggestion.sentence)}>
        {t('q.suggest.accept', { answer: label })}
      </button>
    </div>
  );
}
