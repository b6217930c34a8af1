/**
 * The scoring workload alone, in Node: `npx tsx scripts/bench-score.ts` prints its figures
 * as JSON, for quick comparisons while working on the engine. The budget is held where the
 * extension runs — `npm run bench` runs the same workload in headless Chromium — and
 * Node 20's older V8 (through tsx) is markedly slower on it: about 1.5× here.
 */
import { benchScore } from './lib/score-workload';

benchScore().then((rows) => process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`));
