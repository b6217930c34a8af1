export * from './facts';
export * from './evidence';
export * from './criteria';
export * from './criterion-labels';
export * from './contact-flags';
export * from './answer-lines';
export * from './grade';
export * from './score';
