import { createHash } from 'node:crypto';

/**
 * Merkle tree hashing of RFC 6962 §2.1: a leaf is SHA-256(0x00 || data), an inner node
 * SHA-256(0x01 || left || right), and a tree of n leaves splits at the largest power of two
 * below n. The root of the empty tree is SHA-256 of nothing.
 */
const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export function leafHash(data: Buffer): Buffer {
  return createHash('sha256').update(LEAF).update(data).digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

export const EMPTY_ROOT = createHash('sha256').digest();

/** The root by the RFC's recursive definition (for tests and small trees). */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leafHash(leaves[0]);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(merkleRoot(leaves.slice(0, k)), merkleRoot(leaves.slice(k)));
}

/**
 * The tree built leaf by leaf in O(log n) memory: the roots of the perfect subtrees that make
 * up the leaves so far (a "compact range"). The root of any prefix is read on the way, so one
 * pass over the log checks every checkpoint.
 */
export class MerkleFrontier {
  /** `stack[i]` is the root of a perfect subtree; sizes strictly decrease along the stack. */
  private readonly stack: { size: number; hash: Buffer }[] = [];
  private count = 0;

  /** Resumes a frontier saved with {@link MerkleFrontier.save} (sizes are powers of two, decreasing). */
  static restore(saved: readonly (readonly [number, string])[]): MerkleFrontier {
    const frontier = new MerkleFrontier();
    for (const [size, hex] of saved) {
      frontier.stack.push({ size, hash: Buffer.from(hex, 'hex') });
      frontier.count += size;
    }
    return frontier;
  }

  /** The subtrees as `[size, hex root]` pairs, to resume the tree later without re-reading the log. */
  save(): [number, string][] {
    return this.stack.map((node) => [node.size, node.hash.toString('hex')]);
  }

  get size(): number {
    return this.count;
  }

  /** Adds a leaf's data (it is leaf-hashed here). */
  append(data: Buffer): void {
    let node = { size: 1, hash: leafHash(data) };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].size === node.size) {
      const left = this.stack.pop()!;
      node = { size: left.size * 2, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
    this.count += 1;
  }

  /** The RFC 6962 root of the leaves appended so far: the subtrees folded right to left. */
  root(): Buffer {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let hash = this.stack[this.stack.length - 1].hash;
    for (let i = this.stack.length - 2; i >= 0; i--) hash = nodeHash(this.stack[i].hash, hash);
    return hash;
  }
}
