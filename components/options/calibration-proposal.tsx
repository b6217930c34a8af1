import type { Backtest, BacktestSide } from '../../lib/calibration/backtest';
import type { Proposal } from '../../lib/calibration/calibrate';
import { formatNumber } from '../../lib/i18n';
import type { Icp } from '../../lib/icp/icp-schema';
import { criterionLabel } from '../../lib/scoring/criterion-labels';
import { useLocale } from '../locale';

/** Every criterion's weight before and after, and why; then the fit thresholds. */
export function ProposalChanges({ icp, proposal }: { icp: Icp; proposal: Proposal }) {
  const { t, locale } = useLocale();
  return (
    <>
      <h3>{t('calibration.criteria')}</h3>
      <ul className="calibration-changes" data-testid="calibration-weights">
        {proposal.weights.map((w, i) => {
          const c = icp.criteria[i];
          return (
            <li key={w.id} data-changed={w.from !== w.to || undefined}>
              <span className="calibration-what">
                <strong>{c ? criterionLabel(c, locale, icp.locale) : w.id}</strong>{' '}
                <span className="calibration-weight">
                  {t('calibration.weight', { from: w.from, to: w.to })}
                </span>
              </span>
              <span className="hint">
                {w.tooFewKnown
                  ? t('calibration.weight.tooFewKnown')
                  : t('calibration.weight.changed', { ...w.tally })}
              </span>
            </li>
          );
        })}
      </ul>
      <h3>{t('calibration.thresholds')}</h3>
      <ul className="calibration-changes" data-testid="calibration-thresholds">
        {proposal.thresholds.map((c) => (
          <li key={c.key} data-changed={c.from !== c.to || undefined}>
            <span className="calibration-what">
              <strong>{t(`calibration.threshold.${c.key}`)}</strong>{' '}
              <span className="calibration-weight">
                {t('calibration.threshold', { from: c.from, to: c.to })}
              </span>
            </span>
            <span className="hint">{t(`calibration.threshold.${c.key}.why`, { ...c })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The held-out figures of today's ICP and of the proposal, side by side. */
export function BacktestTable({ backtest }: { backtest: Backtest }) {
  const { t, locale } = useLocale();
  const auc = (s: BacktestSide) =>
    s.auc === null ? '—' : formatNumber(locale, s.auc, { maximumFractionDigits: 2 });
  const precision = (s: BacktestSide) =>
    s.precision === null
      ? t('calibration.backtest.noneQualified')
      : t('calibration.backtest.precisionValue', {
          percent: formatNumber(locale, s.precision, { style: 'percent' }),
          won: s.qualifiedWon,
          qualified: s.qualified,
        });
  return (
    <table className="calibration-backtest" data-testid="calibration-backtest">
      <caption>
        {t('calibration.backtest', { heldOut: backtest.heldOut, won: backtest.heldOutWon })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('calibration.backtest.measure')}</th>
          <th scope="col">{t('calibration.backtest.now')}</th>
          <th scope="col">{t('calibration.backtest.proposed')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('calibration.backtest.auc')}</th>
          <td>{auc(backtest.before)}</td>
          <td>{auc(backtest.after)}</td>
        </tr>
        <tr>
          <th scope="row">{t('calibration.backtest.precision')}</th>
          <td>{precision(backtest.before)}</td>
          <td>{precision(backtest.after)}</td>
        </tr>
      </tbody>
    </table>
  );
}
