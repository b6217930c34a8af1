export * from './domain';
export * from './linkedin-url';
