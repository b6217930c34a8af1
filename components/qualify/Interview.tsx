import { useLocale } from '../locale';
import type { Answer, AnswerValue } from '../../lib/model/records';
import type { Framework, Question } from '../../lib/qualify/framework-schema';
import { groupKey } from '../../lib/i18n/vocab-keys';
import type { AnswerSuggestion as Suggestion } from '../../lib/qualify/suggest-answers';
import { AnswerSuggestion } from './AnswerSuggestion';

interface Props {
  framework: Framework;
  answers: Record<string, Answer>;
  onAnswer(questionId: string, value: AnswerValue | null, note?: string): void;
  /** What the prospect's email suggests, by question (unanswered questions only). */
  suggestions?: readonly Suggestion[];
}

/**
 * The interview: native radios, selects and inputs, so it works from the keyboard and
 * with screen readers. Unanswered questions show as unknown, never as "no".
 */
export function Interview({ framework, answers, onAnswer, suggestions = [] }: Props) {
  const { t, locale } = useLocale();
  return (
    <section className="card interview" aria-labelledby="interview-title">
      <h2 id="interview-title">{t('q.interview.title', { framework: framework.name[locale] })}</h2>
      <ol className="questions">
        {framework.questions.map((q) => (
          <li key={q.id} className="question" data-question={q.id}>
            <fieldset>
              <legend>
                <span className="group">{t(groupKey(q.group))}</span> {q.text[locale]}
              </legend>
              {q.help && <p className="hint">{q.help[locale]}</p>}
              <QuestionInput
                q={q}
                value={answers[q.id]?.value}
                onAnswer={(v) => onAnswer(q.id, v)}
              />
              {suggestions
                .filter((s) => s.questionId === q.id && answers[q.id] === undefined)
                .map((s) => (
                  <AnswerSuggestion
                    key={s.questionId}
                    q={q}
                    suggestion={s}
                    onAccept={(v, note) => onAnswer(q.id, v, note)}
                  />
                ))}
            </fieldset>
          </li>
        ))}
      </ol>
    </section>
  );
}

function QuestionInput({
  q,
  value,
  onAnswer,
}: {
  q: Question;
  value: AnswerValue | undefined;
  onAnswer(value: AnswerValue | null): void;
}) {
  const { t, locale } = useLocale();
  const name = `q-${q.id}`;
  const current = value === undefined || value === 'unknown' ? 'unknown' : String(value);

  const radios = (choices: { value: string; label: string }[]) => (
    <div className="choices" role="radiogroup">
      {choices.map((c) => (
        <label key={c.value} className={current === c.value ? 'chosen' : undefined}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={current === c.value}
            onChange={() => onAnswer(c.value === 'unknown' ? null : parseValue(q, c.value))}
          />
          {c.label}
        </label>
      ))}
    </div>
  );

  switch (q.kind) {
    case 'yesno':
      return radios([
        { value: 'yes', label: t('q.interview.yes') },
        { value: 'no', label: t('q.interview.no') },
        { value: 'unknown', label: t('q.interview.unknown') },
      ]);
    case 'scale':
      return radios([
        ...[1, 2, 3, 4, 5].map((n) => ({
          value: String(n),
          label:
            n === 1 && q.low
              ? `1 · ${q.low[locale]}`
              : n === 5 && q.high
                ? `5 · ${q.high[locale]}`
                : String(n),
        })),
        { value: 'unknown', label: t('q.interview.unknown') },
      ]);
    case 'choice':
      return radios([
        ...q.options.map((o) => ({ value: o.id, label: o.label[locale] })),
        { value: 'unknown', label: t('q.interview.unknown') },
      ]);
    case 'number':
      return (
        <div className="number-answer">
          <label>
            {t('q.interview.amount', { unit: q.unit })}{' '}
            <input
              type="number"
              min={0}
              inputMode="decimal"
              value={typeof value === 'number' ? value : ''}
              placeholder={t('q.interview.unknown')}
              onChange={(e) => {
                const n = e.target.value === '' ? null : Number(e.target.value);
                onAnswer(n === null || !Number.isFinite(n) || n < 0 ? null : n);
              }}
            />
          </label>
        </div>
      );
  }
}

function parseValue(q: Question, raw: string): AnswerValue {
  if (q.kind === 'scale') return Number(raw);
  return raw;
}
