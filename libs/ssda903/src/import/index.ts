export * from './prepare-import';
export * from './import-report';
