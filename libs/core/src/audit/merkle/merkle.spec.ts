import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { EMPTY_ROOT, MerkleFrontier, leafHash, merkleRoot, nodeHash } from './merkle';

const sha = (...parts: Buffer[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const leaf = (i: number) => Buffer.from([i]);

describe('RFC 6962 Merkle tree hashing', () => {
  it('hashes leaves with 0x00 and nodes with 0x01, as the RFC defines', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    // RFC 6962 test vector: the leaf hash of the empty string.
    expect(leafHash(Buffer.alloc(0)).toString('hex')).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
    const [a, b, c] = [leaf(0), leaf(1), leaf(2)];
    expect(merkleRoot([a])).toEqual(sha(Buffer.from([0]), a));
    expect(merkleRoot([a, b, c])).toEqual(nodeHash(nodeHash(leafHash(a), leafHash(b)), leafHash(c)));
  });

  it('the frontier gives the recursive root at every size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), (n) => {
        const leaves = Array.from({ length: n }, (_, i) => leaf(i));
        const frontier = new MerkleFrontier();
        for (const l of leaves) frontier.append(l);
        expect(frontier.size).toBe(n);
        expect(frontier.root()).toEqual(merkleRoot(leaves));
      }),
    );
  });
});

describe('MerkleFrontier.save and restore', () => {
  it('resumes exactly where it stopped', () => {
    const leaves = Array.from({ length: 45 }, (_, i) => leaf(i));
    const first = new MerkleFrontier();
    leaves.slice(0, 19).forEach((l) => first.append(l));
    const resumed = MerkleFrontier.restore(first.save());
    leaves.slice(19).forEach((l) => resumed.append(l));
    expect(resumed.size).toBe(45);
    expect(resumed.root()).toEqual(merkleRoot(leaves));
  });
});
