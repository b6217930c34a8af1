import { config } from 'zod';

// Evaluated through the debugger, this bundle would find `new Function` allowed and zod
// would compile its parsers, which the page's CSP then refuses when they run.
config({ jitless: true });

export { seed, timeSaves } from './list-workload';
