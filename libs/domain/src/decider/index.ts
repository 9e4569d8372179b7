export * from './decider';
export * from './child-decider';
export { decideChildCommands } from './decide-child';
export { eventOfCommand, eventTypeOfCommand } from './command-event';
export { initialChildState, evolveChild, currentDetails } from './child-state';
export type { ChildState } from './child-state';
export * from './timeline';
export { foldChild } from './fold-child';
