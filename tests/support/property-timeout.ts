/**
 * How long a 10,000-document reader property test may run. Not a budget (read times are
 * measured by `npm run bench`): a generous bound so a slow or shared CI machine does not
 * turn a passing property into a time-out. Idle, each takes well under a minute.
 */
export const PROPERTY_TIMEOUT_MS = 300_000;
