import { type ChildHistory, type HistoryEntry } from '@ledger/core';
import {
  type ChildEvent,
  ACCOMMODATION_CODES,
  ACTIVITY_CODES,
  ADOPTION_REVERSAL_REASONS,
  CARE_END_REASONS,
  CATEGORIES_OF_NEED,
  type CodeList,
  ETHNICITIES,
  IN_TOUCH_CODES,
  LEGAL_STATUSES,
  type Placement,
  PLACEMENT_CHANGE_REASONS,
  PLACEMENT_PROVIDERS,
  PLACEMENT_TYPES,
  SEXES,
} from '@ledger/domain';
import { type ChildTimeline } from '@ledger/projections';

/** A code with its meaning in words: "U6 (Foster placement with other foster carer ...)". */
export function coded<C extends string>(list: CodeList<C>, code: C | undefined): string {
  if (code === undefined) return '';
  const meaning = (list as Record<string, { meaning: string } | undefined>)[code]?.meaning;
  return meaning ? `${meaning} (${code})` : code;
}

export interface PlacementWords {
  readonly type: string;
  readonly provider: string;
  readonly carer: string;
  readonly where: string;
  readonly distance: string;
}

export function placementWords(p: Placement): PlacementWords {
  const where = [
    p.postcode,
    p.authority,
    p.location === 'IN' ? 'inside the area' : p.location === 'OUT' ? 'outside the area' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    type: coded(PLACEMENT_TYPES, p.type),
    provider: coded(PLACEMENT_PROVIDERS, p.provider),
    carer: p.carerId ?? '',
    where,
    distance:
      p.distanceMiles === undefined || p.distanceMiles === 999.9 ? 'not known' : `${p.distanceMiles} miles`,
  };
}

const carerOf = (p: Placement): string => (p.carerId ? ` with carer ${p.carerId}` : '');

/** One entry of the record told in words, with its code meanings. */
export function sentenceOf(entry: HistoryEntry): string {
  const event = { type: entry.type, data: entry.data } as ChildEvent;
  switch (event.type) {
    case 'ChildRegistered':
      return `Registered: born ${event.data.dateOfBirth}, ${coded(SEXES, event.data.sex)}, responsible authority ${event.data.responsibleAuthority}`;
    case 'ChildDetailsUpdated':
      return `Details changed: responsible authority ${event.data.responsibleAuthority}${event.data.homePostcode ? `, home postcode ${event.data.homePostcode}` : ''}${event.data.uasc ? ', unaccompanied asylum seeker' : ''}`;
    case 'CareStarted':
      return `Started to be looked after: ${coded(LEGAL_STATUSES, event.data.legalStatus)}; need ${coded(CATEGORIES_OF_NEED, event.data.categoryOfNeed)}; placed in ${coded(PLACEMENT_TYPES, event.data.placement.type)}${carerOf(event.data.placement)}`;
    case 'PlacementMoved':
      return `${event.data.carerChanged ? 'Moved to a new placement' : 'Placement changed, same carer'}: ${coded(PLACEMENT_TYPES, event.data.placement.type)}${carerOf(event.data.placement)}${event.data.reason ? `; the previous placement ended because: ${coded(PLACEMENT_CHANGE_REASONS, event.data.reason)}` : ''}`;
    case 'LegalStatusChanged':
      return `Legal status changed to ${coded(LEGAL_STATUSES, event.data.legalStatus)}`;
    case 'TemporaryPlacementStarted':
      return `Temporary placement began: ${coded(PLACEMENT_TYPES, event.data.placement.type)}`;
    case 'TemporaryPlacementEnded':
      return 'Returned from the temporary placement to the usual placement';
    case 'CareEnded':
      return `Stopped being looked after: ${coded(CARE_END_REASONS, event.data.reason)}`;
    case 'StayingPutStarted':
      return `Staying Put began${event.data.carerId ? ` with former foster carer ${event.data.carerId}` : ''}`;
    case 'StayingPutEnded':
      return 'Staying Put ended';
    case 'CareLeaverContactRecorded':
      return `Care leaver contact: ${coded(IN_TOUCH_CODES, event.data.inTouch)}; ${coded(ACTIVITY_CODES, event.data.activity)}; ${coded(ACCOMMODATION_CODES, event.data.accommodation)}`;
    case 'AdoptionDecisionMade':
      return 'Decision that the child should be placed for adoption';
    case 'AdoptionMatched':
      return `Matched with adopters${event.data.byFosterCarer ? ' (the foster carers)' : ''}`;
    case 'AdoptionDecisionReversed':
      return `Adoption decision reversed: ${coded(ADOPTION_REVERSAL_REASONS, event.data.reason)}`;
    case 'EntryVoided':
      return `Correction: an entry was voided because “${event.data.reason}”`;
    default:
      return entry.type;
  }
}

