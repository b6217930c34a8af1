import { useMemo, useState } from 'react';
import { db } from '../../components/db';
import { COMPANY_ROWS, FactsSection, PERSON_ROWS } from '../../components/FactsSection';
import { useFramework } from '../../components/framework-store';
import { useActiveIcp } from '../../components/icp-store';
import { useLocale } from '../../components/locale';
import { LinkBanner } from '../../components/qualify/LinkBanner';
import { NotesField } from '../../components/qualify/NotesField';
import { QualifySection } from '../../components/qualify/QualifySection';
import { UnsavedNotice } from '../../components/qualify/UnsavedNotice';
import { userMessageOf } from '../../lib/db/errors';
import { saveProspect } from '../../lib/db/repository';
import { formatDate } from '../../lib/i18n';
import { accountKey, contactKey } from '../../lib/identity/keys';
import type { Capture } from '../../lib/model/capture';
import type { AnswerValue } from '../../lib/model/records';
import type { SignalValue } from '../../lib/model/signal';
import type { Entity } from '../../lib/model/vocab';
import { stringOf } from '../../lib/prospect/draft';
import { recommendationText, scoreAndRecommend } from '../../lib/recommend/recommend';
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
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

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
            now: new Date(),
            locale,
          })
        : null,
    [active, framework, draft, answers, pain, locale],
  );
  const hasPerson =
    capture.surface === 'linkedin-profile' ||
    capture.surface === 'gmail-thread' ||
    Object.keys(draft.person).length > 0;

  const change = (entity: Entity, field: string, value: SignalValue | undefined) => {
    prospect.change(entity, field, value);
    setMessage(null);
  };
  const answer = (id: string, value: AnswerValue | null) => {
    prospect.answer(id, value);
    setMessage(null);
  };

  const save = async () => {
    const hasAccount = accountKey(identity.account) !== null;
    const hasContact = contactKey(identity.contact) !== null;
    if (!hasContact && !hasAccount)
      return setMessage({ kind: 'error', text: t('panel.save.nothing') });
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
          status: result?.score.verdict ?? prior?.status ?? 'new',
          frameworkId: framework?.id ?? prior?.frameworkId ?? null,
          answers,
          clearedAnswers: prospect.unsaved?.clearedAnswers ?? {},
          unsaved: prospect.unsaved,
          pain,
          angle: result ? recommendationText(result.recommendation) : (prior?.angle ?? null),
          notes,
          score: result?.score ?? prior?.score ?? null,
          icpVersion: active?.version ?? prior?.icpVersion ?? null,
        },
        new Date(),
      );
      prospect.saved(saved);
      setMessage({ kind: 'ok', text: t('panel.saved.done') });
    } catch (error) {
      const userMessage = userMessageOf(error);
      setMessage({
        kind: 'error',
        text: userMessage
          ? t(userMessage.key, userMessage.params)
          : t('panel.save.failed', { detail: String((error as Error)?.message ?? error) }),
      });
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
      {hasPerson && (
        <FactsSection
          entity="person"
          fields={draft.person}
          rows={PERSON_ROWS}
          onChange={(f, v) => change('person', f, v)}
        />
      )}
      <FactsSection
        entity="company"
        fields={draft.company}
        rows={COMPANY_ROWS}
        onChange={(f, v) => change('company', f, v)}
      />
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
        />
      )}
      <NotesField notes={notes} onNotes={(n) => prospect.setText('notes', n)} />
      <div className="save-bar">
        {dirty && <span className="hint">{t('panel.saved.changes')}</span>}
        {message && (
          <span className={message.kind} role={message.kind === 'ok' ? 'status' : 'alert'}>
            {message.text}
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
