import type { Answer, AnswerValue } from '../../lib/model/records';
import type { Score } from '../../lib/model/score';
import type { Framework } from '../../lib/qualify/framework-schema';
import type { AnswerSuggestion } from '../../lib/qualify/suggest-answers';
import type { Recommendation } from '../../lib/recommend/recommendation-schema';
import { useLocale } from '../locale';
import { INTERVIEW_ID } from './interview-id';
import { Interview } from './Interview';
import { RecommendationCard } from './RecommendationCard';
import { ScoreCard } from './ScoreCard';

/** The id the panel's skip link moves focus to. */

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

/** Below the decision: the interview, the pain, the full angle and the lines behind the score. */
export function QualifySection(props: Props) {
  const { t } = useLocale();
  return (
    <>
      {/* tabIndex -1: the skip link's target takes focus, so the next Tab is the first answer. */}
      <div id={INTERVIEW_ID} tabIndex={-1} className="skip-target">
        <Interview
          framework={props.framework}
          answers={props.answers}
          onAnswer={props.onAnswer}
          suggestions={props.suggestions}
        />
      </div>
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
      <RecommendationCard
        recommendation={props.recommendation}
        onChooseProblem={props.onChooseProblem}
      />
      <ScoreCard score={props.score} />
    </>
  );
}
