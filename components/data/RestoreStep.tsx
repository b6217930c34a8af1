import { useState } from 'react';
import { formatDate } from '../../lib/i18n';
import { restoreBackup, type BackupData } from '../../lib/export/backup';
import { db } from '../db';
import { useLocale } from '../locale';
import { storedItems } from './item-accessors';

/** What a valid backup holds, and the confirmed restore (all or nothing). */
export function RestoreStep({ backup, onDone }: { backup: BackupData; onDone?: () => void }) {
  const { t, locale } = useLocale();
  const [state, setState] = useState<'ready' | 'running' | 'done'>('ready');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const counts = {
    prospects: backup.prospects.length,
    accounts: backup.accounts.length,
    contacts: backup.contacts.length,
  };

  const restore = async () => {
    setState('running');
    try {
      const restored = await restoreBackup(db, backup, storedItems);
      setMessage({ tone: 'ok', text: t('data.restore.done', restored) });
      setState('done');
      onDone?.();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setMessage({ tone: 'error', text: `${t('data.restore.refused')} (${detail})` });
      setState('ready');
    }
  };

  return (
    <div className="data-step">
      <p>
        {t('data.restore.summary', {
          date: formatDate(locale, backup.exportedAt, { dateStyle: 'medium' }),
          ...counts,
        })}
      </p>
      {state !== 'done' && <p className="hint">{t('data.restore.warning')}</p>}
      <div className="data-actions">
        {state !== 'done' && (
          <button
            type="button"
            className="primary"
            disabled={state === 'running'}
            onClick={() => void restore()}
          >
            {t('data.restore.confirm')}
          </button>
        )}
        {message && (
          <span role="status" className={message.tone}>
            {message.text}
          </span>
        )}
      </div>
    </div>
  );
}
