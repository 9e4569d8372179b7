export * from './code-list';
export * from './placement-codes';
export * from './legal-codes';
export * from './care-leaver-codes';
export * from './child-codes';
