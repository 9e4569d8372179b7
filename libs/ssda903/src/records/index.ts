export * from './records';
export * from './codes-903';
export * from './parse-rows';
export * from './parse-episode-row';
