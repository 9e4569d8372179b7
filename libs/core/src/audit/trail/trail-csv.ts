import { stringify } from 'csv-stringify/sync';
import { type TrailEntry } from './audit-trail';

const COLUMNS = [
  'position',
  'recordedAt',
  'recordedBy',
  'roles',
  'source',
  'importId',
  'files',
  'commandId',
  'correlationId',
  'stream',
  'childId',
  'revision',
  'eventId',
  'type',
  'effectiveDate',
  'description',
  'voidedEventId',
  'voidedDescription',
] as const;

/** A cell Excel will not run as a formula: a leading = + - @ tab or CR is quoted away with an apostrophe. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The trail page as CSV, one row per event, a header row even when empty. */
export function trailCsv(entries: readonly TrailEntry[]): string {
  const rows = entries.map((e) => {
    const cells: Record<(typeof COLUMNS)[number], string> = {
      position: e.position,
      recordedAt: e.recordedAt ?? '',
      recordedBy: e.recordedBy ?? '',
      roles: e.roles?.join(' ') ?? '',
      source: e.source ?? '',
      importId: e.importId ?? '',
      files: e.files?.join(' ') ?? '',
      commandId: e.commandId ?? '',
      correlationId: e.correlationId ?? '',
      stream: e.stream,
      childId: e.childId ?? '',
      revision: e.revision,
      eventId: e.eventId,
      type: e.type,
      effectiveDate: e.effectiveDate ?? '',
      description: e.description,
      voidedEventId: e.voids?.eventId ?? '',
      voidedDescription: e.voids?.description ?? '',
    };
    return COLUMNS.map((c) => safeCell(cells[c]));
  });
  return stringify([[...COLUMNS], ...rows], { record_delimiter: '\r\n' });
}
