import { useState } from 'react';
import { useLocale } from '../locale';
import { BackupDialog } from './BackupDialog';
import { ExportDialog, type ShownProspects } from './ExportDialog';
import { ImportDialog } from './ImportDialog';

/** The prospects page's data buttons: export, import, backup and restore. */
export function DataMenu({
  shown,
  selectedIds,
}: {
  shown: ShownProspects;
  selectedIds?: readonly string[];
}) {
  const { t } = useLocale();
  const [open, setOpen] = useState<'export' | 'import' | 'backup' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="data-actions">
      <button type="button" onClick={() => setOpen('export')}>
        {t('data.open.export')}
      </button>
      <button type="button" onClick={() => setOpen('import')}>
        {t('data.open.import')}
      </button>
      <button type="button" onClick={() => setOpen('backup')}>
        {t('data.open.backup')}
      </button>
      {open === 'export' && (
        <ExportDialog shown={shown} selectedIds={selectedIds} onClose={close} />
      )}
      {open === 'import' && <ImportDialog onClose={close} />}
      {open === 'backup' && <BackupDialog onClose={close} />}
    </div>
  );
}
