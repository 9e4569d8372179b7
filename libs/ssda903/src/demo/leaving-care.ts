import {
  addDays,
  birthday,
  isCode,
  ACCOMMODATION_CODES,
  type Accommodation,
  type Activity,
  type InTouch,
  type LocalDate,
} from '@ledger/domain';
import { collectionYearContaining } from '../formats/collection-year';
import type { EpisodeRecord, Oc3Record } from '../records/records';
import { ACCOMMODATION_WEIGHTS, ACTIVITY_WEIGHTS, IN_TOUCH_WEIGHTS } from './demo-tables';
import type { Random } from './random';

/**
 * OC3 rows for a care leaver: a young person looked after for at least 13 weeks after the
 * 14th birthday whose care ended after the 16th (docs/ssda903.md §1), not adopted, gets a
 * contact on each 17th to 21st birthday after leaving. One who stayed put with the foster
 * carers (E17 from U1–U6) is with them (Z1) until the arrangement ends at 19, 20 or 21.
 */
export function careLeaverContacts(
  rng: Random,
  childId: string,
  dateOfBirth: LocalDate,
  episodes: readonly EpisodeRecord[],
  horizon: LocalDate,
): Oc3Record[] {
  const last = episodes[episodes.length - 1];
  if (!last?.dec || !last.rec || ['E11', 'E12', 'E2', 'E15', 'X1'].includes(last.rec)) return [];
  if (last.legalStatus === 'V3' || last.legalStatus === 'V4') return [];
  const periodStart = startOfPeriod(episodes);
  const fourteen = birthday(dateOfBirth, 14);
  const from = periodStart > fourteen ? periodStart : fourteen;
  if (last.dec <= birthday(dateOfBirth, 16) || addDays(from, 91) > last.dec) return [];
  const stayingPutUntil =
    last.rec === 'E17' && last.place.startsWith('U') ? rng.weighted({ 19: 50, 20: 30, 21: 20 }) : '0';
  const contacts: Oc3Record[] = [];
  for (let age = 17; age <= 21; age++) {
    const day = birthday(dateOfBirth, age);
    // No contact on the day care ended: the young person was looked after until that day.
    if (day <= last.dec || day > horizon) continue;
    const stayingPut = age >= 18 && age < Number(stayingPutUntil);
    const contact = stayingPut ? withCarers(rng) : contactAt(rng, age);
    contacts.push({ childId, year: collectionYearContaining(day), ...contact });
    if (contact.inTouch === 'DIED') break;
  }
  return contacts;
}

function startOfPeriod(episodes: readonly EpisodeRecord[]): LocalDate {
  let i = episodes.length - 1;
  while (i > 0 && episodes[i - 1].rec === 'X1' && episodes[i - 1].dec === episodes[i].decom) i--;
  return episodes[i].decom;
}

type Contact = { inTouch: InTouch; activity: Activity; accommodation: Accommodation };

const withCarers = (rng: Random): Contact => ({
  inTouch: 'YES',
  activity: rng.weighted(ACTIVITY_WEIGHTS),
  accommodation: rng.chance(0.95) ? 'Z1' : 'Z2',
});

function contactAt(rng: Random, age: number): Contact {
  const inTouch = rng.weighted(IN_TOUCH_WEIGHTS);
  if (inTouch !== 'YES') return { inTouch, activity: '0', accommodation: '0' };
  let letter: string = rng.weighted(ACCOMMODATION_WEIGHTS);
  if (letter === 'T' && age < 18) letter = 'D'; // foyers are not for under-18s (rule 347)
  const suitable = `${letter}${rng.chance(0.88) ? '1' : '2'}`;
  const accommodation = isCode(ACCOMMODATION_CODES, suitable) ? suitable : (`${letter}2` as Accommodation);
  return { inTouch, activity: rng.weighted(ACTIVITY_WEIGHTS), accommodation };
}
