import type { Score } from '../../lib/model/score';
import { useLocale } from '../locale';
import { Line } from './ScoreCard';

/** The ICP criteria one by one: met, not met or unknown, with the fact each used. */
export function FitList({ score }: { score: Score }) {
  const { t } = useLocale();
  const lines = score.lines.filter((l) => l.kind === 'criterion');
  return (
    <section className="card fit" aria-labelledby="fit-title" data-testid="fit">
      <h2 id="fit-title">{t('q.fit.title')}</h2>
      {score.fit === null && <p className="hint">{t('q.fit.none')}</p>}
      <ul>
        {lines.map((line) => (
          <Line key={line.id} line={line} />
        ))}
      </ul>
    </section>
  );
}
