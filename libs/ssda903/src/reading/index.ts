export * from './return';
export * from './read-returns';
export * from './read-csv-file';
export * from './return-of-rows';
export * from './sort-errors';
export * from './partition-returns';
export * from './csv-text';
export * from './list-csv-files';
