export * from './vocab';
export * from './signal';
export * from './capture';
export * from './facts';
export * from './records';
export * from './score';
