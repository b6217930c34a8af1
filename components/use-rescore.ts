import { useState } from 'react';
import { userMessageOf } from '../lib/db/errors';
import { db } from './db';
import { useFramework } from './framework-store';
import { useActiveIcp } from './icp-store';
import { useLocale } from './locale';

export type RescoreState = 'idle' | 'busy' | { done: number; version: number } | { error: string };

/**
 * Re-scoring every stored prospect with the active ICP (answers and facts as stored), as
 * one click: the prospects page offers it when scores are outdated, the calibration card
 * after a proposal is applied. `run` is null while the ICP or the interview loads.
 */
export function useRescore(): { state: RescoreState; run: (() => Promise<void>) | null } {
  const { t, locale } = useLocale();
  const active = useActiveIcp();
  const framework = useFramework();
  const [state, setState] = useState<RescoreState>('idle');
  if (!active || !framework) return { state, run: null };

  const run = async () => {
    setState('busy');
    const now = new Date();
    try {
      // The engine and the writer load with the first re-score: pages that only offer it
      // start lighter (the writer brings the public-suffix list, 120 kB).
      const [{ rescoreStored }, { rescoreAll }] = await Promise.all([
        import('../lib/recommend/rescore-stored'),
        import('../lib/db/repository'),
      ]);
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
      setState({ done: updated, version: active.version });
    } catch (error) {
      const m = userMessageOf(error);
      setState({ error: m ? t(m.key, m.params) : String((error as Error)?.message ?? error) });
    }
  };
  return { state, run };
}
