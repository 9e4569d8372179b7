import { type ChildEvent, childIdOfStream } from '@ledger/domain';
import { type EventStore } from '@ledger/event-store';
import {
  type AsKnownAt,
  type ChildTimeline,
  type MeasuresReadModel,
  type MeasuresReport,
  computeReport,
  knownAtPredicate,
} from '@ledger/projections';
import { describeEvent } from '../trail/describe-event';
import { type FieldChange, diffReports, touches } from './report-diff';
import { type SavedReport } from './saved-report';

/** An event recorded between the two moments that changed a child's timeline. */
export interface RestatingEvent {
  readonly eventId: string;
  readonly type: string;
  readonly position: string;
  readonly recordedAt: string | null;
  readonly recordedBy: string | null;
  readonly source: string | null;
  /** The import (or command) it came with. */
  readonly correlationId: string | null;
  readonly description: string;
}

export interface RestatedField extends FieldChange {
  readonly childCount: number;
  readonly eventCount: number;
  /** For auditors only: the children whose timelines moved the figure, each with the events that did. */
  readonly children?: readonly { readonly childId: string; readonly events: readonly RestatingEvent[] }[];
}

export interface Restatement {
  readonly reportId: string;
  readonly name: string;
  readonly window: SavedReport['window'];
  readonly filters: SavedReport['filters'];
  /** The two moments compared: as submitted (its position) or `asKnownAt`, against now or `against`. */
  readonly from: { readonly asKnownAt: string };
  readonly against: { readonly asKnownAt: string | null };
  readonly changes: readonly RestatedField[];
}

type Meta = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** Every child stream with events known at `after` but not at `before`, with those events. */
async function eventsBetween(store: EventStore, before: AsKnownAt, after: AsKnownAt | undefined) {
  const knownBefore = knownAtPredicate(before);
  const knownAfter = after ? knownAtPredicate(after) : () => true;
  const from = 'position' in before ? before.position + 1n : 'start';
  const byStream = new Map<string, RestatingEvent[]>();
  for await (const e of store.readAll({ fromPosition: from })) {
    if (childIdOfStream(e.streamName) === undefined) continue;
    const meta = (e.metadata ?? {}) as Meta;
    const record = { position: e.position, metadata: { recordedAt: str(meta.recordedAt) ?? '' } };
    if (knownBefore(record) || !knownAfter(record)) continue;
    const list = byStream.get(e.streamName) ?? [];
    list.push({
      eventId: e.id,
      type: e.type,
      position: e.position.toString(),
      recordedAt: str(meta.recordedAt),
      recordedBy: str(meta.recordedBy),
      source: str(meta.source),
      correlationId: str(meta.correlationId),
      description: describeEvent({ type: e.type, data: e.data } as ChildEvent),
    });
    byStream.set(e.streamName, list);
  }
  return byStream;
}

function singleChild(timeline: ChildTimeline | undefined, saved: SavedReport): MeasuresReport {
  return computeReport(timeline ? [timeline] : [], { ...saved.window, filters: saved.filters });
}

/**
 * What moved in a saved report between two moments (as submitted, or `before`; against now,
 * or `after`): every field that differs, and for each the children whose timelines moved it
 * (their own figures differ there) with the events recorded in between that did it.
 */
export async function restate(
  store: EventStore,
  model: MeasuresReadModel,
  saved: SavedReport,
  moments: { before?: AsKnownAt; after?: AsKnownAt },
  withChildren: boolean,
): Promise<Restatement> {
  const before = moments.before ?? { position: BigInt(saved.position) };
  const options = { ...saved.window, filters: saved.filters };
  const oldReport = moments.before ? model.report({ ...options, asKnownAt: moments.before }) : saved.report;
  const newReport = model.report({ ...options, asKnownAt: moments.after });
  const changes = diffReports(oldReport, newReport);
  const changed = await eventsBetween(store, before, moments.after);

  const touchedBy = new Map<string, Set<string>>();
  for (const stream of changed.keys()) {
    const diff = diffReports(
      singleChild(model.timeline(stream, before), saved),
      singleChild(model.timeline(stream, moments.after), saved),
    );
    if (diff.length > 0) touchedBy.set(stream, new Set(diff.map((d) => d.field)));
  }
  const label = (m: AsKnownAt) => ('position' in m ? m.position.toString() : m.recordedAt);
  return {
    reportId: saved.id,
    name: saved.name,
    window: saved.window,
    filters: saved.filters,
    from: { asKnownAt: label(before) },
    against: { asKnownAt: moments.after ? label(moments.after) : null },
    changes: changes.map((change) => {
      const streams = [...touchedBy].filter(([, fields]) => touches(change.field, fields)).map(([s]) => s);
      const children = streams.map((s) => ({ childId: childIdOfStream(s)!, events: changed.get(s) ?? [] }));
      const eventCount = children.reduce((n, c) => n + c.events.length, 0);
      return { ...change, childCount: children.length, eventCount, ...(withChildren ? { children } : {}) };
    }),
  };
}
