import { useId, useState } from 'react';
import { exportBackup, parseBackup, type BackupData } from '../../lib/export/backup';
import type { Message } from '../../lib/i18n';
import { readFileText } from '../../lib/import/read-file';
import { db } from '../db';
import { useLocale } from '../locale';
import { DataDialog } from './DataDialog';
import { datedName, downloadBlob } from './download';
import { storedItems } from './item-accessors';
import { readPicked } from './read-picked';
import { RestoreStep } from './RestoreStep';

/** The whole state as one versioned JSON file, and its restore. */
export function BackupDialog({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const fileId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const [issue, setIssue] = useState<Message | null>(null);
  const [backup, setBackup] = useState<BackupData | null>(null);

  const download = async () => {
    const text = await exportBackup(db, new Date(), storedItems);
    downloadBlob(new Blob([text], { type: 'application/json' }), datedName('backup', 'json'));
    const parsed = parseBackup(text);
    const count = parsed.ok
      ? parsed.data.prospects.length + parsed.data.accounts.length + parsed.data.contacts.length
      : 0;
    setSaved(t('data.backup.done', { count }));
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBackup(null);
    const { bytes, size } = await readPicked(file);
    const text = readFileText(bytes, size);
    if (!text.ok) return setIssue(text.issue);
    const parsed = parseBackup(text.text);
    if (!parsed.ok) return setIssue(parsed.issues[0]!.message);
    setIssue(null);
    setBackup(parsed.data);
  };

  return (
    <DataDialog title={t('data.backup.title')} onClose={onClose}>
      <div className="data-step">
        <p className="hint">{t('data.backup.explain')}</p>
        <div className="data-actions">
          <button type="button" className="primary" onClick={() => void download()}>
            {t('data.backup.download')}
          </button>
          {saved && (
            <span role="status" className="ok">
              {saved}
            </span>
          )}
        </div>
        <label htmlFor={fileId}>{t('data.restore.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        {issue && (
          <p className="error" role="alert">
            {t('data.restore.refused')} {t(issue.key, issue.params)}
          </p>
        )}
        {backup && <RestoreStep backup={backup} />}
      </div>
    </DataDialog>
  );
}
