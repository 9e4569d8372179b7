export * from './child-rows';
export * from './stitch-child';
