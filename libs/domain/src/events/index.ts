export * from './child-events';
export * from './catalogue';
export * from './metadata';
export * from './upcasting';
