import type { Advice } from '../model/advice';
import type { Account, Contact, Prospect } from '../model/records';
import type { Score } from '../model/score';
import type { Locale } from '../model/vocab';
import type { Icp } from '../icp/icp-schema';
import type { Framework } from '../qualify/framework-schema';
import { factsFromFields } from '../scoring/facts';
import { followUp, recommendationText, scoreAndRecommend } from './recommend';

/** What every prospect of one re-score shares: the ICP, the interview, the clock, the language. */
export interface RescoreSettings {
  icp: Icp;
  icpVersion: number;
  framework: Framework;
  now: Date;
  locale: Locale;
}

/**
 * One stored prospect scored and recommended again from what is stored (its account's and
 * contact's fields, its answers and pain): the new score, the angle as text and as
 * structure (rendered later in the reader's language), and the next step and revisit day
 * the prospect keeps. Pure; `rescoreAll` runs it for every prospect after an
 * ICP change, and `npm run bench` times it on 10,000.
 */
export function rescoreStored(
  settings: RescoreSettings,
  prospect: Pick<Prospect, 'answers' | 'pain'> & Partial<Pick<Prospect, 'problemId'>>,
  contact: Pick<Contact, 'fields'> | null,
  account: Pick<Account, 'fields'> | null,
): {
  score: Score;
  angle: string;
  advice: Advice;
  nextStep: string | null;
  revisitAt: string | null;
} {
  const { score, advice, recommendation } = scoreAndRecommend({
    icp: settings.icp,
    icpVersion: settings.icpVersion,
    framework: settings.framework,
    now: settings.now,
    locale: settings.locale,
    facts: factsFromFields(contact?.fields ?? null, account?.fields ?? null),
    answers: prospect.answers,
    pain: prospect.pain,
    problemId: prospect.problemId ?? null,
  });
  return {
    score,
    angle: recommendationText(recommendation),
    advice,
    ...followUp(recommendation),
  };
}
