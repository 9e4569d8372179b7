import { type EventStore } from '@ledger/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { v4 as uuidv4 } from 'uuid';
import { Clock } from '../../clock/clock';
import { type AsKnownAt, parseAsKnownAt } from '../../queries/as-known-at';
import { ReadModelsService } from '../../read-models/read-models.service';
import { EVENT_STORE } from '../../store/event-store.provider';
import { AuditService } from '../audit.service';
import { type Restatement, restate } from './restatement';
import {
  REPORT_SAVED,
  REPORTS_STREAM,
  type SaveReportRequest,
  type SavedReport,
  type SavedReportSummary,
} from './saved-report';

export class ReportNotFoundError extends Error {
  readonly code = 'REPORT.NOT_FOUND';
  constructor(readonly reportId: string) {
    super(`No saved report ${reportId}`);
    this.name = 'ReportNotFoundError';
  }
}

/** Reports as submitted, and what has changed in them since. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly readModels: ReadModelsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Takes a checkpoint, computes the report as known at the checkpoint's position (so it can be
   * recomputed exactly, and the checkpoint proves the log it came from), and keeps both.
   */
  async save(request: SaveReportRequest, savedBy: string): Promise<SavedReport> {
    const checkpoint = await this.audit.checkpoint('report', savedBy);
    const model = await this.readModels.measures();
    const filters = request.filters ?? {};
    const report = model.report({
      from: request.from,
      to: request.to,
      filters,
      asKnownAt: { position: BigInt(checkpoint.position) },
    });
    const saved: SavedReport = {
      id: uuidv4(),
      name: request.name,
      window: { from: request.from, to: request.to },
      filters,
      position: checkpoint.position,
      savedAt: this.clock.now().toISOString(),
      savedBy,
      report,
      checkpoint: {
        sequence: checkpoint.sequence,
        position: checkpoint.position,
        root: checkpoint.root,
        note: checkpoint.note,
      },
    };
    await this.store.appendToStream(
      REPORTS_STREAM,
      [
        {
          id: saved.id,
          type: REPORT_SAVED,
          data: saved,
          metadata: { recordedAt: saved.savedAt, recordedBy: savedBy, source: 'audit' },
        },
      ],
      { expectedRevision: 'any' },
    );
    return saved;
  }

  async list(): Promise<SavedReportSummary[]> {
    const out: SavedReportSummary[] = [];
    for await (const e of this.store.readStream(REPORTS_STREAM)) {
      if (e.type !== REPORT_SAVED) continue;
      const { report: _report, ...summary } = e.data as SavedReport;
      out.push(summary);
    }
    return out;
  }

  async get(id: string): Promise<SavedReport> {
    for await (const e of this.store.readStream(REPORTS_STREAM)) {
      if (e.type === REPORT_SAVED && (e.data as SavedReport).id === id) return e.data as SavedReport;
    }
    throw new ReportNotFoundError(id);
  }

  /**
   * The report recomputed now (or as known at `against`) against the report as submitted (or as
   * known at `asKnownAt`). `withChildren` adds the children and events (auditors only).
   */
  async restatement(
    id: string,
    moments: { asKnownAt?: string; against?: string },
    withChildren: boolean,
  ): Promise<Restatement> {
    const saved = await this.get(id);
    const before: AsKnownAt | undefined = parseAsKnownAt(moments.asKnownAt);
    const after: AsKnownAt | undefined = parseAsKnownAt(moments.against);
    const model = await this.readModels.measures();
    return restate(this.store, model, saved, { before, after }, withChildren);
  }
}
