import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportIcpJson } from '../../lib/icp/icp-json';
import { frameworkById } from '../../lib/qualify/frameworks';
import { scoreAndRecommend } from '../../lib/recommend/recommend';
import { factsFromPlain } from '../../lib/scoring/facts';
import { runScore } from '../../scripts/score';
import { SCENARIOS, scenarioIcp, type Scenario } from '../support/scenario-prospects';

/*
 * `npm run score` and the side panel run one function (scoreAndRecommend): this runs the
 * CLI's own code path (argument parsing, file reading, capture validation) over every
 * scenario and checks it says what the panel says.
 */

const NOW = '2026-11-20T10:00:00.000Z';
const DIR = mkdtempSync(join(tmpdir(), 'criba-scenarios-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function answersOf(s: Scenario) {
  const out: Record<string, { value: unknown; answeredAt: string }> = {};
  for (const [id, a] of Object.entries(s.answers ?? {})) {
    const { value, ageDays } = typeof a === 'object' ? a : { value: a, ageDays: 3 };
    out[id] = {
      value,
      answeredAt: new Date(Date.parse(NOW) - ageDays * 86_400_000).toISOString(),
    };
  }
  return out;
}

describe('npm run score agrees with the panel', () => {
  SCENARIOS.forEach((s, i) => {
    it(s.name, () => {
      const icp = scenarioIcp(s.locale, s.icp);
      const frameworkId = s.frameworkId ?? icp.frameworkId;
      const base = join(DIR, String(i));
      const capture = {
        surface: 'linkedin-profile',
        status: 'ok',
        person: s.person,
        company: s.company,
        signals: [],
        ...(s.sentences && { sentences: s.sentences }),
      };
      writeFileSync(`${base}-capture.json`, JSON.stringify(capture));
      writeFileSync(`${base}-icp.json`, exportIcpJson(icp));
      writeFileSync(`${base}-answers.json`, JSON.stringify({ frameworkId, ...answersOf(s) }));
      const args = [
        '--capture',
        `${base}-capture.json`,
        '--icp',
        `${base}-icp.json`,
        '--answers',
        `${base}-answers.json`,
        '--locale',
        s.locale,
        '--now',
        NOW,
        ...(s.pain ? ['--pain', s.pain] : []),
        ...(s.problemId ? ['--problem', s.problemId] : []),
      ];
      const run = runScore(args);
      expect(run.stderr).toBe('');
      const cli = JSON.parse(run.stdout);

      const panel = scoreAndRecommend({
        icp,
        icpVersion: 1,
        framework: frameworkById(frameworkId),
        facts: factsFromPlain(s.person, s.company),
        answers: answersOf(s) as never,
        now: new Date(NOW),
        locale: s.locale,
        pain: s.pain ?? '',
        problemId: s.problemId ?? null,
        emailSentences: s.sentences,
      });
      expect(cli.grade).toBe(panel.score.grade);
      expect(cli.verdict).toBe(panel.score.verdict);
      expect(cli.reason).toBe(panel.score.reason);
      expect(cli.recommendation).toEqual(panel.recommendation);
      expect(cli.verdict).toBe(s.expect.verdict);
    });
  });
});