/** The chronology page's view of one child: the timeline's tables and the record entry by entry. */
export function chronologyOf(timeline: ChildTimeline, history: ChildHistory) {
  const details = timeline.details;
  return {
    childId: timeline.childId,
    asKnownAt: history.asKnownAt,
    details: details && {
      dateOfBirth: details.dateOfBirth,
      sex: coded(SEXES, details.sex),
      ethnicity: coded(ETHNICITIES, details.ethnicity),
      responsibleAuthority: details.responsibleAuthority,
      homePostcode: details.homePostcode ?? '',
      uasc: details.uasc ? 'Yes' : 'No',
    },
    periods: timeline.periods.map((p) => ({
      start: p.start,
      end: p.end ?? '',
      endReason: coded(CARE_END_REASONS, p.endReason),
      need: coded(CATEGORIES_OF_NEED, p.categoryOfNeed),
    })),
    placements: timeline.usualPlacements.map((s) => ({
      start: s.start,
      end: s.end ?? '',
      ...placementWords(s.placement),
    })),
    temporary: timeline.temporaryPlacements.map((s) => ({
      start: s.start,
      end: s.end ?? '',
      ...placementWords(s.placement),
    })),
    moves: timeline.moves.map((m) => ({
      date: m.date,
      from: m.from.carerId ?? coded(PLACEMENT_TYPES, m.from.type),
      to: m.to.carerId ?? coded(PLACEMENT_TYPES, m.to.type),
      carerChanged: m.carerChanged ? 'Yes' : 'No',
      reason: m.reason ? coded(PLACEMENT_CHANGE_REASONS, m.reason) : 'Not recorded',
    })),
    legalStatuses: timeline.legalStatuses.map((l) => ({
      start: l.start,
      end: l.end ?? '',
      status: coded(LEGAL_STATUSES, l.legalStatus),
    })),
    adoption: [
      ...timeline.adoption.decisions.map((date) => ({ date, what: 'Decision to place for adoption' })),
      ...timeline.adoption.matches.map((m) => ({
        date: m.date,
        what: m.byFosterCarer ? 'Matched with the foster carers as adopters' : 'Matched with adopters',
      })),
      ...timeline.adoption.reversals.map((r) => ({
        date: r.date,
        what: `Decision reversed: ${coded(ADOPTION_REVERSAL_REASONS, r.reason)}`,
      })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    stayingPut: timeline.stayingPut.map((s) => ({
      start: s.start,
      end: s.end ?? '',
      carer: s.carerId ?? '',
    })),
    contacts: timeline.careLeaverContacts.map((c) => ({
      date: c.date,
      inTouch: coded(IN_TOUCH_CODES, c.inTouch),
      activity: coded(ACTIVITY_CODES, c.activity),
      accommodation: coded(ACCOMMODATION_CODES, c.accommodation),
    })),
    entries: history.entries.map((e) => ({
      eventId: e.eventId,
      effectiveDate: e.effectiveDate,
      sentence: sentenceOf(e),
      isCorrection: e.type === 'EntryVoided',
      recordedAt: e.recordedAt,
      recordedBy: e.recordedBy,
      source: e.source,
      voided: e.voided,
    })),
    corrections: history.entries
      .filter((e) => e.voided !== null)
      .map((e) => ({
        effectiveDate: e.effectiveDate,
        sentence: sentenceOf(e),
        recordedAt: e.recordedAt,
        recordedBy: e.recordedBy,
        voided: e.voided!,
      })),
  };
}
