import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultIcp } from '../../lib/icp/default-icp';
import { exportIcpJson, parseIcpJson } from '../../lib/icp/icp-json';
import { ScoreLineSchema, type ScoreLine } from '../../lib/model/score';
import type { Signal } from '../../lib/model/signal';
import { RecommendationSchema } from '../../lib/recommend/recommendation-schema';

const ROOT = join(__dirname, '..', '..');
const DIR = mkdtempSync(join(tmpdir(), 'criba-score-'));
const NOW = '2026-11-20T10:00:00Z';
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(DIR, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs the CLI as `npm run score` will; tests run concurrently, each spawn takes a second or two. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/score.ts', ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const NOT_A_CAPTURE =
  /capture file ".*" is not a capture \(expected the JSON `npm run signals` prints/;

const URL_P = 'https://www.linkedin.com/in/irene-salas-demo/';
const sig = (entity: Signal['entity'], field: string, value: Signal['value']): Signal => ({
  entity,
  field,
  value,
  source: { surface: 'linkedin-profile', url: URL_P, method: 'dom', capturedAt: NOW },
  confidence: 0.9,
});

const CAPTURE = {
  surface: 'linkedin-profile',
  status: 'ok',
  person: { name: 'Irene Salas', title: 'Directora Comercial' },
  company: null,
  signals: [
    sig('person', 'name', 'Irene Salas'),
    sig('person', 'title', 'Directora Comercial'),
    sig('person', 'seniority', 'director'),
    sig('person', 'department', 'sales'),
    sig('company', 'name', 'Rioja Cloud Software'),
    sig('company', 'industry', 'Desarrollo de software'),
    sig('company', 'employeesMin', 51),
    sig('company', 'employeesMax', 200),
    sig('company', 'country', 'ES'),
    sig('company', 'hiringRoles', ['Key Account Manager']),
  ],
};

// Generous timeout: each test spawns a TypeScript process, slow on a busy machine.
describe.concurrent('scripts/score.ts', { timeout: 180_000 }, () => {
  it('scores a capture with answers and prints one JSON object', async () => {
    const capture = file('capture.json', CAPTURE);
    const answers = file('answers.json', {
      need: 'yes',
      budget: { value: 'allocated', answeredAt: '2026-11-10T09:00:00Z' },
      authority: 'contact-decides',
      timeline: 'unknown',
    });
    const r = await cli('--capture', capture, '--answers', answers, '--locale', 'es', '--now', NOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual([
      'fit',
      'confidence',
      'qualification',
      'grade',
      'verdict',
      'reason',
      'stale',
      'reasons',
      'recommendation',
    ]);
    expect(out).toMatchObject({
      verdict: 'qualified',
      reason: null,
      qualification: 100,
      grade: 'A1',
    });
    const reasons = out.reasons as unknown[];
    expect(reasons.every((l) => ScoreLineSchema.safeParse(l).success)).toBe(true);
    expect(reasons).toContainEqual(
      expect.objectContaining({
        id: 'timeline',
        status: 'unknown',
        label: '¿Para cuándo necesitan resolverlo?',
      }),
    );
    const rec = RecommendationSchema.parse(out.recommendation);
    expect(rec.kind).toBe('angle');
    // A post is a common noun in a Spanish sentence.
    if (rec.kind === 'angle') expect(rec.opener).toContain('puesto de key account manager');
  });

  it('falls back to the person and company objects when there are no signals', async () => {
    const capture = file('plain.json', {
      surface: 'website',
      status: 'ok',
      person: null,
      company: { name: 'Lone Star Freight', country: 'United States', tech: [] },
    });
    const r = await cli('--capture', capture, '--now', NOW);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      verdict: string;
      reason: string;
      recommendation: { kind: string; note: string };
    };
    expect(out).toMatchObject({ verdict: 'disqualified', reason: 'outside-territory' });
    expect(out.recommendation.kind).toBe('close-out');
    expect(out.recommendation.note).toContain('Lone Star Freight');
  });

  it('scores from the person and company objects when the signals list is empty', async () => {
    const capture = file('empty-signals.json', {
      surface: 'linkedin-profile',
      status: 'ok',
      person: { name: 'Irene Salas', title: 'Directora Comercial', seniority: 'director' },
      company: { name: 'Rioja Cloud Software', country: 'ES', employeesMin: 51 },
      signals: [],
    });
    const r = await cli('--capture', capture, '--now', NOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { confidence: number; reasons: ScoreLine[] };
    expect(out.confidence).toBeGreaterThan(0);
    const seniority = out.reasons.find((l) => l.id === 'decision-maker');
    expect(seniority?.status).toBe('met');
    expect(seniority?.evidence[0]).toMatchObject({ kind: 'signal', value: 'director' });
  });

  it('uses the ICP file and the framework named in the answers', async () => {
    const icp = {
      ...defaultIcp('en'),
      criteria: [
        { id: 'ind', kind: 'industry', weight: 2, mustHave: true, params: { values: ['banking'] } },
      ],
    };
    const r = await cli(
      '--capture',
      file('capture2.json', CAPTURE),
      '--icp',
      file('icp.json', icp),
      '--answers',
      file('meddic.json', { frameworkId: 'meddic', champion: 'yes' }),
      '--now',
      NOW,
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { reason: string; reasons: { id: string }[] };
    expect(out.reason).toBe('outside-industry');
    expect(out.reasons.map((l) => l.id)).toContain('economic-buyer');
  });

  it('prints the default ICP', async () => {
    const r = await cli('--print-default-icp', '--locale', 'es');
    expect(r.code).toBe(0);
    const parsed = parseIcpJson(r.stdout);
    expect(parsed).toEqual({ ok: true, icp: defaultIcp('es') });
    expect(r.stdout).toBe(exportIcpJson(defaultIcp('es')));
  });

  it.each([
    [
      'a missing file',
      () => ['--capture', join(DIR, 'nope.json')],
      /cannot read capture file .*ENOENT/,
    ],
    ['bad JSON', () => ['--capture', file('bad.json', '{"surface": ')], /is not valid JSON/],
    [
      'an invalid signal',
      () => [
        '--capture',
        file('badsig.json', { surface: 'website', status: 'ok', signals: [{ entity: 'robot' }] }),
      ],
      /signals\.0\.entity/,
    ],
    ['an empty object', () => ['--capture', file('empty.json', {})], NOT_A_CAPTURE],
    [
      'an ICP file',
      () => ['--capture', file('icp-as-capture.json', exportIcpJson(defaultIcp('es')))],
      NOT_A_CAPTURE,
    ],
    [
      'a backup',
      () => [
        '--capture',
        file('backup.json', {
          format: 'criba-backup',
          version: 1,
          exportedAt: NOW,
          accounts: [],
          contacts: [],
          prospects: [],
          scoreHistory: [],
          icps: [],
          suppressions: [],
        }),
      ],
      NOT_A_CAPTURE,
    ],
    [
      'a capture over 5 MB',
      () => ['--capture', file('huge.json', { ...CAPTURE, notes: ['x'.repeat(5 * 1024 * 1024)] })],
      /capture file .*huge\.json" is \d+ bytes; the limit is 5242880 bytes \(5 MB\)/,
    ],
    [
      'an ICP over 5 MB',
      () => [
        '--capture',
        file('c8.json', CAPTURE),
        '--icp',
        file('huge-icp.json', { ...defaultIcp('en'), name: 'x'.repeat(5 * 1024 * 1024) }),
      ],
      /ICP file .* the limit is 5242880 bytes/,
    ],
    [
      'an invalid ICP',
      () => [
        '--capture',
        file('c3.json', CAPTURE),
        '--icp',
        file('badicp.json', { ...defaultIcp('en'), revisitDays: -1 }),
      ],
      /invalid ICP .*revisitDays: Must be at least 1\./,
    ],
    [
      'an unknown question',
      () => [
        '--capture',
        file('c4.json', CAPTURE),
        '--answers',
        file('a4.json', { budjet: 'yes' }),
      ],
      /no question "budjet" in bant/,
    ],
    [
      'an impossible answer',
      () => [
        '--capture',
        file('c5.json', CAPTURE),
        '--answers',
        file('a5.json', { budget: 'lots' }),
      ],
      /"lots" is not an answer to "budget"/,
    ],
    [
      'an unknown framework',
      () => [
        '--capture',
        file('c6.json', CAPTURE),
        '--answers',
        file('a6.json', { frameworkId: 'spin' }),
      ],
      /unknown framework "spin"/,
    ],
    ['no capture', () => ['--locale', 'es'], /--capture is required/],
    [
      'an unknown option',
      () => ['--capture', file('c7.json', CAPTURE), '--verbose'],
      /unknown option "--verbose"/,
    ],
    ['an unknown locale', () => ['--print-default-icp', '--locale', 'fr'], /unknown locale "fr"/],
  ])('fails with one line on stderr and exit 1 for %s', async (_what, args, message) => {
    const r = await cli(...args());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
