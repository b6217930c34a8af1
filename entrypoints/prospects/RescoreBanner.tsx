import { useState } from 'react';
import { db } from '../../components/db';
import { useFramework } from '../../components/framework-store';
import { useActiveIcp } from '../../components/icp-store';
import { useLocale } from '../../components/locale';
import { userMessageOf } from '../../lib/db/errors';
import { useLiveQuery } from 'dexie-react-hooks';
import { countOutdated } from '../../lib/db/list-query';
import { rescoreAll } from '../../lib/db/repository';
import { rescoreStored } from '../../lib/recommend/rescore-stored';

/**
 * Scores remember the ICP version they used. When the team's ICP has changed since, this
 * offers to re-score every prospect with the current one (answers and facts as stored).
 */
export function RescoreBanner() {
  const { t, locale } = useLocale();
  const active = useActiveIcp();
  const framework = useFramework();
  const [state, setState] = useState<'idle' | 'busy' | { done: number } | { error: string }>(
    'idle',
  );
  const outdated = useLiveQuery(
    () => (active ? countOutdated(db, active.version) : 0),
    [active?.version],
  );
  if (!active || !framework || outdated === undefined) return null;
  if (outdated === 0 && typeof state !== 'object') return null;

  const run = async () => {
    setState('busy');
    const now = new Date();
    try {
      const { updated } = await rescoreAll(
        db,
        (p, contact, account) =>
          rescoreStored(
            { icp: active.icp, icpVersion: active.version, framework, now, locale },
            p,
            contact,
            account,
          ),
        now,
      );
      setState({ done: updated });
    } catch (error) {
      const m = userMessageOf(error);
      setState({ error: m ? t(m.key, m.params) : String((error as Error)?.message ?? error) });
    }
  };

  return (
    <div className="card rescore" role="status">
      {typeof state === 'object' && 'done' in state ? (
        <span>{t('prospects.rescore.done', { count: state.done, version: active.version })}</span>
      ) : typeof state === 'object' ? (
        <span className="error">{t('panel.save.failed', { detail: state.error })}</span>
      ) : (
        <>
          <span>
            {t('prospects.rescore.outdated', { count: outdated, version: active.version })}
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
