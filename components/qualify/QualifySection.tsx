import type { Answer, AnswerValue } from '../../lib/model/records';
import type { Score } from '../../lib/model/score';
import type { Framework } from '../../lib/qualify/framework-schema';
import type { AnswerSuggestion } from '../../lib/qualify/suggest-answers';
import type { Recommendation } from '../../lib/recommend/recommendation-schema';
import { useLocale } from '../locale';
import { FitList } from './FitList';
import { Interview } from './Interview';
import { RecommendationCard } from './RecommendationCard';
import { ScoreCard } from './ScoreCard';

interface Props {
  framework: Framework;
  answers: Record<string, Answer>;
  onAnswer(questionId: string, value: AnswerValue | null, note?: string): void;
  suggestions?: readonly AnswerSuggestion[];
  onChooseProblem(problemId: string): void;
  pain: string;
  onPain(pain: string): void;
  score: Score;
  recommendation: Recommendation;
}

/** Below the facts: fit by criterion, the interview, the live score and the next step. */
export function QualifySection(props: Props) {
  const { t } = useLocale();
  return (
    <>
      <FitList score={props.score} />
      <Interview
        framework={props.framework}
        answers={props.answers}
        onAnswer={props.onAnswer}
        suggestions={props.suggestions}
      />
      <section className="card pain">
        <label htmlFor="pain">
          <h2>{t('q.pain.label')}</h2>
        </label>
        <textarea
          id="pain"
          rows={3}
          maxLength={2000}
          placeholder={t('q.pain.placeholder')}
          value={props.pain}
          onChange={(e) => props.onPain(e.target.value)}
        />
      </section>
      <ScoreCard score={props.score} />
      <RecommendationCard
        recommendation={props.recommendation}
        onChooseProblem={props.onChooseProblem}
      />
    </>
  );
}
