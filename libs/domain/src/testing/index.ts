export * from './decider-specification';
export * from './child-fixtures';
