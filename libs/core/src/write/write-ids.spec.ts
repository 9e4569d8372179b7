import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { commandHash } from './command-hash';
import { uuidV5 } from './event-ids';

describe('the ids and fingerprints of writes', () => {
  it('a name-based id is the RFC 4122 version 5 UUID of the ledger namespace', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(uuidV5(name)).toBe(uuidv5(name, '6f1d4c1e-6b1a-4b55-9a3f-2f6f0c1d7a42'));
      }),
    );
  });

  it('a fingerprint is the one events were stored with before (sorted keys, then JSON)', () => {
    const canonical = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(canonical);
      if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        return Object.fromEntries(
          Object.keys(record)
            .sort()
            .filter((key) => record[key] !== undefined)
            .map((key) => [key, canonical(record[key])]),
        );
      }
      return value;
    };
    const before = (value: unknown) =>
      createHash('sha256')
        .update(JSON.stringify(canonical(value)))
        .digest('hex')
        .slice(0, 32);
    fc.assert(fc.property(fc.jsonValue(), (value) => expect(commandHash(value)).toBe(before(value))));
    expect(commandHash({ 10: 'a', 2: 'b', x: 1 })).toBe(before({ 10: 'a', 2: 'b', x: 1 }));
  });

  it('a fingerprint ignores key order and undefined members, and tells different values apart', () => {
    const a = { type: 'X', data: { b: 1, a: [1, { y: 'z', x: null }], gone: undefined } };
    const b = { data: { a: [1, { x: null, y: 'z' }], b: 1 }, type: 'X' };
    expect(commandHash(a)).toBe(commandHash(b));
    expect(commandHash({ ...b, type: 'Y' })).not.toBe(commandHash(b));
    expect(commandHash([1, 2])).not.toBe(commandHash([2, 1]));
  });
});
