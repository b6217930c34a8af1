export { exportThroughput, importThroughput, rawReadAndSerialise, seedRaw } from './io-workload';
export { timeSaves } from './list-workload';
