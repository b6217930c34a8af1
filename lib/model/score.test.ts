import { describe, expect, it } from 'vitest';
import { ScoreSchema, type ScoreLine } from './score';

const line = (kind: ScoreLine['kind'], id: string, status: ScoreLine['status']): ScoreLine => ({
  kind,
  id,
  label: id,
  status,
  points: 0,
  max: 1,
  mustHave: false,
  evidence: [],
});

const stored = {
  fit: 50,
  confidence: 60,
  qualification: null,
  grade: null,
  verdict: 'nurture',
  reason: null,
  stale: false,
  lines: [
    line('criterion', 'contact:student', 'unmet'),
    line('criterion', 'industry', 'met'),
    line('criterion', 'contact:student', 'met'),
    line('answer', 'budget', 'unknown'),
  ],
  icpVersion: 1,
  frameworkId: 'bant',
  locale: 'es',
  computedAt: '2026-03-01T10:00:00.000Z',
};

describe('ScoreSchema', () => {
  it('reads a score stored before the maps by id, rebuilding them from its lines', () => {
    const s = ScoreSchema.parse(stored);
    expect(Object.keys(s.criteria)).toEqual(['contact:student', 'industry']);
    expect(s.criteria['contact:student']?.status).toBe('met');
    expect(s.criteria.industry?.status).toBe('met');
    expect(Object.keys(s.answers)).toEqual(['budget']);
  });

  it('refuses maps whose lines are malformed', () => {
    const bad = { ...stored, criteria: { industry: { status: 'met' } }, answers: {} };
    expect(ScoreSchema.safeParse(bad).success).toBe(false);
  });
});
