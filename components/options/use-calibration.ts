import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { calibrate, type Calibration } from '../../lib/calibration/calibrate';
import type { OutcomeCounts } from '../../lib/calibration/sample';
import { countClosedDeals, readClosedDeals } from '../../lib/db/closed-deals';
import { userMessageOf } from '../../lib/db/errors';
import { db } from '../db';
import { useFramework } from '../framework-store';
import { saveActiveIcp } from '../icp-store';
import { useLocale } from '../locale';
import type { OptionsDraft } from './use-options-draft';

export type CalibrationPhase =
  | { kind: 'idle' }
  | { kind: 'running' }
  /** A result belongs to the ICP version it was computed from. */
  | { kind: 'done'; result: Calibration; fromVersion: number }
  | { kind: 'applied'; version: number }
  | { kind: 'error'; detail: string };

export interface CalibrationState {
  counts: OutcomeCounts | undefined;
  phase: CalibrationPhase;
  /** Null while the ICP or interview loads. */
  run: (() => Promise<void>) | null;
  apply: (() => Promise<void>) | null;
}

/**
 * The calibration card's work: closed deals counted live on the rows' index; on request,
 * read and fitted against the saved ICP; a proposal applied as a new ICP version. A
 * result computed from an older version than the one saved now is dropped: its "before"
 * would no longer be today's ICP.
 */
export function useCalibration(draft: OptionsDraft): CalibrationState {
  const { t } = useLocale();
  const framework = useFramework();
  const counts = useLiveQuery(() => countClosedDeals(db), []);
  const [phase, setPhase] = useState<CalibrationPhase>({ kind: 'idle' });
  const { active } = draft;
  const failed = (e: unknown) => {
    const m = userMessageOf(e);
    setPhase({
      kind: 'error',
      detail: m ? t(m.key, m.params) : String((e as Error)?.message ?? e),
    });
  };

  const shown =
    phase.kind === 'done' && active && phase.fromVersion !== active.version
      ? ({ kind: 'idle' } as const)
      : phase;
  if (!active || !framework) return { counts, phase: shown, run: null, apply: null };

  const run = async () => {
    setPhase({ kind: 'running' });
    try {
      const { samples } = await readClosedDeals(db);
      const result = calibrate({
        icp: active.icp,
        icpVersion: active.version,
        framework,
        samples,
        now: new Date(),
      });
      setPhase({ kind: 'done', result, fromVersion: active.version });
    } catch (e) {
      failed(e);
    }
  };

  const apply = async () => {
    if (shown.kind !== 'done' || shown.result.kind !== 'proposal' || draft.dirty) return;
    try {
      const saved = await saveActiveIcp(db, shown.result.proposal.icp, new Date());
      if (!saved.ok) throw new Error(saved.issues.map((i) => i.path).join(', '));
      draft.followStored();
      setPhase({ kind: 'applied', version: saved.version });
    } catch (e) {
      failed(e);
    }
  };
  return { counts, phase: shown, run, apply };
}
