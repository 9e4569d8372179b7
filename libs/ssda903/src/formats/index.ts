export * from './table-columns';
export * from './recognise-table';
export * from './date-903';
export * from './sex-903';
export * from './collection-year';
export * from './csv-writer';
