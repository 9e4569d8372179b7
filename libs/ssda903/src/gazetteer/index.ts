export * from './postcode';
export * from './gazetteer';
export * from './load-gazetteer';
