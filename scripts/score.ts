import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { AnswerValueSchema, type Answer } from '../lib/model/records';
import { CaptureStatusSchema } from '../lib/model/capture';
import { SignalSchema, SurfaceSchema } from '../lib/model/signal';
import { LOCALES, type Locale } from '../lib/model/vocab';
import { t } from '../lib/i18n';
import { defaultIcp } from '../lib/icp/default-icp';
import { exportIcpJson, parseIcpJson } from '../lib/icp/icp-json';
import type { Icp } from '../lib/icp/icp-schema';
import { frameworkById, hasFramework } from '../lib/qualify/frameworks';
import { isValidAnswer } from '../lib/qualify/answers';
import { factsFromPlain, factsFromSignals } from '../lib/scoring/facts';
import { scoreAndRecommend } from '../lib/recommend/recommend';

/*
 * Scores one capture from the command line:
 *   npx tsx scripts/score.ts --capture capture.json [--answers answers.json] [--icp icp.json]
 *                            [--locale es|en] [--pain "text"] [--problem <id>]
 *                            [--now 2026-11-20T10:00:00Z]
 *   npx tsx scripts/score.ts --print-default-icp [--locale es|en]
 * capture.json is what `npm run signals` prints. Prints one JSON object; any bad input is
 * one line on stderr and exit code 1. Every input file is capped at MAX_INPUT_BYTES (a real
 * capture is a few kB; the cap keeps a wrong or hostile file from filling memory).
 */

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const USAGE =
  'usage: score --capture <capture.json> [--answers <answers.json>] [--icp <icp.json>] [--locale es|en] [--pain <text>] [--problem <id>] [--now <iso>] | --print-default-icp [--locale es|en]';

class CliError extends Error {}

/**
 * A capture must say what it is (surface and status, as `npm run signals` prints them):
 * an ICP file, a backup or `{}` would otherwise score as an empty prospect.
 */
const CaptureShapeSchema = z.looseObject({ surface: SurfaceSchema, status: CaptureStatusSchema });
const NOT_A_CAPTURE =
  'is not a capture (expected the JSON `npm run signals` prints, with "surface" and "status")';

const CaptureReportSchema = z.looseObject({
  person: z.record(z.string(), z.unknown()).nullable().optional(),
  company: z.record(z.string(), z.unknown()).nullable().optional(),
  signals: z.array(SignalSchema).max(500).optional(),
  /** A Gmail capture's sender sentences (as the panel holds them): they steer the problem. */
  sentences: z.array(z.string().max(300)).max(40).optional(),
});

const AnswerEntrySchema = z.union([
  AnswerValueSchema,
  z.strictObject({
    value: AnswerValueSchema,
    answeredAt: z.iso.datetime({ offset: true }),
    note: z.string().max(2000).optional(),
  }),
]);

type Options = Record<
  'capture' | 'answers' | 'icp' | 'locale' | 'pain' | 'problem' | 'now',
  string | undefined
>;

function parseArgs(argv: readonly string[]): { options: Options; printIcp: boolean } {
  const options: Options = {
    capture: undefined,
    answers: undefined,
    icp: undefined,
    locale: undefined,
    pain: undefined,
    problem: undefined,
    now: undefined,
  };
  let printIcp = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--print-default-icp') {
      printIcp = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [arg];
    if (!flag || !(flag in options)) throw new CliError(`unknown option "${arg}". ${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new CliError(`option --${flag} needs a value. ${USAGE}`);
    options[flag as keyof Options] = value;
  }
  return { options, printIcp };
}

/** The file's text, refused before reading when it is larger than MAX_INPUT_BYTES. */
function readCapped(path: string, what: string): string {
  try {
    const { size } = statSync(path);
    if (size > MAX_INPUT_BYTES)
      throw new CliError(
        `${what} file "${path}" is ${size} bytes; the limit is ${MAX_INPUT_BYTES} bytes (5 MB)`,
      );
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CliError(`cannot read ${what} file "${path}" (${code})`);
  }
}

function readJson(path: string, what: string): unknown {
  const text = readCapped(path, what);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${what} file "${path}" is not valid JSON: ${(e as Error).message}`);
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : '';
  return `${issue.path.join('.') || '(root)'}: ${issue.message}${more}`;
}

