import type { Decider } from '../decider/decider';
import { DeciderSpecification, deepEqual, SpecificationFailed } from './decider-specification';

type Counter = { type: 'Add'; by: number };
type Added = { type: 'Added'; by: number };
class TooMuch extends Error {
  readonly code = 'COUNTER.TOO_MUCH';
}
const counter: Decider<number, Counter, Added> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.by,
  decide: (command, total) => {
    if (total + command.by > 10) throw new TooMuch('too much');
    return command.by === 0 ? [] : [{ type: 'Added', by: command.by }];
  },
};
const spec = DeciderSpecification.for(counter);
const added = (by: number): Added => ({ type: 'Added', by });

describe('DeciderSpecification', () => {
  it('folds the given events before deciding', () => {
    spec([added(4), added(5)])
      .when({ type: 'Add', by: 1 })
      .then([added(1)]);
    expect(() =>
      spec([added(4), added(5)])
        .when({ type: 'Add', by: 2 })
        .then([added(2)]),
    ).toThrow(TooMuch);
  });

  it('fails when the events differ', () => {
    expect(() =>
      spec([])
        .when({ type: 'Add', by: 1 })
        .then([added(2)]),
    ).toThrow(SpecificationFailed);
    expect(() => spec([]).when({ type: 'Add', by: 1 }).thenNothingHappened()).toThrow(SpecificationFailed);
    spec([]).when({ type: 'Add', by: 0 }).thenNothingHappened();
  });

  it('checks the code of a thrown error and returns the error', () => {
    const error = spec([added(10)])
      .when({ type: 'Add', by: 1 })
      .thenThrows('COUNTER.TOO_MUCH');
    expect(error).toBeInstanceOf(TooMuch);
    expect(() =>
      spec([added(10)])
        .when({ type: 'Add', by: 1 })
        .thenThrows('OTHER'),
    ).toThrow(/COUNTER.TOO_MUCH/);
    expect(() => spec([]).when({ type: 'Add', by: 1 }).thenThrows()).toThrow(SpecificationFailed);
    spec([added(10)])
      .when({ type: 'Add', by: 1 })
      .thenThrows((e) => e instanceof TooMuch);
  });

  it('compares plain data structurally, with undefined properties as missing', () => {
    expect(deepEqual({ a: [1, { b: 2 }], c: undefined }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
  });
});
