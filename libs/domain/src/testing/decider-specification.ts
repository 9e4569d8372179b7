import type { Decider } from '../decider/decider';

/** A given/when/then specification failed: the message says what was expected and what happened. */
export class SpecificationFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpecificationFailed';
  }
}

/** What an error must be: its `code`, or a predicate. */
export type ErrorExpectation = string | ((error: unknown) => boolean);

export interface DeciderThen<Event> {
  /** The command records exactly these events, in this order. */
  then(expected: readonly Event[]): void;
  thenNothingHappened(): void;
  /** The command is refused; returns the error so a test can look further. */
  thenThrows(expected?: ErrorExpectation): Error;
}

/**
 * Decider specifications in Emmett's shape, with no test framework needed:
 * `DeciderSpecification.for(decider)(givenEvents).when(command).then(events)` or `.thenThrows(code)`.
 * The given events are folded with `evolve` from `initialState()`, then `decide` runs once.
 */
export const DeciderSpecification = {
  for<State, Command, Event, Recorded>(decider: Decider<State, Command, Event, Recorded>) {
    return (given: readonly Recorded[] = []) => ({
      when(command: Command): DeciderThen<Event> {
        const handle = () =>
          decider.decide(
            command,
            given.reduce((state, event) => decider.evolve(state, event), decider.initialState()),
          );
        return {
          then(expected) {
            const actual = handle();
            if (!deepEqual(actual, expected)) {
              throw new SpecificationFailed(`Expected events ${show(expected)}\nbut got ${show(actual)}`);
            }
          },
          thenNothingHappened() {
            this.then([]);
          },
          thenThrows(expected) {
            let events: Event[];
            try {
              events = handle();
            } catch (error) {
              return checkError(error, expected);
            }
            throw new SpecificationFailed(`Expected an error but got events ${show(events)}`);
          },
        };
      },
    });
  },
};

function checkError(error: unknown, expected: ErrorExpectation | undefined): Error {
  if (!(error instanceof Error))
    throw new SpecificationFailed(`Expected an Error but ${String(error)} was thrown`);
  if (typeof expected === 'string') {
    const code = (error as Error & { code?: unknown }).code;
    if (code !== expected) {
      throw new SpecificationFailed(`Expected error ${expected} but got ${String(code)}: ${error.message}`);
    }
  } else if (expected && !expected(error)) {
    throw new SpecificationFailed(`The error did not match: ${error.message}`);
  }
  return error;
}

/** Structural equality of plain data; a property set to undefined equals a missing one. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => deepEqual(left[key], right[key]));
}

const show = (value: unknown): string => JSON.stringify(value, null, 2);
