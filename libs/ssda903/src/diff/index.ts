export * from './standing-facts';
export * from './plan-corrections';
