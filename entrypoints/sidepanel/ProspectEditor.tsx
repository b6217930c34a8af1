import { useMemo, useState } from 'react';
import { db } from '../../components/db';
import { FactsSection } from '../../components/FactsSection';
import { useFramework } from '../../components/framework-store';
import { useActiveIcp } from '../../components/icp-store';
import { useLocale } from '../../components/locale';
import { DecisionCard } from '../../components/qualify/DecisionCard';
import { LinkBanner } from '../../components/qualify/LinkBanner';
import { NotesField } from '../../components/qualify/NotesField';
import { QualifySection } from '../../components/qualify/QualifySection';
import { UnsavedNotice } from '../../components/qualify/UnsavedNotice';
import { userMessageOf } from '../../lib/db/errors';
import { saveProspect } from '../../lib/db/repository';
import { whoOf } from '../../lib/display/who';
import { formatDate, type MessageKey, type Params } from '../../lib/i18n';
import { accountKey, contactKey } from '../../lib/identity/keys';
import type { Capture } from '../../lib/model/capture';
import type { AnswerValue } from '../../lib/model/records';
import type { SignalValue } from '../../lib/model/signal';
import type { Entity } from '../../lib/model/vocab';
import { showsPerson, stringOf } from '../../lib/prospect/page-facts';
import { suggestAnswers } from '../../lib/qualify/suggest-answers';
import { followUp, recommendationText, scoreAndRecommend } from '../../lib/recommend/recommend';
import { factsFromFields } from '../../lib/scoring/facts';
import { CaptureNotice } from './CaptureNotice';
import { useProspectWork } from './use-prospect-work';

/**
 * The facts of one reading, merged with what is stored and with the rep's unsaved work
 * (use-prospect-work.ts), editable, scored live and saved in one transaction. Mounted
 * per reading, so it never carries another page's values.
 */
export function ProspectEditor({ capture }: { capture: Capture }) {
  const { t, locale } = useLocale();
  const active = useActiveIcp();
  const framework = useFramework();
  const prospect = useProspectWork(capture);
  const { stored, identity, dirty } = prospect;
  const { facts: draft, answers, pain, notes } = prospect.work;
  const [saving, setSaving] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  // The rep's pick of problem (when their note named none or several), else the stored one.
  const problemId = chosen ?? stored?.prospect?.problemId ?? null;
  // Kept as a key, not text: a language switch after saving re-words it.
  const [message, setMessage] = useState<{
    kind: 'ok' | 'error';
    key: MessageKey;
    params?: Params;
  } | null>(null);

  const result = useMemo(
    () =>
      active && framework
        ? scoreAndRecommend({
            icp: active.icp,
            icpVersion: active.version,
            framework,
            facts: factsFromFields(draft.person, draft.company),
            answers,
            pain,
            problemId,
            emailSentences: capture.sentences,
            now: new Date(),
            locale,
          })
        : null,
    [active, framework, draft, answers, pain, problemId, capture, locale],
  );
  // The email's own sentences suggest answers; only an accepted one is kept (as an answer).
  const suggestions = useMemo(
    () =>
      framework && capture.sentences
        ? suggestAnswers(capture.sentences, framework, new Set(Object.keys(answers)))
        : [],
    [capture, framework, answers],
  );
  const hasPerson = showsPerson(capture.surface, draft);

  const change = (entity: Entity, field: string, value: SignalValue | undefined) => {
    prospect.change(entity, field, value);
    setMessage(null);
  };
  const answer = (id: string, value: AnswerValue | null, note?: string) => {
    prospect.answer(id, value, note);
    setMessage(null);
  };

  const save = async () => {
    const hasAccount = accountKey(identity.account) !== null;
    const hasContact = contactKey(identity.contact) !== null;
    if (!hasContact && !hasAccount) return setMessage({ kind: 'error', key: 'panel.save.nothing' });
    setSaving(true);
    setMessage(null);
    try {
      const prior = stored?.prospect ?? null;
      const companyName = stringOf(draft.company.name?.value) ?? '';
      const saved = await saveProspect(
        db,
        {
          company:
            hasAccount || companyName
              ? { fields: draft.company, name: companyName, ...identity.account }
              : null,
          person: hasContact
            ? {
                fields: draft.person,
                name: stringOf(draft.person.name?.value) ?? '',
                ...identity.contact,
              }
            : null,
          frameworkId: framework?.id ?? prior?.frameworkId ?? null,
          answers,
          clearedAnswers: prospect.unsaved?.clearedAnswers ?? {},
          unsaved: prospect.unsaved,
          pain,
          angle: result ? recommendationText(result.recommendation) : (prior?.angle ?? null),
          advice: result?.advice ?? prior?.advice ?? null,
          problemId,
          ...(result
            ? followUp(result.recommendation)
            : { nextStep: prior?.nextStep ?? null, revisitAt: prior?.revisitAt ?? null }),
          notes,
          score: result?.score ?? prior?.score ?? null,
          icpVersion: active?.version ?? prior?.icpVersion ?? null,
        },
        new Date(),
      );
      prospect.saved(saved);
      setMessage({ kind: 'ok', key: 'panel.saved.done' });
    } catch (error) {
      const userMessage = userMessageOf(error);
      setMessage(
        userMessage
          ? { kind: 'error', ...userMessage }
          : {
              kind: 'error',
              key: 'panel.save.failed',
              params: { detail: String((error as Error)?.message ?? error) },
            },
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="editor">
      <CaptureNotice capture={capture} />
      {prospect.link && (
        <LinkBanner
          link={prospect.link}
          page={prospect.pageIdentity}
          onConfirm={() => void prospect.judgeLink(true)}
          onReject={() => void prospect.judgeLink(false)}
        />
      )}
      {dirty && <UnsavedNotice onDiscard={prospect.discard} />}
      {stored?.prospect && (
        <p className="saved-badge" data-testid="saved-badge">
          {t('panel.saved.badge', { date: formatDate(locale, stored.prospect.updatedAt) })}
        </p>
      )}
      {result && (
        <DecisionCard
          who={whoOf(draft, locale)}
          score={result.score}
          recommendation={result.recommendation}
        />
      )}
      {result && framework && (
        <QualifySection
          framework={framework}
          answers={answers}
          onAnswer={answer}
          pain={pain}
          onPain={(p) => {
            prospect.setText('pain', p);
            setMessage(null);
          }}
          score={result.score}
          recommendation={result.recommendation}
          suggestions={suggestions}
          onChooseProblem={(id) => {
            setChosen(id);
            setMessage(null);
          }}
        />
      )}
      {hasPerson && (
        <FactsSection
          entity="person"
          fields={draft.person}
          onChange={(f, v) => change('person', f, v)}
        />
      )}
      <FactsSection
        entity="company"
        fields={draft.company}
        onChange={(f, v) => change('company', f, v)}
      />
      <NotesField notes={notes} onNotes={(n) => prospect.setText('notes', n)} />
      <div className="save-bar">
        {dirty && <span className="hint">{t('panel.saved.changes')}</span>}
        {message && (
          <span className={message.kind} role={message.kind === 'ok' ? 'status' : 'alert'}>
            {t(message.key, message.params)}
          </span>
        )}
        {result && (
          <span className="mini-grade" aria-hidden="true">
            {result.score.grade ?? '—'}
          </span>
        )}
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </div>
  );
}
