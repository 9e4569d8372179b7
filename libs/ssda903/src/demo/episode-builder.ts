import type {
  CareEndReason,
  CategoryOfNeed,
  LegalStatus,
  LocalDate,
  PlacementChangeReason,
} from '@ledger/domain';
import type { EpisodeRecord, ReasonNewEpisode } from '../records/records';
import type { DemoPlacement } from './places';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The four fields the 903 compares to tell a change of placement (rules 434–436). */
export const samePlace = (a: DemoPlacement, b: DemoPlacement): boolean =>
  a.place === b.place && a.postcode === b.postcode && a.urn === b.urn && a.provider === b.provider;

/**
 * Writes a child's episodes as the journey unfolds, up to the horizon (the last day of the
 * last return): what would happen later is not written, and the episode open then stays open.
 */
export class EpisodeBuilder {
  readonly episodes: EpisodeRecord[] = [];
  private current?: Mutable<EpisodeRecord>;
  private placed?: DemoPlacement;
  /** Set once the journey reaches past the horizon: nothing more is written. */
  stopped = false;

  constructor(
    private readonly childId: string,
    private readonly horizon: LocalDate,
    readonly homePostcode: string | undefined,
  ) {}

  get inCare(): boolean {
    return this.current !== undefined;
  }

  get placement(): DemoPlacement | undefined {
    return this.placed;
  }

  get legalStatus(): LegalStatus | undefined {
    return this.current?.legalStatus;
  }

  /** The day the current episode began. */
  get since(): LocalDate | undefined {
    return this.current?.decom;
  }

  private reaches(day: LocalDate): boolean {
    if (day > this.horizon) this.stopped = true;
    return !this.stopped;
  }

  start(
    day: LocalDate,
    legalStatus: LegalStatus,
    categoryOfNeed: CategoryOfNeed,
    placement: DemoPlacement,
  ): boolean {
    if (!this.reaches(day)) return false;
    this.open(day, 'S', legalStatus, categoryOfNeed, placement);
    return true;
  }

  /** A new episode the same day the current one ends with X1; `reason` is recorded on the ending one. */
  change(
    day: LocalDate,
    rne: ReasonNewEpisode,
    next: { legalStatus?: LegalStatus; placement?: DemoPlacement; reason?: PlacementChangeReason },
  ): boolean {
    const current = this.current;
    if (!current || !this.reaches(day)) return false;
    if (day <= current.decom)
      throw new Error(`demo journey of ${this.childId}: change on ${day} is not after ${current.decom}`);
    this.close(day, 'X1', next.reason);
    this.open(
      day,
      rne,
      next.legalStatus ?? current.legalStatus,
      current.categoryOfNeed,
      next.placement ?? this.placed!,
    );
    return true;
  }

  end(day: LocalDate, reason: CareEndReason): boolean {
    if (!this.current || !this.reaches(day)) return false;
    this.close(day, reason);
    this.current = undefined;
    return true;
  }

  private open(
    day: LocalDate,
    rne: ReasonNewEpisode,
    legalStatus: LegalStatus,
    categoryOfNeed: CategoryOfNeed,
    placement: DemoPlacement,
  ): void {
    this.placed = placement;
    this.current = {
      childId: this.childId,
      decom: day,
      rne,
      legalStatus,
      categoryOfNeed,
      place: placement.place,
      provider: placement.provider,
      // No postcodes are returned for short breaks (DfE rule 398).
      homePostcode: legalStatus === 'V3' || legalStatus === 'V4' ? undefined : this.homePostcode,
      placementPostcode: placement.postcode,
      urn: placement.urn,
      derived: placement.derived,
    };
    this.episodes.push(this.current);
  }

  private close(day: LocalDate, rec: EpisodeRecord['rec'], reason?: PlacementChangeReason): void {
    const current = this.current!;
    current.dec = day;
    current.rec = rec;
    if (reason) current.reasonPlaceChange = reason;
  }
}