function loadIcp(path: string | undefined, locale: Locale | undefined): Icp {
  if (!path) return defaultIcp(locale ?? 'en');
  const parsed = parseIcpJson(readCapped(path, 'ICP'));
  if (parsed.ok) return parsed.icp;
  const [issue] = parsed.issues;
  const more = parsed.issues.length > 1 ? ` (+${parsed.issues.length - 1} more)` : '';
  throw new CliError(
    `invalid ICP "${path}": ${issue?.path}: ${issue && t(locale ?? 'en', issue.message.key, issue.message.params)}${more}`,
  );
}

function loadAnswers(path: string | undefined, defaultFrameworkId: string, now: Date) {
  if (!path) return { framework: frameworkById(defaultFrameworkId), answers: {} };
  const raw = readJson(path, 'answers');
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new CliError(`answers file "${path}" must be a JSON object of question id to answer`);
  const { frameworkId, ...entries } = raw as Record<string, unknown>;
  if (frameworkId !== undefined && typeof frameworkId !== 'string')
    throw new CliError(`answers file "${path}": frameworkId must be a string`);
  const id = frameworkId ?? defaultFrameworkId;
  if (!hasFramework(id))
    throw new CliError(`unknown framework "${id}" (bant, champ, meddic, anum)`);
  const framework = frameworkById(id);
  const answers: Record<string, Answer> = {};
  for (const [qid, entry] of Object.entries(entries)) {
    const question = framework.questions.find((q) => q.id === qid);
    if (!question) throw new CliError(`answers file "${path}": no question "${qid}" in ${id}`);
    const parsed = AnswerEntrySchema.safeParse(entry);
    if (!parsed.success)
      throw new CliError(`answers file "${path}": ${qid}: ${firstIssue(parsed.error)}`);
    const answer: Answer =
      typeof parsed.data === 'object'
        ? { ...parsed.data, answeredAt: new Date(parsed.data.answeredAt).toISOString() }
        : { value: parsed.data, answeredAt: now.toISOString() };
    if (!isValidAnswer(question, answer.value))
      throw new CliError(
        `answers file "${path}": ${JSON.stringify(answer.value)} is not an answer to "${qid}"`,
      );
    answers[qid] = answer;
  }
  return { framework, answers };
}

/** Runs the command; returns what to print instead of printing, so it can be tested. */
export function runScore(argv: readonly string[]): {
  code: number;
  stdout: string;
  stderr: string;
} {
  try {
    const { options, printIcp } = parseArgs(argv);
    if (options.locale !== undefined && !LOCALES.includes(options.locale as Locale))
      throw new CliError(`unknown locale "${options.locale}" (es, en)`);
    const cliLocale = options.locale as Locale | undefined;
    if (printIcp)
      return { code: 0, stdout: exportIcpJson(defaultIcp(cliLocale ?? 'en')), stderr: '' };
    if (!options.capture) throw new CliError(`--capture is required. ${USAGE}`);

    const now = options.now ? new Date(options.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new CliError(`--now "${options.now}" is not a date`);
    const raw = readJson(options.capture, 'capture');
    if (!CaptureShapeSchema.safeParse(raw).success)
      throw new CliError(`capture file "${options.capture}" ${NOT_A_CAPTURE}`);
    const capture = CaptureReportSchema.safeParse(raw);
    if (!capture.success)
      throw new CliError(`capture file "${options.capture}": ${firstIssue(capture.error)}`);
    // `npm run signals` prints `signals: []` beside filled objects when a reader's output
    // predates provenance: an empty list says nothing, so the objects decide.
    const { signals, person, company, sentences } = capture.data;
    const facts = signals?.length ? factsFromSignals(signals) : factsFromPlain(person, company);

    const icp = loadIcp(options.icp, cliLocale);
    const locale = cliLocale ?? icp.locale;
    const { framework, answers } = loadAnswers(options.answers, icp.frameworkId, now);
    const { score, recommendation } = scoreAndRecommend({
      icp,
      icpVersion: 1,
      framework,
      facts,
      answers,
      now,
      locale,
      pain: options.pain ?? '',
      problemId: options.problem ?? null,
      emailSentences: sentences,
    });
    const out = {
      fit: score.fit,
      confidence: score.confidence,
      qualification: score.qualification,
      grade: score.grade,
      verdict: score.verdict,
      reason: score.reason,
      stale: score.stale,
      reasons: score.lines,
      recommendation,
    };
    return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { code: 1, stdout: '', stderr: `score: ${e.message.replace(/\s+/g, ' ')}\n` };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { code, stdout, stderr } = runScore(process.argv.slice(2));
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  process.exitCode = code;
}
