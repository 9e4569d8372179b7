export * from './csv-return';
export * from './memory-ledger';
