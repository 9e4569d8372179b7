export * from './values/local-date';
export * from './values/placement';
export * from './code-lists';
export * from './events';
export * from './commands';
export * from './errors';
export * from './decider';
export * from './values/shapes';
