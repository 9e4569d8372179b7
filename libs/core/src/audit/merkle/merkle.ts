import { createHash, hash } from 'node:crypto';

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

// The frontier hashes two small inputs per event: Node's one-shot `crypto.hash` over a scratch
// buffer filled in place, with the 32-byte results kept as latin1 strings (one char per byte),
// costs a fraction of `createHash` objects and of a Buffer allocated per hash.
const LEAF_INPUT = Buffer.alloc(33, 0);
const NODE_INPUT = Buffer.alloc(65, 1);

/** The leaf hash, as a latin1 string, of a 32-byte event hash given as hex: SHA-256(0x00 || bytes). */
function leafOfHex(hex: string): string {
  if (hex.length !== 64 || LEAF_INPUT.write(hex, 1, 32, 'hex') !== 32)
    return leafHash(Buffer.from(hex, 'hex')).toString('latin1');
  return hash('sha256', LEAF_INPUT, 'binary');
}

/** {@link nodeHash} over latin1 strings of 32 bytes. */
function nodeOf(left: string, right: string): string {
  NODE_INPUT.write(left, 1, 32, 'latin1');
  NODE_INPUT.write(right, 33, 32, 'latin1');
  return hash('sha256', NODE_INPUT, 'binary');
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
/** A frontier's subtrees as they are kept (roots as latin1 strings), to send to another thread. */
export interface SavedFrontier {
  readonly sizes: readonly number[];
  readonly hashes: readonly string[];
}

export class MerkleFrontier {
  /**
   * `sizes[i]` leaves under the perfect subtree whose root is `hashes[i]` (32 bytes as a latin1
   * string); sizes strictly decrease along the stack.
   */
  private readonly sizes: number[] = [];
  private readonly hashes: string[] = [];
  private count = 0;

  /** Resumes a frontier saved with {@link MerkleFrontier.save} (sizes are powers of two, decreasing). */
  static restore(saved: readonly (readonly [number, string])[]): MerkleFrontier {
    const frontier = new MerkleFrontier();
    for (const [size, hex] of saved) {
      frontier.sizes.push(size);
      frontier.hashes.push(Buffer.from(hex, 'hex').toString('latin1'));
      frontier.count += size;
    }
    return frontier;
  }

  /** The subtrees as `[size, hex root]` pairs, to resume the tree later without re-reading the log. */
  save(): [number, string][] {
    return this.sizes.map((size, i) => [size, Buffer.from(this.hashes[i], 'latin1').toString('hex')]);
  }

  get size(): number {
    return this.count;
  }

  /** The subtrees as they are kept. */
  snapshot(): SavedFrontier {
    return { sizes: [...this.sizes], hashes: [...this.hashes] };
  }

  /**
   * The frontier of `left`'s leaves followed by those of `right`, a frontier built alone over
   * the leaves that come next: `right`'s subtrees are pushed on whole, as one leaf is. That is
   * the tree of all the leaves only when each of `right`'s subtrees starts at a multiple of its
   * own size (`verify` splits the log so that it does); otherwise this throws.
   */
  static joined(left: MerkleFrontier, right: SavedFrontier): MerkleFrontier {
    const joined = new MerkleFrontier();
    joined.sizes.push(...left.sizes);
    joined.hashes.push(...left.hashes);
    joined.count = left.count;
    right.sizes.forEach((size, i) => {
      if (joined.count % size !== 0) throw new RangeError('The frontiers are not aligned');
      joined.push(right.hashes[i], size);
    });
    return joined;
  }

  /** Adds a leaf's data (it is leaf-hashed here). */
  append(data: Buffer): void {
    this.push(leafHash(data).toString('latin1'));
  }

  /** Adds a leaf whose data is an event hash in hex (a SHA-256: 32 bytes), as `verify` and checkpoints do. */
  appendHex(eventHash: string): void {
    this.push(leafOfHex(eventHash));
  }

  /** Pushes a perfect subtree (a leaf: `leaves` 1), merging equal sizes as they meet. */
  private push(root: string, leaves = 1): void {
    const { sizes, hashes } = this;
    let size = leaves;
    let node = root;
    while (sizes.length > 0 && sizes[sizes.length - 1] === size) {
      sizes.pop();
      node = nodeOf(hashes.pop()!, node);
      size *= 2;
    }
    sizes.push(size);
    hashes.push(node);
    this.count += leaves;
  }

  /** The RFC 6962 root of the leaves appended so far: the subtrees folded right to left. */
  root(): Buffer {
    const { hashes } = this;
    if (hashes.length === 0) return EMPTY_ROOT;
    let node = hashes[hashes.length - 1];
    for (let i = hashes.length - 2; i >= 0; i--) node = nodeOf(hashes[i], node);
    return Buffer.from(node, 'latin1');
  }
}
