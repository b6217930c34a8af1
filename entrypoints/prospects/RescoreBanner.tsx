import { db } from '../../components/db';
import { useActiveIcp } from '../../components/icp-store';
import { useLocale } from '../../components/locale';
import { useRescore } from '../../components/use-rescore';
import { useLiveQuery } from 'dexie-react-hooks';
import { countOutdated } from '../../lib/db/list-query';

/**
 * Scores remember the ICP version they used. When the team's ICP has changed since, this
 * offers to re-score every prospect with the current one (answers and facts as stored).
 */
export function RescoreBanner() {
  const { t } = useLocale();
  const active = useActiveIcp();
  const { state, run } = useRescore();
  const outdated = useLiveQuery(
    () => (active ? countOutdated(db, active.version) : 0),
    [active?.version],
  );
  if (!active || !run || outdated === undefined) return null;
  if (outdated === 0 && typeof state !== 'object') return null;

  return (
    <div className="card rescore" role="status">
      {typeof state === 'object' && 'done' in state ? (
        <span>{t('prospects.rescore.done', { count: state.done, version: state.version })}</span>
      ) : typeof state === 'object' ? (
        <span className="error">{t('panel.save.failed', { detail: state.error })}</span>
      ) : (
        <>
          <span>
            {active.version === 0
              ? t('prospects.rescore.outdated.builtin', { count: outdated })
              : t('prospects.rescore.outdated', { count: outdated, version: active.version })}
          </span>
          <button
            type="button"
            className="primary"
            disabled={state === 'busy'}
            onClick={() => void run()}
          >
            {t('prospects.rescore.button')}
          </button>
        </>
      )}
    </div>
  );
}
