export * from './generate-authority';
export { Random } from './random';
