/**
 * A decider (Emmett's shape): pure functions from a command and the state to new events,
 * and from the state and an event to the next state. No clock, no ids, no I/O.
 */
export interface Decider<State, Command, Event, RecordedEvent = Event> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: RecordedEvent): State;
  initialState(): State;
}
