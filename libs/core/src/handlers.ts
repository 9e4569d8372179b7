import { ExecuteChildCommandHandler } from './commands/execute-child-command/execute-child-command.handler';
import { ExportReturnHandler } from './commands/export-return/export-return.handler';
import { FillDemoHandler } from './commands/fill-demo/fill-demo.handler';
import { ImportReturnsHandler } from './commands/import-returns/import-returns.handler';
import { RecordChildDataReadHandler } from './commands/record-child-data-read/record-child-data-read.handler';
import { SaveReportHandler } from './commands/save-report/save-report.handler';
import { TakeCheckpointHandler } from './commands/take-checkpoint/take-checkpoint.handler';
import { GetAnnexAListHandler } from './queries/get-annex-a-list/get-annex-a-list.handler';
import { GetAuditTrailHandler } from './queries/get-audit-trail/get-audit-trail.handler';
import { GetChildHistoryHandler } from './queries/get-child-history/get-child-history.handler';
import { GetChildTimelineHandler } from './queries/get-child-timeline/get-child-timeline.handler';
import { GetDataQualityHandler } from './queries/get-data-quality/get-data-quality.handler';
import { GetFigureChildrenHandler } from './queries/get-figure-children/get-figure-children.handler';
import { GetForecastHandler } from './queries/get-forecast/get-forecast.handler';
import { GetForecastBacktestHandler } from './queries/get-forecast-backtest/get-forecast-backtest.handler';
import { GetLastCheckpointTimeHandler } from './queries/get-last-checkpoint-time/get-last-checkpoint-time.handler';
import { GetLedgerStatusHandler } from './queries/get-ledger-status/get-ledger-status.handler';
import { GetMeasuresHandler } from './queries/get-measures/get-measures.handler';
import { GetMeasuresSeriesHandler } from './queries/get-measures-series/get-measures-series.handler';
import { GetPublicKeyHandler } from './queries/get-public-key/get-public-key.handler';
import { GetReportHandler } from './queries/get-report/get-report.handler';
import { GetResponsibleAuthoritiesHandler } from './queries/get-responsible-authorities/get-responsible-authorities.handler';
import { GetRestatementHandler } from './queries/get-restatement/get-restatement.handler';
import { ListChildrenHandler } from './queries/list-children/list-children.handler';
import { ListAccessRecordsHandler } from './queries/list-access-records/list-access-records.handler';
import { ListImportsHandler } from './queries/list-imports/list-imports.handler';
import { ListReportsHandler } from './queries/list-reports/list-reports.handler';
import { VerifyLedgerHandler } from './queries/verify-ledger/verify-ledger.handler';

/**
 * Every use case's handler, one per folder of `commands/` and `queries/` (CONTRIBUTING.md, "The
 * shape of a use case"): the core module registers these, and `use-cases.spec.ts` checks that
 * every folder's handler is here.
 */
export const commandHandlers = [
  ExecuteChildCommandHandler,
  ImportReturnsHandler,
  ExportReturnHandler,
  FillDemoHandler,
  TakeCheckpointHandler,
  SaveReportHandler,
  RecordChildDataReadHandler,
];

export const queryHandlers = [
  GetChildHistoryHandler,
  GetChildTimelineHandler,
  GetLedgerStatusHandler,
  GetMeasuresHandler,
  GetMeasuresSeriesHandler,
  ListChildrenHandler,
  GetAnnexAListHandler,
  GetFigureChildrenHandler,
  GetForecastHandler,
  GetForecastBacktestHandler,
  GetDataQualityHandler,
  VerifyLedgerHandler,
  GetAuditTrailHandler,
  ListImportsHandler,
  GetPublicKeyHandler,
  GetLastCheckpointTimeHandler,
  ListReportsHandler,
  GetReportHandler,
  GetRestatementHandler,
  ListAccessRecordsHandler,
  GetResponsibleAuthoritiesHandler,
];
