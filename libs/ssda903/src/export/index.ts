export * from './records-of-events';
export * from './export-year';
export * from './write-return';
