import { useEffect, useRef } from 'react';
import { MIN_OUTCOMES } from '../../lib/calibration/calibrate';
import { useLocale } from '../locale';
import { useRescore } from '../use-rescore';
import { BacktestTable, ProposalChanges } from './calibration-proposal';
import { useCalibration, type CalibrationPhase } from './use-calibration';
import type { OptionsDraft } from './use-options-draft';

/** What the fit found, in words: a proposal, or why there is none. */
function Outcome({ phase, draft }: { phase: CalibrationPhase; draft: OptionsDraft }) {
  const { t } = useLocale();
  if (phase.kind !== 'done' || !draft.active) return null;
  const r = phase.result;
  switch (r.kind) {
    case 'too-few':
      return <p role="status">{t('calibration.tooFew', { count: r.total, min: MIN_OUTCOMES })}</p>;
    case 'one-sided':
      return <p role="status">{t('calibration.oneSided', { count: r.total })}</p>;
    case 'no-signal':
      return <p role="status">{t('calibration.noSignal', { count: r.total })}</p>;
    case 'no-improvement':
      return (
        <>
          <p role="status">{t('calibration.noImprovement', { heldOut: r.backtest.heldOut })}</p>
          <BacktestTable backtest={r.backtest} />
        </>
      );
    case 'proposal':
      return (
        <>
          <p role="status">
            {t('calibration.proposal', { count: r.total, heldOut: r.backtest.heldOut })}
          </p>
          <ProposalChanges icp={draft.active.icp} proposal={r.proposal} />
          <BacktestTable backtest={r.backtest} />
        </>
      );
  }
}

/**
 * Calibration (issue #15): the team's closed deals propose new criterion weights and fit
 * thresholds, shown with the counts behind each change and a held-out backtest; applying
 * one saves a new ICP version, then one click re-scores everything. Linked from the
 * insights page as options.html#calibration.
 */
export function CalibrationCard({ draft }: { draft: OptionsDraft }) {
  const { t } = useLocale();
  const { counts, phase, run, apply } = useCalibration(draft);
  const rescore = useRescore();
  const total = counts ? counts.won + counts.lost + counts.noDecision : 0;
  const proposal = phase.kind === 'done' && phase.result.kind === 'proposal';
  const section = useRef<HTMLElement>(null);

  // The page draws its cards once the ICP has loaded, after the browser looked for the
  // fragment: a link to options.html#calibration (the insights page) scrolls here itself.
  useEffect(() => {
    if (window.location.hash === '#calibration') section.current?.scrollIntoView();
  }, []);

  return (
    <section
      ref={section}
      id="calibration"
      className="card options-card"
      aria-labelledby="calibration-heading"
    >
      <h2 id="calibration-heading">{t('calibration.title')}</h2>
      <p className="hint">{t('calibration.intro')}</p>
      {counts && (
        <p data-testid="calibration-counts">
          {t('calibration.counts', { ...counts })}
          {total < MIN_OUTCOMES && (
            <> {t('calibration.tooFew', { count: total, min: MIN_OUTCOMES })}</>
          )}
        </p>
      )}
      {total >= MIN_OUTCOMES && phase.kind !== 'applied' && (
        <div className="toolbar">
          <button
            type="button"
            disabled={!run || phase.kind === 'running'}
            onClick={() => void run?.()}
          >
            {t('calibration.run')}
          </button>
          {phase.kind === 'running' && (
            <span className="hint">{t('calibration.running', { count: total })}</span>
          )}
        </div>
      )}
      <Outcome phase={phase} draft={draft} />
      {proposal && (
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={!apply || draft.dirty}
            onClick={() => void apply?.()}
          >
            {t('calibration.apply')}
          </button>
          {draft.dirty && <span className="hint">{t('calibration.applyDirty')}</span>}
        </div>
      )}
      {phase.kind === 'applied' && (
        <>
          <p role="status">{t('calibration.applied', { version: phase.version })}</p>
          {typeof rescore.state === 'object' && 'done' in rescore.state ? (
            <p role="status">
              {t('prospects.rescore.done', {
                count: rescore.state.done,
                version: rescore.state.version,
              })}
            </p>
          ) : (
            <div className="toolbar">
              <button
                type="button"
                className="primary"
                disabled={!rescore.run || rescore.state === 'busy'}
                onClick={() => void rescore.run?.()}
              >
                {t('prospects.rescore.button')}
              </button>
            </div>
          )}
          {typeof rescore.state === 'object' && 'error' in rescore.state && (
            <p className="error" role="alert">
              {t('panel.save.failed', { detail: rescore.state.error })}
            </p>
          )}
        </>
      )}
      {phase.kind === 'error' && (
        <p className="error" role="alert">
          {t('calibration.failed', { detail: phase.detail })}
        </p>
      )}
    </section>
  );
}
