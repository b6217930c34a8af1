import { Suspense, lazy, useState } from 'react';
import { useLocale } from '../locale';
import type { ShownProspects } from './ExportDialog';

// Each dialog brings its own weight (CSV parsing, presets, backup schemas): loaded when opened.
const ExportDialog = lazy(() =>
  import('./ExportDialog').then((m) => ({ default: m.ExportDialog })),
);
const ImportDialog = lazy(() =>
  import('./ImportDialog').then((m) => ({ default: m.ImportDialog })),
);
const BackupDialog = lazy(() =>
  import('./BackupDialog').then((m) => ({ default: m.BackupDialog })),
);

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
      <Suspense fallback={null}>
        {open === 'export' && (
          <ExportDialog shown={shown} selectedIds={selectedIds} onClose={close} />
        )}
        {open === 'import' && <ImportDialog onClose={close} />}
        {open === 'backup' && <BackupDialog onClose={close} />}
      </Suspense>
    </div>
  );
}
