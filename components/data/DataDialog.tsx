import { useEffect, useRef, type ReactNode } from 'react';
import { useLocale } from '../locale';
import './data.css';

/**
 * A modal dialog (the native <dialog>: focus trapped, Escape closes, the page behind
 * inert) for the export, import and backup flows.
 */
export function DataDialog({
  title,
  onClose,
  busy = false,
  children,
}: {
  title: string;
  onClose: () => void;
  /** While work runs the dialog stays open: Escape and Close wait for Cancel. */
  busy?: boolean;
  children: ReactNode;
}) {
  const { t } = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="data-dialog"
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onClose();
      }}
    >
      <header className="data-dialog-head">
        <h2>{title}</h2>
        <button type="button" className="quiet" onClick={onClose} disabled={busy}>
          {t('data.close')}
        </button>
      </header>
      {children}
    </dialog>
  );
}
