export * from './fact';
export * from './placement-of-episode';
export * from './episode-facts';
export * from './adoption-facts';
export * from './care-leaver-facts';
export * from './child-facts';
export * from './periods';
