export * from './backoff';
export * from './checkpoint-store.port';
export * from './read-model';
export * from './read-model.errors';
export * from './read-model-runner';
export * from './sqlite-checkpoint-store';
