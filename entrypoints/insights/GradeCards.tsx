import { useLocale } from '../../components/locale';
import { byGrade } from '../../lib/insights/breakdown';
import type { GradeLine } from '../../lib/insights/by-grade';
import { WORKED_STATUSES } from '../../lib/insights/counts';
import type { DecidedRow } from '../../lib/insights/decided-row';
import type { LinkFilters } from '../../lib/insights/query-url';
import { Bar, Count, Section, pct } from './charts';
import { RateList, Rich } from './RateList';

/** The prospects of one grade: '' (never scored) is the verdict 'none'. */
export const gradeFilter = (grade: string): LinkFilters =>
  grade ? { grade: [grade] } : { verdict: ['none'] };

/** Close rate by grade (from the counts) with the average won value (once rows are read). */
export function GradeCard({
  lines,
  decided,
  range,
}: {
  lines: GradeLine[];
  decided: DecidedRow[] | undefined;
  range: LinkFilters;
}) {
  const { t } = useLocale();
  const values = new Map((decided ? byGrade(decided) : []).map((l) => [l.key, l.wonValue]));
  const label = (g: string) => g || t('insights.grade.unscored');
  return (
    <Section id="by-grade" title={t('insights.grade.title')}>
      <RateList
        items={lines.map((l) => ({
          line: {
            key: l.grade || 'none',
            decided: l.decided,
            won: l.won,
            closeRate: l.closeRate,
            wonValue: values.get(l.grade) ?? {},
          },
          label: label(l.grade),
          filters: { ...range, ...gradeFilter(l.grade) },
        }))}
      />
      {!decided && <p className="hint">{t('insights.loadingDecided')}</p>}
    </Section>
  );
}

/** Share of the effort (prospects worked) against share of the wins, per grade. */
export function EffortCard({ lines, range }: { lines: GradeLine[]; range: LinkFilters }) {
  const { t } = useLocale();
  return (
    <Section id="effort" title={t('insights.effort.title')} hint={t('insights.effort.hint')}>
      <ul className="rate-list">
        {lines.map((l) => {
          const name = l.grade || t('insights.grade.unscored');
          const filters = { ...range, ...gradeFilter(l.grade) };
          return (
            <li key={l.grade || 'none'} className="rate-line">
              <span className="rate-label">{name}</span>
              <Bar
                label={t('insights.effort.bar', {
                  label: name,
                  worked: pct(l.workedShare),
                  won: pct(l.winShare),
                })}
                shares={[{ share: l.workedShare, tone: 'effort' }, { share: l.winShare }]}
              />
              <span className="rate-figures">
                <span className="key key--effort" aria-hidden="true" />
                <Rich
                  k="insights.effort.worked"
                  parts={{
                    share: pct(l.workedShare),
                    count: (
                      <Count n={l.worked} filters={{ ...filters, status: [...WORKED_STATUSES] }} />
                    ),
                  }}
                />
                {' · '}
                <span className="key" aria-hidden="true" />
                <Rich
                  k="insights.effort.won"
                  parts={{
                    share: pct(l.winShare),
                    count: <Count n={l.won} filters={{ ...filters, status: ['won'] }} />,
                  }}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
