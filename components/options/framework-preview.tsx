import { QUESTION_GROUPS, type Framework, type Question } from '../../lib/qualify/framework-schema';
import { groupKey, reasonKey } from '../../lib/i18n/vocab-keys';
import type { DisqualificationReason, Locale } from '../../lib/model/vocab';
import { useLocale } from '../locale';

/** The answers a question offers and which of them disqualifies, in one line. */
function useAnswerLine(): (q: Question, locale: Locale) => string {
  const { t } = useLocale();
  const reason = (r: DisqualificationReason) => t(reasonKey(r));
  return (q, locale) => {
    switch (q.kind) {
      case 'yesno': {
        const base = `${t('common.yes')} / ${t('common.no')}`;
        if (!q.disqualifyWhen) return base;
        const answer = t(q.disqualifyWhen.value === 'yes' ? 'common.yes' : 'common.no');
        return `${base} · ${t('options.preview.disqualifies', { answer, reason: reason(q.disqualifyWhen.reason) })}`;
      }
      case 'scale': {
        const base = t('options.preview.scale');
        if (!q.disqualifyWhen) return base;
        const answer = `≤ ${q.disqualifyWhen.atMost}`;
        return `${base} · ${t('options.preview.disqualifies', { answer, reason: reason(q.disqualifyWhen.reason) })}`;
      }
      case 'number': {
        const base = t('options.preview.number', { unit: q.unit, target: q.target });
        if (!q.disqualifyWhen) return base;
        const answer = `< ${q.disqualifyWhen.below}`;
        return `${base} · ${t('options.preview.disqualifies', { answer, reason: reason(q.disqualifyWhen.reason) })}`;
      }
      case 'choice':
        return q.options
          .map((o) =>
            o.disqualifies ? `${o.label[locale]} (${reason(o.disqualifies)})` : o.label[locale],
          )
          .join(' · ');
    }
  };
}

/** The interview as a rep will see it, grouped by what each question is about. */
export function FrameworkPreview({ framework }: { framework: Framework }) {
  const { t, locale } = useLocale();
  const answers = useAnswerLine();
  const groups = QUESTION_GROUPS.filter((g) => framework.questions.some((q) => q.group === g));
  return (
    <div className="opt-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">
        {t('options.preview.title', { name: framework.name[locale] || framework.id })}
      </h3>
      {groups.map((g) => (
        <section key={g} className="opt-preview-group">
          <h4>{t(groupKey(g))}</h4>
          <ul>
            {framework.questions
              .filter((q) => q.group === g)
              .map((q) => (
                <li key={q.id}>
                  <span className="opt-preview-text">
                    {q.text[locale] || <em className="hint">{t('options.preview.noText')}</em>}
                  </span>{' '}
                  <span className="hint">
                    {t('options.preview.weight', {
                      weight: Number.isNaN(q.weight) ? '–' : q.weight,
                    })}{' '}
                    · {answers(q, locale)}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
