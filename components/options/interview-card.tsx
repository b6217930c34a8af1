import type { Icp } from '../../lib/icp/icp-schema';
import type { Framework, Question } from '../../lib/qualify/framework-schema';
import { BUILT_IN_FRAMEWORKS, hasFramework } from '../../lib/qualify/frameworks';
import { useLocale } from '../locale';
import { SelectField } from './choice-fields';
import { newQuestion } from './draft-ops';
import { TextField } from './fields';
import { FrameworkPreview } from './framework-preview';
import { QuestionEditor } from './question-editor';
import { CUSTOM_PATH } from './use-options-draft';

interface Props {
  icp: Icp;
  custom: Framework;
  /** Something is stored as the team's questions but no longer reads. */
  storedInvalid: boolean;
  onChange(update: (icp: Icp) => Icp): void;
  onCustomChange(update: (fw: Framework) => Framework): void;
}

/** The qualification interview: a built-in framework or the team's own questions. */
export function InterviewCard({ icp, custom, storedInvalid, onChange, onCustomChange }: Props) {
  const { t, locale } = useLocale();
  const isCustom = icp.frameworkId === custom.id;
  const known = hasFramework(icp.frameworkId, custom);
  const choices = [
    ...BUILT_IN_FRAMEWORKS.map((f) => ({ value: f.id, label: f.name[locale] })),
    { value: custom.id, label: t('options.interview.custom') },
    ...(known
      ? []
      : [
          {
            value: icp.frameworkId,
            label: t('options.interview.missing', { id: icp.frameworkId }),
          },
        ]),
  ];
  const chosen = isCustom
    ? custom
    : (BUILT_IN_FRAMEWORKS.find((f) => f.id === icp.frameworkId) ?? BUILT_IN_FRAMEWORKS[0]);
  const listPath = `${CUSTOM_PATH}.questions`;
  const setQuestion = (index: number, next: Question) =>
    onCustomChange((fw) => ({
      ...fw,
      questions: fw.questions.map((q, i) => (i === index ? next : q)),
    }));

  return (
    <section className="card options-card" aria-labelledby="interview-heading">
      <h2 id="interview-heading">{t('options.interview.title')}</h2>
      <SelectField
        label={t('options.interview.framework')}
        path="frameworkId"
        value={icp.frameworkId}
        options={choices}
        hint={known ? t('options.interview.customHint') : t('options.interview.missingHint')}
        onChange={(frameworkId) => onChange((d) => ({ ...d, frameworkId }))}
      />
      {storedInvalid && (
        <p className="error" role="alert">
          {t('options.interview.storedInvalid')}
        </p>
      )}
      {isCustom && (
        <div className="opt-custom-questions">
          <div className="opt-grid-2">
            <TextField
              label={t('options.interview.nameEn')}
              path={`${CUSTOM_PATH}.name.en`}
              value={custom.name.en}
              onChange={(en) => onCustomChange((fw) => ({ ...fw, name: { ...fw.name, en } }))}
            />
            <TextField
              label={t('options.interview.nameEs')}
              path={`${CUSTOM_PATH}.name.es`}
              value={custom.name.es}
              onChange={(es) => onCustomChange((fw) => ({ ...fw, name: { ...fw.name, es } }))}
            />
          </div>
          <ol className="opt-questions">
            {custom.questions.map((q, i) => (
              <li key={q.id}>
                <QuestionEditor
                  index={i}
                  question={q}
                  listPath={listPath}
                  canRemove={custom.questions.length > 1}
                  onChange={(next) => setQuestion(i, next)}
                  onRemove={() =>
                    onCustomChange((fw) => ({
                      ...fw,
                      questions: fw.questions.filter((_, j) => j !== i),
                    }))
                  }
                />
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() =>
              onCustomChange((fw) => ({
                ...fw,
                questions: [...fw.questions, newQuestion(fw.questions.map((q) => q.id))],
              }))
            }
          >
            {t('options.interview.addQuestion')}
          </button>
        </div>
      )}
      {chosen && <FrameworkPreview framework={chosen} />}
    </section>
  );
}
