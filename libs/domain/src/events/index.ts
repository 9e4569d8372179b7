export * from './child-events';
export * from './catalogue';
export * from './metadata';
