/**
 * Prospects one seeding transaction writes (scripts/lib/io-workload.ts, `seedRaw`): few
 * enough that each transaction stays under the 1 MB of writes past which Chromium keeps
 * an undo log on disk for it, as the saves that fill a rep's store do.
 */
export const SEED_TRANSACTION = 25;
