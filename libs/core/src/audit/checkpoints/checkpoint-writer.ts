import { type EventStore, type RecordedEvent, WrongExpectedRevisionError } from '@ledger/event-store';
import { v4 as uuidv4 } from 'uuid';
import { type Clock } from '../../clock/clock';
import { chainLinkOf, eventHash, genesisHash } from '../chain/event-hash';
import { storedRowHash } from '../chain/stored-text-hash';
import { MerkleFrontier } from '../merkle/merkle';
import { type LogRow, SqliteLog } from '../verify/sqlite-log';
import { signNote } from '../signing/signed-note';
import { type SigningKey } from '../signing/signing-key';
import {
  CHECKPOINT_SIGNED,
  CHECKPOINT_STREAM,
  type CheckpointReason,
  type CheckpointSignedData,
  checkpointText,
} from './checkpoint';

/** A checkpoint as stored, with where its own event sits. */
export interface StoredCheckpoint {
  readonly data: CheckpointSignedData;
  readonly revision: bigint;
  readonly eventPosition: bigint;
}

/** Reads every checkpoint event of the ledger, in order. */
export async function readCheckpoints(store: EventStore): Promise<StoredCheckpoint[]> {
  const found: StoredCheckpoint[] = [];
  for await (const event of store.readStream(CHECKPOINT_STREAM)) {
    if (event.type === CHECKPOINT_SIGNED)
      found.push({
        data: event.data as CheckpointSignedData,
        revision: event.revision,
        eventPosition: event.position,
      });
  }
  return found;
}

/**
 * The hash of each event as its content gives it now (the Merkle leaves): a chained event is
 * hashed with the `prev` its link names; an event written before the chain with its stream's
 * previous hash, which this keeps per stream as it goes.
 */
export class LeafHasher {
  private readonly heads = new Map<string, string>();

  constructor(private readonly store: EventStore) {}

  /**
   * The leaf of a row of the SQLite log: the hash of its stored text when that gives its link's
   * hash (see `storedTextHash`), otherwise the row parsed and hashed as {@link hash} does.
   */
  row(row: LogRow): string | Promise<string> {
    const fast = storedRowHash(row);
    if (fast && fast.computed === fast.link.hash) {
      this.heads.delete(row[2]);
      return fast.computed;
    }
    return this.hash({
      id: row[1],
      streamName: row[2],
      revision: BigInt(row[3]),
      position: BigInt(row[0]),
      type: row[4],
      data: JSON.parse(row[5]) as unknown,
      metadata: JSON.parse(row[6]) as unknown,
      recordedAt: new Date(0),
    });
  }

  async hash(event: RecordedEvent): Promise<string> {
    const link = chainLinkOf(event.metadata);
    const prev = link ? link.prev : (this.heads.get(event.streamName) ?? (await this.previousHash(event)));
    const hash = eventHash(event, prev);
    if (!link) this.heads.set(event.streamName, hash);
    else this.heads.delete(event.streamName);
    return hash;
  }

  /** For an unchained event met after a resumed checkpoint: its stream's hashes from the start. */
  private async previousHash(target: RecordedEvent): Promise<string> {
    let prev = genesisHash(target.streamName);
    if (target.revision === 0n) return prev;
    for await (const event of this.store.readStream(target.streamName, {
      maxCount: Number(target.revision),
    })) {
      const link = chainLinkOf(event.metadata);
      prev = link ? link.hash : eventHash(event, prev);
    }
    return prev;
  }
}

/**
 * Takes checkpoints: the RFC 6962 root over every event of the log so far, signed with the
 * ledger's Ed25519 key as a C2SP note, appended to {@link CHECKPOINT_STREAM}. Each checkpoint
 * resumes the tree from the previous one's frontier, so it reads only the events since.
 */
export class CheckpointWriter {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly key: () => SigningKey,
  ) {}

  async take(reason: CheckpointReason, recordedBy: string): Promise<CheckpointSignedData> {
    const key = this.key();
    for (let attempt = 0; ; attempt++) {
      const previous = await this.last();
      const frontier = previous ? MerkleFrontier.restore(previous.data.frontier) : new MerkleFrontier();
      const from = previous ? BigInt(previous.data.position) + 1n : 'start';
      let position = previous ? BigInt(previous.data.position) : 0n;
      const heads: Record<string, number> = {};
      const hasher = new LeafHasher(this.store);
      const log = SqliteLog.of(this.store);
      if (log) {
        try {
          for (const rows of log.pages(Number(from === 'start' ? 0n : from - 1n)))
            for (const row of rows) {
              const leaf = hasher.row(row);
              frontier.appendHex(typeof leaf === 'string' ? leaf : await leaf);
              heads[row[2]] = row[3];
              position = BigInt(row[0]);
            }
        } finally {
          log.close();
        }
      } else
        for await (const event of this.store.readAll({ fromPosition: from })) {
          frontier.appendHex(await hasher.hash(event));
          heads[event.streamName] = Number(event.revision);
          position = event.position;
        }
      const time = this.clock.now().toISOString();
      const checkpoint = {
        sequence: previous ? previous.data.sequence + 1 : 1,
        position: position.toString(),
        count: frontier.size,
        root: frontier.root().toString('hex'),
        time,
      };
      const data: CheckpointSignedData = {
        ...checkpoint,
        note: signNote(checkpointText(checkpoint), key),
        reason,
        keyId: key.verifier.keyId.toString('hex'),
        frontier: frontier.save(),
        heads,
      };
      try {
        await this.store.appendToStream(
          CHECKPOINT_STREAM,
          [
            {
              id: uuidv4(),
              type: CHECKPOINT_SIGNED,
              data,
              metadata: { recordedAt: time, recordedBy, source: 'audit' },
            },
          ],
          { expectedRevision: previous ? previous.revision : 'no_stream' },
        );
        return data;
      } catch (error) {
        // Another checkpoint got in first: take this one after it.
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= 3) throw error;
      }
    }
  }

  /** The latest checkpoint, if any. */
  async last(): Promise<StoredCheckpoint | undefined> {
    for await (const event of this.store.readStream(CHECKPOINT_STREAM, {
      direction: 'backwards',
      maxCount: 1,
    })) {
      return {
        data: event.data as CheckpointSignedData,
        revision: event.revision,
        eventPosition: event.position,
      };
    }
    return undefined;
  }
}
