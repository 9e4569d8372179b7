import { type EventStore } from '@ledger/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '../clock/clock';
import { LEDGER_CONFIG } from '../config/config.provider';
import { type LedgerConfig } from '../config/ledger-config';
import { EVENT_STORE } from '../store/event-store.provider';
import { type CheckpointReason } from './checkpoints/checkpoint';
import { CheckpointWriter } from './checkpoints/checkpoint-writer';
import { type PublicKeyInfo, SigningKey, Verifier } from './signing/signing-key';
import { type OutsideCheckpoint } from './verify/checkpoint-claims';
import { type VerifyReport } from './verify/findings';
import { verifyLedger } from './verify/verify-ledger';
import { type TrailPage, type TrailQuery, auditTrail } from './trail/audit-trail';
import { type ImportRecord, listImports } from './trail/imports-list';

/** A checkpoint as the ledger answers it: what was signed, and the outside copy's file. */
export interface CheckpointTaken {
  readonly sequence: number;
  readonly position: string;
  readonly count: number;
  readonly root: string;
  readonly time: string;
  readonly reason: CheckpointReason;
  readonly keyId: string;
  readonly note: string;
  /** Where the note was written for the auditor to copy out. */
  readonly file: string;
}

/** The auditor's evidence: checkpoints, the public key, verification. Shared by the API and the CLI. */
@Injectable()
export class AuditService {
  private key?: SigningKey;
  private readonly writer: CheckpointWriter;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    clock: Clock,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {
    this.writer = new CheckpointWriter(store, clock, () => this.signingKey());
  }

  /** The signing key, read (or created, mode 0600) on first use. */
  signingKey(): SigningKey {
    this.key ??= SigningKey.openOrCreate(this.config.audit.keyFile);
    return this.key;
  }

  publicKey(): PublicKeyInfo {
    return this.signingKey().verifier.info();
  }

  /** Takes a checkpoint, appends it to the checkpoint stream and writes its note to the checkpoint folder. */
  async checkpoint(reason: CheckpointReason, recordedBy: string): Promise<CheckpointTaken> {
    const data = await this.writer.take(reason, recordedBy);
    mkdirSync(this.config.audit.checkpointDir, { recursive: true });
    const file = join(this.config.audit.checkpointDir, `checkpoint-${data.sequence}.txt`);
    writeFileSync(file, data.note);
    const { sequence, position, count, root, time, keyId, note } = data;
    return { sequence, position, count, root, time, reason, keyId, note, file };
  }

  /** When the last checkpoint was taken, if ever. */
  async lastCheckpointTime(): Promise<string | undefined> {
    return (await this.writer.last())?.data.time;
  }

  /**
   * Recomputes every chain and checkpoint, and checks the outside copies. `publicKey` (PEM or
   * C2SP verifier key) is the key the auditor kept; without it the ledger's own key file is used.
   */
  verify(outside: readonly OutsideCheckpoint[] = [], publicKey?: string): Promise<VerifyReport> {
    // Verifying never creates a key: without the key file (a copy of the ledger given to an
    // auditor) the auditor's own copy of the public key is needed.
    const verifier = publicKey
      ? Verifier.parse(publicKey)
      : (this.key ?? SigningKey.openExisting(this.config.audit.keyFile))?.verifier;
    return verifyLedger(this.store, {
      verifier,
      outside,
      contiguousPositions: this.config.store.kind === 'sqlite',
    });
  }

  /** The trail by recorded time, filtered and paged. */
  trail(query: TrailQuery): Promise<TrailPage> {
    return auditTrail(this.store, query);
  }

  /** Every import with its files, years and counts. */
  imports(): Promise<ImportRecord[]> {
    return listImports(this.store);
  }
}
