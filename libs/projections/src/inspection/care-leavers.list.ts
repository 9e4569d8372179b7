import type { LocalDate } from '@ledger/domain';
import { ageOnDay } from '../timeline/timeline.queries';
import type { CareLeaverContact, ChildTimeline } from '../timeline/timeline.types';
import { IDENTITY_COLUMNS, annexAListOf, identityOf, inspectionDate } from './annex-a.common';
import type { AnnexAList, AnnexAOptions, AnnexARow } from './annex-a.types';
import { isCareLeaverOn } from './care-leaver.cohort';

/**
 * List 9's columns. Not held by the ledger, so left out: disability, allocated team and worker,
 * eligibility category, personal adviser, latest pathway plan.
 */
export const LIST_9_COLUMNS = [
  ...IDENTITY_COLUMNS,
  'latestContactDate',
  'inTouch',
  'accommodation',
  'suitability',
  'activity',
] as const;

/**
 * Annex A List 9 (docs/ssda903.md §8), care leavers: the young people aged 17 to 21 on the inspection date D who are
 * care leavers on D ({@link isCareLeaverOn}), with what the latest care leaver contact on or
 * before D said. Without a contact, the contact columns are null. `accommodation` is the 903
 * ACCOM letter and `suitability` its digit (1 suitable, 2 unsuitable); `0` (not in touch, died,
 * returned home) gives neither. `inTouch` and `activity` are the 903 codes as recorded.
 */
export function annexAList9(timelines: Iterable<ChildTimeline>, options: AnnexAOptions): AnnexAList<9> {
  const date = inspectionDate(options);
  const rows: AnnexARow[] = [];
  for (const timeline of timelines) {
    if (timeline.onlyShortBreaks) continue;
    const dateOfBirth = timeline.details?.dateOfBirth;
    if (!dateOfBirth) continue;
    const age = ageOnDay(dateOfBirth, date);
    if (age < 17 || age > 21 || !isCareLeaverOn(timeline, dateOfBirth, date)) continue;
    rows.push({ ...identityOf(timeline, date), ...contactColumns(latestContact(timeline, date)) });
  }
  return annexAListOf(9, date, LIST_9_COLUMNS, rows);
}

function latestContact(timeline: ChildTimeline, date: LocalDate): CareLeaverContact | undefined {
  const contacts = timeline.careLeaverContacts;
  for (let i = contacts.length - 1; i >= 0; i--) {
    if (contacts[i].date <= date) return contacts[i];
  }
  return undefined;
}

const SUITABILITY: Readonly<Record<string, string>> = { '1': 'suitable', '2': 'unsuitable' };

function contactColumns(contact: CareLeaverContact | undefined): AnnexARow {
  if (!contact) return {};
  const known = contact.accommodation !== '0';
  return {
    latestContactDate: contact.date,
    inTouch: contact.inTouch,
    accommodation: known ? contact.accommodation.slice(0, 1) : null,
    suitability: known ? (SUITABILITY[contact.accommodation.slice(1)] ?? null) : null,
    activity: contact.activity,
  };
}
