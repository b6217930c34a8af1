import { useLocale } from '../../components/locale';
import type { Capture } from '../../lib/model/capture';

/** Explains, in plain words, a reading that found nothing or found the layout changed. */
export function CaptureNotice({ capture }: { capture: Capture }) {
  const { t } = useLocale();
  if (capture.status === 'ok') return null;
  if (capture.status === 'layout_changed')
    return (
      <section className="card notice" data-status="layout_changed" role="status">
        <h2>{t('panel.status.layout_changed.title')}</h2>
        <p>
          {t('panel.status.layout_changed.body', {
            missing: t('panel.status.layout_changed.missing'),
          })}
        </p>
      </section>
    );
  const body = capture.notes.includes('login-wall')
    ? t('panel.status.login-wall.body')
    : capture.surface === 'gmail-list'
      ? t('panel.status.gmail-list.body')
      : t('panel.status.no_signals.body');
  return (
    <section className="card notice" data-status="no_signals" role="status">
      <h2>{t('panel.status.no_signals.title')}</h2>
      <p>{body}</p>
    </section>
  );
}
