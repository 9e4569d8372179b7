// Test support, kept out of the package index so that production code never loads jest.
export * from './event-store.contract';
export * from './contract-fixtures';
export * from './subscription-probe';
