import { useEffect, useMemo, useState } from 'react';
import { db } from '../../components/db';
import { COMPANY_ROWS, FactsSection, PERSON_ROWS } from '../../components/FactsSection';
import { useLocale } from '../../components/locale';
import { findExisting, saveProspect } from '../../lib/db/repository';
import { formatDate } from '../../lib/i18n';
import type { Capture } from '../../lib/model/capture';
import type { Account, Contact, Prospect } from '../../lib/model/records';
import type { SignalValue } from '../../lib/model/signal';
import {
  draftFromCapture,
  draftIdentity,
  overlayStored,
  withRepValue,
  type Draft,
} from '../../lib/prospect/draft';
import { CaptureNotice } from './CaptureNotice';

interface Stored {
  account: Account | null;
  contact: Contact | null;
  prospect: Prospect | null;
}

/**
 * The facts of one reading, merged with what is stored, editable, and saved in one
 * transaction. Mounted per reading, so it never carries another page's values.
 */
export function ProspectEditor({ capture }: { capture: Capture }) {
  const { t, locale } = useLocale();
  const [draft, setDraft] = useState<Draft>(() => draftFromCapture(capture));
  const [stored, setStored] = useState<Stored | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  // Show what is already stored about this person/company (saved values win).
  useEffect(() => {
    let live = true;
    const id = draftIdentity(draftFromCapture(capture));
    findExisting(db, {
      domain: id.keys.domain,
      companySlug: id.companySlug,
      personSlug: id.personSlug,
      email: id.keys.email,
    })
      .then((found) => {
        if (!live) return;
        setStored(found);
        if (found.account || found.contact)
          setDraft((d) => overlayStored(d, found.account, found.contact));
      })
      .catch(() => live && setStored({ account: null, contact: null, prospect: null }));
    return () => {
      live = false;
    };
  }, [capture]);

  const identity = useMemo(() => draftIdentity(draft), [draft]);
  const hasPerson =
    capture.surface === 'linkedin-profile' ||
    capture.surface === 'gmail-thread' ||
    Object.keys(draft.person).length > 0;
  const canSave = !!(identity.keys.contactKey || identity.keys.accountKey);

  const change = (entity: 'person' | 'company', field: string, value: SignalValue | undefined) => {
    setDraft((d) => withRepValue(d, entity, field, value, capture.url, new Date()));
    setDirty(true);
    setMessage(null);
  };

  const save = async () => {
    if (!canSave) return setMessage({ kind: 'error', text: t('panel.save.nothing') });
    setSaving(true);
    setMessage(null);
    try {
      const prospect = stored?.prospect ?? null;
      const hasCompany = !!(identity.keys.accountKey || identity.companyName);
      const saved = await saveProspect(
        db,
        {
          company: hasCompany
            ? {
                fields: draft.company,
                name: identity.companyName,
                domain: identity.keys.domain,
                linkedinSlug: identity.companySlug,
              }
            : null,
          person: identity.keys.contactKey
            ? {
                fields: draft.person,
                name: identity.personName,
                linkedinSlug: identity.personSlug,
                email: identity.keys.email,
              }
            : null,
          status: prospect?.status ?? 'new',
          frameworkId: prospect?.frameworkId ?? null,
          answers: prospect?.answers ?? {},
          pain: prospect?.pain ?? '',
          notes: prospect?.notes ?? '',
          score: prospect?.score ?? null,
          icpVersion: prospect?.icpVersion ?? null,
        },
        new Date(),
      );
      const found = await findExisting(db, {
        domain: identity.keys.domain,
        companySlug: identity.companySlug,
        personSlug: identity.personSlug,
        email: identity.keys.email,
      });
      setStored({ ...found, prospect: saved });
      setDirty(false);
      setMessage({ kind: 'ok', text: t('panel.saved.done') });
    } catch (error) {
      const userMessage = (error as { userMessage?: { en: string; es: string } }).userMessage;
      setMessage({
        kind: 'error',
        text: userMessage
          ? userMessage[locale]
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
      <div className="save-bar">
        {dirty && <span className="hint">{t('panel.saved.changes')}</span>}
        {message && (
          <span
            className={message.kind === 'ok' ? 'ok' : 'error'}
            role={message.kind === 'ok' ? 'status' : 'alert'}
          >
            {message.text}
          </span>
        )}
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </div>
  );
}
