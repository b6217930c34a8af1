export * from './framework-schema';
export * from './frameworks';
export * from './answers';
export * from './group-labels';
export * from './shared-options';
