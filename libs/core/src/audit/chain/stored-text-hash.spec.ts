import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { chainEvents } from './chained-event-store';
import { chainLinkOf, eventHash, genesisHash } from './event-hash';
import { storedTextHash } from './stored-text-hash';

/** What the SQLite store keeps of an appended event: `JSON.stringify` of its data and metadata. */
const stored = (
  stream: string,
  revision: number,
  event: { id: string; type: string; data: unknown; metadata: unknown },
) => ({
  id: event.id,
  type: event.type,
  stream,
  revision,
  data: JSON.stringify(event.data ?? null),
  metadata: JSON.stringify(event.metadata ?? null),
});

// Keys that JavaScript enumerates first whatever their insertion order: the one case in which
// the store cannot keep the canonical text (verify then takes the long way).
const integerLike = (value: unknown): boolean =>
  typeof value === 'object' && value !== null
    ? Object.keys(value).some((k) => /^(0|[1-9]\d*)$/.test(k)) || Object.values(value).some(integerLike)
    : false;

describe('the chain stores canonical text, and verify hashes it as stored', () => {
  it('for any data and metadata: the store keeps the canonical text, its hash is the definition’s', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.option(fc.string(), { nil: undefined }),
        (data, metadata, effectiveDate) => {
          const withDate =
            typeof data === 'object' && data !== null && !Array.isArray(data) && effectiveDate !== undefined
              ? { ...data, effectiveDate }
              : data;
          const [event] = chainEvents('child-1', { revision: 4n, hash: genesisHash('child-1') }, [
            { id: 'e-1', type: 'Noted', data: withDate, metadata },
          ]);
          const link = chainLinkOf(event.metadata)!;
          const row = stored('child-1', 5, event);
          const parsed = { id: 'e-1', type: 'Noted', streamName: 'child-1', revision: 5n };
          // The definition, over what a read gives back.
          expect(
            eventHash(
              { ...parsed, data: JSON.parse(row.data), metadata: JSON.parse(row.metadata) },
              link.prev,
            ),
          ).toBe(link.hash);
          if (integerLike(withDate) || integerLike(metadata)) return;
          expect(row.data).toBe(canonicalJson(JSON.parse(row.data)));
          expect(row.metadata).toBe(canonicalJson(JSON.parse(row.metadata)));
          const fast = storedTextHash(row);
          // A nested effectiveDate or chain met first only costs the long way, never a wrong answer.
          if (fast && fast.computed === fast.link.hash) expect(fast.link).toEqual(link);
          if (!/"(effectiveDate|chain)"/.test(JSON.stringify([data, metadata]).replace(/^./, '')))
            expect(fast).toEqual({ link, computed: link.hash });
        },
      ),
    );
  });

  it('an edited text, a moved revision or another prev gives another hash', () => {
    const [event] = chainEvents('child-1', { revision: -1n, hash: genesisHash('child-1') }, [
      {
        id: 'e-1',
        type: 'Noted',
        data: { effectiveDate: '2024-01-01', n: 1 },
        metadata: { recordedAt: 't' },
      },
    ]);
    const row = stored('child-1', 0, event);
    expect(storedTextHash(row)).toMatchObject({ computed: chainLinkOf(event.metadata)!.hash });
    for (const edited of [
      { ...row, data: row.data.replace('"n":1', '"n":2') },
      { ...row, data: row.data.replace('2024-01-01', '2024-01-02') },
      { ...row, revision: 1 },
      { ...row, stream: 'child-2' },
      { ...row, metadata: row.metadata.replace('"t"', '"u"') },
    ]) {
      const fast = storedTextHash(edited)!;
      expect(fast.computed).not.toBe(fast.link.hash);
    }
    // Not the writer's shape (keys out of order, as the writer before canonical text stored them).
    expect(
      storedTextHash({
        ...row,
        metadata: JSON.stringify({ recordedAt: 't', chain: { revision: 0, prev: 'p', hash: 'h' } }),
      }),
    ).toBeUndefined();
  });

  it('integer-like keys: the store keeps another order, so verify takes the long way, and it holds', () => {
    const [event] = chainEvents('child-1', { revision: -1n, hash: genesisHash('child-1') }, [
      {
        id: 'e-1',
        type: 'Noted',
        data: { effectiveDate: '2024-01-01', byYear: { '10': 1, '9': 2 } },
        metadata: {},
      },
    ]);
    const row = stored('child-1', 0, event);
    expect(row.data).toContain('{"9":2,"10":1}');
    const fast = storedTextHash(row)!;
    expect(fast.computed).not.toBe(fast.link.hash);
    const link = chainLinkOf(event.metadata)!;
    const read = { id: 'e-1', type: 'Noted', streamName: 'child-1', revision: 0n };
    expect(
      eventHash({ ...read, data: JSON.parse(row.data), metadata: JSON.parse(row.metadata) }, link.prev),
    ).toBe(link.hash);
  });
});
