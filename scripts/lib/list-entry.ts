export { seed, timeSaves } from './list-workload';
