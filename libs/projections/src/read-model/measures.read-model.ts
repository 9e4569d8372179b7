import type { AsKnownAt, LedgerEventRecord } from '../ledger-event-record';
import { computeReport, reportBuilder } from '../report/compute-report';
import { computeSeries } from '../report/compute-series';
import type { ReportOptions } from '../report/report-options';
import type { MeasuresReport, MeasuresSeries } from '../report/report.types';
import { buildTimeline } from '../timeline/build-timeline';
import type { ChildTimeline } from '../timeline/timeline.types';

/** Where a sliced computation lets others run. */
const PAUSE = Symbol('pause');

interface ChildStream {
  readonly records: LedgerEventRecord[];
  /** The timeline of everything recorded; dropped when a record arrives. */
  timeline?: ChildTimeline;
}

/**
 * The measures' read model: each child's records, and its timeline kept warm. A new record
 * invalidates only its own child's timeline, so a report after a few new events rebuilds a few
 * timelines. Reports "as known at" an earlier moment rebuild every timeline from the records
 * known then (slower, and never cached).
 */
export class MeasuresReadModel {
  private readonly streams = new Map<string, ChildStream>();
  private lastPosition: bigint | undefined;

  /** The highest position applied, to resume a subscription from. */
  get checkpoint(): bigint | undefined {
    return this.lastPosition;
  }

  get childCount(): number {
    return this.streams.size;
  }

  /**
   * Adds one record. A record at or before the last position of its stream was applied already
   * (a redelivery) and is ignored: returns false.
   */
  apply(record: LedgerEventRecord): boolean {
    let stream = this.streams.get(record.streamName);
    if (!stream) {
      stream = { records: [] };
      this.streams.set(record.streamName, stream);
    }
    const last = stream.records[stream.records.length - 1];
    if (last !== undefined && record.position <= last.position) return false;
    stream.records.push(record);
    stream.timeline = undefined;
    if (this.lastPosition === undefined || record.position > this.lastPosition)
      this.lastPosition = record.position;
    return true;
  }

  applyAll(records: Iterable<LedgerEventRecord>): void {
    for (const record of records) this.apply(record);
  }

  /** One child's timeline, or undefined when the stream has no record (known then). */
  timeline(streamName: string, asKnownAt?: AsKnownAt): ChildTimeline | undefined {
    const stream = this.streams.get(streamName);
    return stream ? this.timelineOf(stream, asKnownAt) : undefined;
  }

  /** Every child's timeline; as known at a moment, the children with no record known then are left out. */
  timelines(asKnownAt?: AsKnownAt): ChildTimeline[] {
    const timelines: ChildTimeline[] = [];
    for (const stream of this.streams.values()) {
      const timeline = this.timelineOf(stream, asKnownAt);
      if (timeline) timelines.push(timeline);
    }
    return timelines;
  }

  report(options: ReportOptions): MeasuresReport {
    return computeReport(this.timelines(options.asKnownAt), options);
  }

  series(options: ReportOptions): MeasuresSeries {
    return computeSeries(this.timelines(options.asKnownAt), options);
  }

  /**
   * {@link report}, awaiting `pause` after every `slice` children so that a large report does not
   * hold up the writes of the same process for its whole duration. The report is of the model as
   * it was when called: records applied during a pause are left out of it.
   */
  async reportInSlices(
    options: ReportOptions,
    pause: () => Promise<void>,
    slice = 500,
  ): Promise<MeasuresReport> {
    const builder = reportBuilder(options);
    for (const timeline of this.timelinesInSlices(options.asKnownAt, slice)) {
      if (timeline === PAUSE) await pause();
      else builder.add(timeline);
    }
    return builder.result();
  }

  /** {@link series}, with every timeline built before it in slices, as {@link reportInSlices} does. */
  async seriesInSlices(
    options: ReportOptions,
    pause: () => Promise<void>,
    slice = 500,
  ): Promise<MeasuresSeries> {
    const timelines: ChildTimeline[] = [];
    for (const timeline of this.timelinesInSlices(options.asKnownAt, slice)) {
      if (timeline === PAUSE) await pause();
      else timelines.push(timeline);
    }
    return computeSeries(timelines, options);
  }

  /**
   * Every child's timeline (as {@link timelines}), with {@link PAUSE} after every `slice` children.
   * The streams and their lengths are taken when it starts: a record applied while the caller is
   * paused is not in what follows (its child's timeline is built from the records known at the start).
   */
  private *timelinesInSlices(
    asKnownAt: AsKnownAt | undefined,
    slice: number,
  ): Generator<ChildTimeline | typeof PAUSE> {
    const taken = [...this.streams.values()].map((stream) => ({ stream, length: stream.records.length }));
    let built = 0;
    for (const { stream, length } of taken) {
      const timeline =
        stream.records.length === length
          ? this.timelineOf(stream, asKnownAt)
          : this.timelineOf({ records: stream.records.slice(0, length) }, asKnownAt);
      if (timeline) yield timeline;
      if (++built % slice === 0) yield PAUSE;
    }
  }

  private timelineOf(stream: ChildStream, asKnownAt?: AsKnownAt): ChildTimeline | undefined {
    if (asKnownAt === undefined || this.knowsNothingLater(asKnownAt)) {
      stream.timeline ??= buildTimeline(stream.records);
      return stream.timeline;
    }
    // A stream with no record known then did not exist yet.
    return this.anyKnown(stream, asKnownAt) ? buildTimeline(stream.records, { asKnownAt }) : undefined;
  }

  /** True when a position at or after the checkpoint is asked for: the warm timelines answer. */
  private knowsNothingLater(asKnownAt: AsKnownAt): boolean {
    return (
      'position' in asKnownAt && this.lastPosition !== undefined && asKnownAt.position >= this.lastPosition
    );
  }

  private anyKnown(stream: ChildStream, asKnownAt: AsKnownAt): boolean {
    if ('position' in asKnownAt) return stream.records[0].position <= asKnownAt.position;
    const limit = Date.parse(asKnownAt.recordedAt);
    return stream.records.some((record) => Date.parse(record.metadata.recordedAt) <= limit);
  }
}
