import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../errors';
import { openSqlite, readSchema } from '../sqlite/sqlite-connection';
import { toStoreError } from '../sqlite/sqlite-errors';
import type { Checkpoint, CheckpointStore } from './checkpoint-store.port';

export interface SqliteCheckpointStoreOptions {
  /** The database file (the event store's own file will do), or `':memory:'`. */
  readonly file: string;
  /** @defaultValue 5000 */
  readonly busyTimeoutMs?: number;
  /** Stamps `saved_at`. @defaultValue `() => new Date()` */
  readonly clock?: () => Date;
}

interface CheckpointRow {
  version: bigint;
  position: string;
  state: string;
}

/** Read-model checkpoints in SQLite, table `read_model_checkpoints` (schema/read-model-checkpoints.sql). */
export class SqliteCheckpointStore implements CheckpointStore {
  readonly file: string;
  private readonly db: Database.Database;
  private readonly clock: () => Date;
  private readonly statements: {
    load: Database.Statement<[string], CheckpointRow>;
    save: Database.Statement<[string, number, string, string, string]>;
    delete: Database.Statement<[string]>;
  };

  constructor(options: SqliteCheckpointStoreOptions) {
    this.file = options.file;
    this.clock = options.clock ?? (() => new Date());
    this.db = openSqlite({ file: options.file, busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
    try {
      this.db.exec(readSchema('read-model-checkpoints.sql'));
      this.statements = {
        load: this.db.prepare('SELECT version, position, state FROM read_model_checkpoints WHERE name = ?'),
        // One statement, so one implicit transaction: position and state are saved together.
        save: this.db.prepare(
          `INSERT INTO read_model_checkpoints (name, version, position, state, saved_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = excluded.position,
             state = excluded.state, saved_at = excluded.saved_at`,
        ),
        delete: this.db.prepare('DELETE FROM read_model_checkpoints WHERE name = ?'),
      };
    } catch (error) {
      this.db.close();
      throw toStoreError(error, this.file, 'open the checkpoints');
    }
  }

  load(name: string): Promise<Checkpoint | undefined> {
    return this.run(`load checkpoint ${name}`, () => {
      const row = this.statements.load.get(name);
      return row && { position: BigInt(row.position), version: Number(row.version), state: row.state };
    });
  }

  save(name: string, { position, version, state }: Checkpoint): Promise<void> {
    return this.run(`save checkpoint ${name}`, () => {
      this.statements.save.run(name, version, position.toString(), state, this.clock().toISOString());
    });
  }

  delete(name: string): Promise<void> {
    return this.run(`delete checkpoint ${name}`, () => {
      this.statements.delete.run(name);
    });
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private run<T>(operation: string, step: () => T): Promise<T> {
    try {
      if (!this.db.open) throw new StoreUnavailableError(`SQLite checkpoint store ${this.file} is closed`);
      return Promise.resolve(step());
    } catch (error) {
      return Promise.reject(toStoreError(error, this.file, operation));
    }
  }
}
