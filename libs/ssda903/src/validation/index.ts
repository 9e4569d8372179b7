export * from './dfe-rule';
export * from './validate-return';
