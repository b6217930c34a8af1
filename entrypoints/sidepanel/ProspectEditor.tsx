import { useEffect, useMemo, useState } from 'react';
import { db } from '../../components/db';
import { COMPANY_ROWS, FactsSection, PERSON_ROWS } from '../../components/FactsSection';
import { useFramework } from '../../components/framework-store';
import { useActiveIcp } from '../../components/icp-store';
import { useLocale } from '../../components/locale';
import { QualifySection } from '../../components/qualify/QualifySection';
import { userMessageOf } from '../../lib/db/errors';
import { saveProspect } from '../../lib/db/repository';
import { formatDate } from '../../lib/i18n';
import type { Capture } from '../../lib/model/capture';
import type { Answer, AnswerValue } from '../../lib/model/records';
import type { SignalValue } from '../../lib/model/signal';
import type { Entity } from '../../lib/model/vocab';
import { accountKey, contactKey, identityKeys } from '../../lib/identity/keys';
import {
  draftFromCapture,
  overlayStored,
  stringOf,
  withRepValue,
  type Draft,
} from '../../lib/prospect/draft';
import { followUp, recommendationText, scoreAndRecommend } from '../../lib/recommend/recommend';
import { factsFromFields } from '../../lib/scoring/facts';
import { CaptureNotice } from './CaptureNotice';
import { useStored } from './use-stored';

/**
 * The facts of one reading, merged with what is stored, editable, scored live and saved
 * in one transaction. Mounted per reading, so it never carries another page's values.
 */
export function ProspectEditor({ capture }: { capture: Capture }) {
  const { t, locale } = useLocale();
  const active = useActiveIcp();
  const framework = useFramework();
  const initial = useMemo(() => draftFromCapture(capture), [capture]);
  const [stored, setStored] = useStored(initial);
  const [draft, setDraft] = useState<Draft>(initial);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [pain, setPain] = useState('');
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  // Once found, what is stored wins: saved values, answers and pain.
  const [seeded, setSeeded] = useState(false);
  useEffect(() => {
    if (!stored || seeded) return;
    setSeeded(true);
    if (stored.account || stored.contact)
      setDraft((d) => overlayStored(d, stored.contact, stored.account));
    if (stored.prospect) {
      setAnswers(stored.prospect.answers);
      setPain(stored.prospect.pain);
    }
  }, [stored, seeded]);

  const identity = useMemo(() => identityKeys(draft), [draft]);
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

  const touched = () => {
    setDirty(true);
    setMessage(null);
  };
  const change = (entity: Entity, field: string, value: SignalValue | undefined) => {
    setDraft((d) => withRepValue(d, entity, field, value, capture.url, new Date()));
    touched();
  };
  const answer = (id: string, value: AnswerValue | null) => {
    setAnswers((a) => {
      const next = { ...a };
      if (value === null) delete next[id];
      else next[id] = { value, answeredAt: new Date().toISOString() };
      return next;
    });
    touched();
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
          frameworkId: framework?.id ?? prior?.frameworkId ?? null,
          answers,
          pain,
          angle: result ? recommendationText(result.recommendation) : (prior?.angle ?? null),
          ...(result
            ? followUp(result.recommendation)
            : { nextStep: prior?.nextStep ?? null, revisitAt: prior?.revisitAt ?? null }),
          notes: prior?.notes ?? '',
          score: result?.score ?? prior?.score ?? null,
          icpVersion: active?.version ?? prior?.icpVersion ?? null,
        },
        new Date(),
      );
      setStored(saved);
      setDirty(false);
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
            setPain(p);
            touched();
          }}
          score={result.score}
          recommendation={result.recommendation}
        />
      )}
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
