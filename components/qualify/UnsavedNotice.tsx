import { useLocale } from '../locale';
import './link-banner.css';

/** Tells the rep their edits are kept but not saved, and lets them throw them away. */
export function UnsavedNotice({ onDiscard }: { onDiscard(): void }) {
  const { t } = useLocale();
  return (
    <p className="unsaved-notice" data-testid="unsaved">
      <span>{t('unsaved.badge')}</span>
      <button type="button" className="quiet" onClick={onDiscard}>
        {t('unsaved.discard')}
      </button>
    </p>
  );
}
