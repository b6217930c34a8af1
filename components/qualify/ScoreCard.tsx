import { Fragment } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { formatNumber } from '../../lib/i18n';
import type { Score, ScoreLine } from '../../lib/model/score';
import { fitFigure } from '../../lib/scoring/fit-figure';
import { inertText } from '../../lib/text/inert-text';
import { useLocale } from '../locale';

/**
 * The figures behind the grade (fit, known share, qualification) and every line that
 * made them: the one list of criteria and answers (the decision card says the verdict).
 */
export function ScoreCard({ score }: { score: Score }) {
  const { t, locale } = useLocale();
  const pct = (n: number | null) => (n === null ? '—' : `${formatNumber(locale, Math.round(n))}`);
  return (
    <section
      className={`card score verdict-card--${score.verdict}`}
      aria-labelledby="score-title"
      data-testid="score"
    >
      <h2 id="score-title">{t('q.score.title')}</h2>
      <dl className="score-figures">
        <div>
          <dt>{t('q.score.fit')}</dt>
          <dd data-testid="fit">{fitFigure(score, locale)}</dd>
        </div>
        <div>
          <dt>{t('q.score.confidence')}</dt>
          <dd>{pct(score.confidence)}%</dd>
        </div>
        <div>
          <dt>{t('q.score.qualification')}</dt>
          <dd>{pct(score.qualification)}</dd>
        </div>
      </dl>
      {score.fit === null && <p className="hint">{t('q.fit.none')}</p>}
      {score.stale && <p className="notice-inline">{t('q.score.stale')}</p>}
      <details className="reasons">
        <summary>{t('q.score.reasons', { count: score.lines.length })}</summary>
        <ul>
          {score.lines.map((line) => (
            <Line key={`${line.kind}:${line.id}`} line={line} />
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Vocabulary values (seniority, department) read in the UI language, not as ids. */
export function evidenceText(field: string, value: string, t: (k: MessageKey) => string): string {
  const f = field.replace(/^(person|company)\./, '');
  if (f === 'seniority' || f === 'department') {
    const label = t(`${f}.${value}` as MessageKey);
    if (label !== `${f}.${value}`) return label;
  }
  return value;
}

/** "person.title" → "Title" in the UI language (answers keep their question id). */
export function evidenceField(field: string, t: (k: MessageKey) => string): string {
  const label = t(`facts.${field}` as MessageKey);
  return label === `facts.${field}` ? field : label;
}

export function Line({ line }: { line: ScoreLine }) {
  const { t, locale } = useLocale();
  const n = (x: number) => formatNumber(locale, Math.round(x * 10) / 10);
  return (
    <li className={`line line--${line.status}`} data-line={line.id}>
      <span className="line-status" aria-hidden="true">
        {line.status === 'met'
          ? '✓'
          : line.status === 'unmet'
            ? '✗'
            : line.status === 'partial'
              ? '◐'
              : line.status === 'na'
                ? '–'
                : '?'}
      </span>
      <span className="line-label">
        {line.label}
        {line.mustHave && <em className="must"> · {t('q.score.mustHave')}</em>}
        <span className="hint"> · {t(`q.line.${line.status}` as MessageKey)}</span>
      </span>
      <span className="line-points">
        {t('q.score.points', { points: n(line.points), max: n(line.max) })}
      </span>
      {line.decay !== undefined && line.decay < 1 && (
        <span className="hint line-decay">{t('q.score.decay', { factor: n(line.decay) })}</span>
      )}
      {line.evidence.length > 0 && (
        <span className="line-evidence">
          {line.evidence
            .filter((e) => e.kind !== 'missing')
            .map((e, i) => (
              <Fragment key={i}>
                {i > 0 && ' · '}
                <bdi>{inertText(evidenceText(e.field, e.value, t))}</bdi>
              </Fragment>
            ))}
        </span>
      )}
    </li>
  );
}
