import type { ChildDetails, ChildEvent, IdentifiedEvent } from '@ledger/domain';
import { buildTimeline, visibleEvents, type LedgerEventRecord } from '@ledger/projections';
import { collectionYearContaining } from '../formats/collection-year';
import type {
  Ad1Record,
  ChildRecords,
  EpisodeRecord,
  HeaderRecord,
  Oc3Record,
  PlacedAdoptionRecord,
} from '../records/records';

/**
 * What the 903 rows of a child would say, rebuilt from the ledger's events (whatever recorded
 * them): the inverse of the import. Episodes come from the projections' timeline; adoption and
 * care leaver rows from the standing facts. Returns undefined for a child never registered.
 */
export function childRecordsOfLedger(records: readonly LedgerEventRecord[]): ChildRecords | undefined {
  const timeline = buildTimeline(records);
  const details = timeline.details;
  if (!details) return undefined;
  const childId = details.childId;
  const facts = visibleEvents(records);
  // visibleEvents gives the stored event objects: their ids link each row to what to correct.
  const idOf = new Map<ChildEvent, string>(records.map((r) => [r.event, r.id]));
  const detailsEvents = facts.filter((f) => f.type === 'ChildRegistered' || f.type === 'ChildDetailsUpdated');
  const episodeEventAt = (day: string): string | undefined => {
    let id: string | undefined;
    for (const f of facts)
      if (f.data.effectiveDate === day && EPISODE_EVENTS.has(f.type)) id = idOf.get(f) ?? id;
    return id;
  };
  const endEventAt = (day: string | undefined): string | undefined => {
    const end =
      day === undefined
        ? undefined
        : facts.find((f) => f.type === 'CareEnded' && f.data.effectiveDate === day);
    return end && idOf.get(end);
  };
  const lastDetailsId = idOf.get(detailsEvents[detailsEvents.length - 1]);
  return {
    childId,
    header: headerOf(details, lastDetailsId),
    headers: timeline.detailsHistory.map((v, i) => ({
      effectiveDate: v.effectiveDate,
      header: headerOf(v.details, idOf.get(detailsEvents[i])),
    })),
    uasc: details.uasc
      ? {
          childId,
          eventId: lastDetailsId,
          ...(details.uascCeasedOn ? { ceasedOn: details.uascCeasedOn } : {}),
        }
      : undefined,
    ad1: ad1Of(childId, facts, idOf),
    episodes: timeline.episodes.map((e): EpisodeRecord => ({
      childId,
      eventId: episodeEventAt(e.decom),
      endEventId: endEventAt(e.dec),
      decom: e.decom,
      rne: e.rne,
      legalStatus: e.legalStatus,
      categoryOfNeed: e.categoryOfNeed,
      place: e.placement.type,
      provider: e.placement.provider,
      dec: e.dec,
      rec: e.rec,
      reasonPlaceChange: e.reasonPlaceChange,
      homePostcode: e.homePostcode,
      placementPostcode: e.placement.postcode,
      urn: e.placement.urn,
      derived:
        e.placement.authority !== undefined ||
        e.placement.location !== undefined ||
        e.placement.distanceMiles !== undefined
          ? {
              authority: e.placement.authority,
              location: e.placement.location,
              distanceMiles: e.placement.distanceMiles,
            }
          : undefined,
    })),
    placedAdoption: placedAdoptionOf(childId, facts, idOf),
    oc3: facts.flatMap((f): Oc3Record[] =>
      f.type === 'CareLeaverContactRecorded'
        ? [
            {
              childId,
              eventId: idOf.get(f),
              year: collectionYearContaining(f.data.effectiveDate),
              inTouch: f.data.inTouch,
              activity: f.data.activity,
              accommodation: f.data.accommodation,
            },
          ]
        : [],
    ),
  };
}

/** The facts that start an episode. */
const EPISODE_EVENTS = new Set<string>([
  'CareStarted',
  'PlacementMoved',
  'LegalStatusChanged',
  'TemporaryPlacementStarted',
  'TemporaryPlacementEnded',
]);

function headerOf(details: ChildDetails, eventId: string | undefined): HeaderRecord {
  return {
    ...(eventId ? { eventId } : {}),
    childId: details.childId,
    sex: details.sex,
    dateOfBirth: details.dateOfBirth,
    ...(details.ethnicity ? { ethnicity: details.ethnicity } : {}),
    ...(details.upn ? { upn: details.upn } : {}),
    ...(details.mother !== undefined ? { mother: details.mother } : {}),
    ...(details.firstChildDateOfBirth ? { firstChildDateOfBirth: details.firstChildDateOfBirth } : {}),
  };
}

/** The same, from a stream's events as stored (in stream order, voids included). */
export function childRecordsOfEvents(
  events: readonly IdentifiedEvent[],
  streamName = '',
): ChildRecords | undefined {
  return childRecordsOfLedger(
    events.map((event, i) => ({
      id: event.id,
      position: BigInt(i),
      revision: BigInt(i),
      streamName,
      event: stripId(event),
      metadata: { recordedAt: '' },
    })),
  );
}

function stripId(event: IdentifiedEvent): ChildEvent {
  return { type: event.type, data: event.data } as ChildEvent;
}

/** Each decision to place, with its reversal (the first after it, before the next decision). */
function placedAdoptionOf(
  childId: string,
  facts: readonly ChildEvent[],
  idOf: ReadonlyMap<ChildEvent, string>,
): PlacedAdoptionRecord[] {
  const rows: PlacedAdoptionRecord[] = [];
  for (const f of facts) {
    if (f.type === 'AdoptionDecisionMade')
      rows.push({ childId, eventId: idOf.get(f), decisionDate: f.data.effectiveDate });
    else if (f.type === 'AdoptionDecisionReversed' && rows.length > 0) {
      const last = rows[rows.length - 1];
      if (last.ceasedOn === undefined)
        rows[rows.length - 1] = { ...last, ceasedOn: f.data.effectiveDate, ceasedReason: f.data.reason };
    }
  }
  return rows;
}

/** AD1: the latest match, with the decision it followed (rule 333: decision before match). */
function ad1Of(
  childId: string,
  facts: readonly ChildEvent[],
  idOf: ReadonlyMap<ChildEvent, string>,
): Ad1Record | undefined {
  const decisions = facts.filter((f) => f.type === 'AdoptionDecisionMade').map((f) => f.data.effectiveDate);
  const matches = facts.filter((f) => f.type === 'AdoptionMatched');
  const match = matches[matches.length - 1];
  const adopted = facts.some(
    (f) => f.type === 'CareEnded' && (f.data.reason === 'E11' || f.data.reason === 'E12'),
  );
  if (!match && !adopted) return undefined;
  const before = match ? decisions.filter((d) => d <= match.data.effectiveDate) : decisions;
  const decisionDate = before[before.length - 1] ?? decisions[decisions.length - 1];
  if (decisionDate === undefined) return undefined;
  if (!match) return { childId, decisionDate };
  const eventId = idOf.get(match);
  const { effectiveDate, byFosterCarer, numberOfAdopters, adopterSex, adopterLegalStatus } = match.data;
  return {
    childId,
    ...(eventId ? { eventId } : {}),
    decisionDate,
    matchDate: effectiveDate,
    byFosterCarer,
    ...(numberOfAdopters ? { numberOfAdopters } : {}),
    ...(adopterSex ? { adopterSex } : {}),
    ...(adopterLegalStatus ? { adopterLegalStatus } : {}),
  };
}
