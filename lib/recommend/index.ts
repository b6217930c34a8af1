export * from './recommendation-schema';
export * from './recommend';
export * from './hook';
export * from './find-hooks';
export * from './pick-problem';
export * from './templates';
export { CLOSE_OUT_EN } from './close-out-en';
export { CLOSE_OUT_ES } from './close-out-es';
