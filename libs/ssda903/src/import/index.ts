export * from './prepare-import';
