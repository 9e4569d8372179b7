export * from './child-commands';
