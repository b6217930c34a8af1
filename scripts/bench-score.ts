/**
 * The scoring benchmark alone, in Node: `npx tsx scripts/bench-score.ts` prints its figures
 * as JSON. `npm run bench` runs the same workload in headless Chromium, where it ships.
 */
import { benchScore } from './lib/score-workload';

benchScore().then((rows) => process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`));
