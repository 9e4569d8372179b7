import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import type { EventToAppend, ExpectedRevision } from '../event-store.port';
import { answerEmptyAppend, assertDistinctIds, planAppend, type StreamEntry } from './esdb-append-plan';

const event = (id: string): EventToAppend => ({ id, type: 'T', data: {}, metadata: {} });
// A stream a, b, c at revisions 0..2, at positions that are not contiguous.
const stream: StreamEntry[] = [
  { id: 'a', revision: 0n, position: 100n },
  { id: 'b', revision: 1n, position: 250n },
  { id: 'c', revision: 2n, position: 420n },
];
const plan = (ids: string[], expected: ExpectedRevision, existing = stream) =>
  planAppend('child-1', ids.map(event), expected, existing);

describe('planAppend', () => {
  it.each<[string, string[], ExpectedRevision, bigint, bigint]>([
    ['the first append, with no_stream', ['a', 'b'], 'no_stream', 1n, 250n],
    ['an append at a revision', ['b', 'c'], 0n, 2n, 420n],
    ['any append of a run of the stream, with any', ['b', 'c'], 'any', 2n, 420n],
    ['any append of a run of the stream, with stream_exists', ['a'], 'stream_exists', 0n, 100n],
  ])('answers a repeat of %s as the first answer', (_, ids, expected, revision, position) => {
    expect(plan(ids, expected)).toEqual({
      kind: 'repeat',
      result: { nextExpectedRevision: revision, position },
    });
  });

  it('writes a batch with no id in the stream, leaving the expectation to the server', () => {
    expect(plan(['d', 'e'], 0n)).toEqual({ kind: 'write' });
    expect(plan(['d'], 'no_stream', [])).toEqual({ kind: 'write' });
  });

  it.each<[string, string[], ExpectedRevision]>([
    ['an id already in the stream, when the expectation holds', ['c', 'd'], 2n],
    ['ids in another order', ['b', 'a'], 'any'],
    ['a repeat that goes on with new events', ['a', 'b', 'c', 'd'], 'any'],
    ['a repeat placed where its expectation could not have put it', ['b', 'c'], 2n],
  ])('refuses %s as a duplicate id', (_, ids, expected) => {
    expect(() => plan(ids, expected)).toThrow(DuplicateEventIdError);
  });

  it('refuses an overlapping batch whose expectation does not hold as a wrong expected revision', () => {
    expect(() => plan(['c', 'd'], 0n)).toThrow(expect.objectContaining({ expected: 0n, actual: 2n }));
    expect(() => plan(['c', 'd'], 0n)).toThrow(WrongExpectedRevisionError);
  });
});

describe('assertDistinctIds', () => {
  it('names the id that a batch holds twice', () => {
    expect(() => assertDistinctIds('child-1', ['a', 'b', 'a'].map(event))).toThrow(
      expect.objectContaining({ eventId: 'a', stream: 'child-1' }),
    );
  });
});

describe('answerEmptyAppend', () => {
  it('answers with the head, or -1 for a missing stream, when the expectation holds', () => {
    expect(answerEmptyAppend('child-1', 2n, stream[2])).toEqual({ nextExpectedRevision: 2n, position: 420n });
    expect(answerEmptyAppend('child-1', 'no_stream', undefined)).toEqual({
      nextExpectedRevision: -1n,
      position: -1n,
    });
  });

  it('refuses an expectation that does not hold', () => {
    expect(() => answerEmptyAppend('child-1', 'stream_exists', undefined)).toThrow(
      WrongExpectedRevisionError,
    );
    expect(() => answerEmptyAppend('child-1', 1n, stream[2])).toThrow(WrongExpectedRevisionError);
  });
});
