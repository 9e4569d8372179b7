export * from './csv-return';
export * from './memory-ledger';
export * from './records-of-returns';
