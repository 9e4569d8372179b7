import {
  childStreamName,
  type Accommodation,
  type Activity,
  type AdoptionReversalReason,
  type CareEndReason,
  type CategoryOfNeed,
  type ChildDetails,
  type ChildEvent,
  type InTouch,
  type LegalStatus,
  type LocalDate,
  type Placement,
  type PlacementChangeReason,
  type PlacementType,
} from '@ledger/domain';
import type { LedgerEventRecord } from '../ledger-event-record';

/** The responsible authority of every test child unless told otherwise (Dorset). */
export const HOME_AUTHORITY = 'E06000059';

/** A placement of `type` with carer `carerId`, inside the home authority, 5 miles from home. */
export function placed(type: PlacementType, carerId: string, overrides: Partial<Placement> = {}): Placement {
  return { type, provider: 'PR1', carerId, authority: HOME_AUTHORITY, distanceMiles: 5, ...overrides };
}

/**
 * An in-memory ledger for tests and benchmarks: hands out ids, global positions, stream
 * revisions and recorded times (one minute apart unless `at` says otherwise).
 */
export class TestLedger {
  readonly records: LedgerEventRecord[] = [];
  private readonly revisions = new Map<string, bigint>();
  private clock = Date.parse('2025-01-01T00:00:00.000Z');
  private nextRecordedAt: string | undefined;

  /**
   * @param idPrefix - prefixes the entry ids, to keep several ledgers' ids apart
   * @param recordedAt - records everything at this instant (benchmarks: no clock to format)
   */
  constructor(
    private readonly idPrefix = 'e',
    private readonly recordedAt?: string,
  ) {}

  /** The next record is recorded at this instant. */
  at(recordedAt: string): this {
    this.nextRecordedAt = recordedAt;
    return this;
  }

  append(streamName: string, event: ChildEvent): LedgerEventRecord {
    const revision = this.revisions.get(streamName) ?? 0n;
    this.revisions.set(streamName, revision + 1n);
    this.clock += 60_000;
    const recordedAt = this.nextRecordedAt ?? this.recordedAt ?? new Date(this.clock).toISOString();
    this.nextRecordedAt = undefined;
    const record: LedgerEventRecord = {
      id: `${this.idPrefix}${this.records.length + 1}`,
      position: BigInt(this.records.length + 1),
      streamName,
      revision,
      event,
      metadata: { recordedAt },
    };
    this.records.push(record);
    return record;
  }

  /** Registers a child (born 2015-06-15 unless told otherwise) and returns its journey. */
  child(childId: string, details: Partial<ChildDetails> = {}): ChildJourney {
    return new ChildJourney(this, childId).register(details);
  }

  recordsOf(childId: string): LedgerEventRecord[] {
    const stream = childStreamName(childId);
    return this.records.filter((record) => record.streamName === stream);
  }
}

/** Appends one child's events by their meaning; each method returns the journey to chain. */
export class ChildJourney {
  readonly streamName: string;
  /** The ids of the entries appended, in order. */
  readonly ids: string[] = [];
  /** The id of the last entry appended. */
  lastId = '';

  constructor(
    private readonly ledger: TestLedger,
    readonly childId: string,
  ) {
    this.streamName = childStreamName(childId);
  }

  private add(event: ChildEvent): this {
    this.lastId = this.ledger.append(this.streamName, event).id;
    this.ids.push(this.lastId);
    return this;
  }

  register(details: Partial<ChildDetails> = {}): this {
    const full = this.details(details);
    return this.add({ type: 'ChildRegistered', data: { ...full, effectiveDate: full.dateOfBirth } });
  }

  updateDetails(effectiveDate: LocalDate, details: Partial<ChildDetails>): this {
    const current = this.currentDetails();
    return this.add({ type: 'ChildDetailsUpdated', data: { ...current, ...details, effectiveDate } });
  }

  startCare(
    date: LocalDate,
    placement: Placement,
    legalStatus: LegalStatus = 'C2',
    categoryOfNeed: CategoryOfNeed = 'N1',
  ): this {
    return this.add({
      type: 'CareStarted',
      data: { effectiveDate: date, legalStatus, categoryOfNeed, placement },
    });
  }

  move(
    date: LocalDate,
    placement: Placement,
    options: { carerChanged?: boolean; reason?: PlacementChangeReason | null } = {},
  ): this {
    const carerChanged = options.carerChanged ?? true;
    const reason =
      options.reason === null ? undefined : (options.reason ?? (carerChanged ? 'CARPL' : 'PLACE'));
    return this.add({
      type: 'PlacementMoved',
      data: { effectiveDate: date, placement, carerChanged, reason },
    });
  }

  legal(date: LocalDate, legalStatus: LegalStatus): this {
    return this.add({ type: 'LegalStatusChanged', data: { effectiveDate: date, legalStatus } });
  }

  temporary(date: LocalDate, placement: Placement = { type: 'T1' }): this {
    return this.add({ type: 'TemporaryPlacementStarted', data: { effectiveDate: date, placement } });
  }

  returnFromTemporary(date: LocalDate): this {
    return this.add({ type: 'TemporaryPlacementEnded', data: { effectiveDate: date } });
  }

  endCare(date: LocalDate, reason: CareEndReason): this {
    return this.add({ type: 'CareEnded', data: { effectiveDate: date, reason } });
  }

  stayingPut(date: LocalDate, carerId?: string): this {
    return this.add({ type: 'StayingPutStarted', data: { effectiveDate: date, carerId } });
  }

  endStayingPut(date: LocalDate): this {
    return this.add({ type: 'StayingPutEnded', data: { effectiveDate: date } });
  }

  contact(date: LocalDate, inTouch: InTouch, activity: Activity, accommodation: Accommodation): this {
    return this.add({
      type: 'CareLeaverContactRecorded',
      data: { effectiveDate: date, inTouch, activity, accommodation },
    });
  }

  decision(date: LocalDate): this {
    return this.add({ type: 'AdoptionDecisionMade', data: { effectiveDate: date } });
  }

  match(date: LocalDate, byFosterCarer = false): this {
    return this.add({ type: 'AdoptionMatched', data: { effectiveDate: date, byFosterCarer } });
  }

  reverse(date: LocalDate, reason: AdoptionReversalReason = 'RD4'): this {
    return this.add({ type: 'AdoptionDecisionReversed', data: { effectiveDate: date, reason } });
  }

  /** Voids an earlier entry of this child by id (the void's effective date is the entry's). */
  void(eventId: string, reason = 'recorded in error'): this {
    const target = this.ledger.records.find((record) => record.id === eventId);
    if (!target) throw new Error(`No entry ${eventId} to void`);
    return this.add({
      type: 'EntryVoided',
      data: { effectiveDate: target.event.data.effectiveDate, eventId, reason },
    });
  }

  records(): LedgerEventRecord[] {
    return this.ledger.recordsOf(this.childId);
  }

  private details(details: Partial<ChildDetails>): ChildDetails {
    return {
      childId: this.childId,
      dateOfBirth: '2015-06-15',
      sex: 'F',
      responsibleAuthority: HOME_AUTHORITY,
      homePostcode: 'DT1 1AA',
      uasc: false,
      ...details,
    };
  }

  private currentDetails(): ChildDetails {
    const own = this.records();
    for (let i = own.length - 1; i >= 0; i--) {
      const event = own[i].event;
      if (event.type === 'ChildRegistered' || event.type === 'ChildDetailsUpdated') {
        const { effectiveDate: _effectiveDate, ...details } = event.data;
        return details;
      }
    }
    return this.details({});
  }
}
