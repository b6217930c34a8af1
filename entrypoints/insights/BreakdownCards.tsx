import { useFramework } from '../../components/framework-store';
import { useActiveIcp } from '../../components/icp-store';
import { answerText, criterionText } from '../../components/insights/labels';
import { useLocale } from '../../components/locale';
import { surfaceKey, verdictKey } from '../../lib/i18n/vocab-keys';
import { byAnswer, byCriterion, bySource, byVerdict } from '../../lib/insights/breakdown';
import type { DecidedRow } from '../../lib/insights/decided-row';
import type { LinkFilters } from '../../lib/insights/query-url';
import { Section } from './charts';
import { RateList } from './RateList';

/** Close rate and value by verdict, source, criterion met or not, interview answer. */
export function BreakdownCards({ decided, range }: { decided: DecidedRow[]; range: LinkFilters }) {
  const { t, locale } = useLocale();
  const active = useActiveIcp();
  const framework = useFramework();
  const none = decided.length === 0 ? t('insights.noDecided') : null;
  const criteria = active?.icp.criteria.map((c) => c.id) ?? [];
  const questions = byAnswer(decided);
  return (
    <>
      <Section id="by-verdict" title={t('insights.by.verdict')} empty={none}>
        <RateList
          items={byVerdict(decided).map((line) => ({
            line,
            label:
              line.key === 'none'
                ? t('insights.grade.unscored')
                : t(verdictKey(line.key as 'qualified')),
            filters: { ...range, verdict: [line.key as 'qualified'] },
          }))}
        />
      </Section>
      <Section id="by-source" title={t('insights.by.source')} empty={none}>
        <RateList
          items={bySource(decided).map((line) => ({
            line,
            label: t(surfaceKey(line.key as 'website')),
            filters: { ...range, source: [line.key as 'website'] },
          }))}
        />
      </Section>
      <Section id="by-criterion" title={t('insights.by.criterion')} empty={none}>
        {byCriterion(decided, criteria).map((c) => (
          <div key={c.id} className="group">
            <h3>{criterionText(active, c.id, locale)}</h3>
            <RateList
              items={[
                {
                  line: c.met,
                  label: t('insights.criterion.met'),
                  filters: { ...range, met: [c.id] },
                },
                {
                  line: c.notMet,
                  label: t('insights.criterion.notMet'),
                  filters: { ...range, notMet: [c.id] },
                },
              ]}
            />
          </div>
        ))}
      </Section>
      <Section
        id="by-answer"
        title={t('insights.by.answer')}
        empty={none ?? (questions.length === 0 ? t('insights.noAnswers') : null)}
      >
        {questions.map((q) => (
          <div key={q.question} className="group">
            <h3>{answerText(framework, `${q.question}=`, locale).question}</h3>
            <RateList
              items={q.answers.map((line) => ({
                line,
                label: answerText(framework, line.key, locale).answer,
                filters: { ...range, answer: [line.key] },
              }))}
            />
          </div>
        ))}
      </Section>
    </>
  );
}
