import { addDays, ageOn, birthday, type LocalDate } from '@ledger/domain';
import {
  collectionYearContaining,
  collectionYearStart,
  nextCollectionYear,
} from '../formats/collection-year';
import type {
  ChildRecords,
  DatedHeader,
  HeaderRecord,
  PlacedAdoptionRecord,
  Ad1Record,
} from '../records/records';
import { adoptionPeriod } from './adoption-period';
import { carePeriod, type DemoChildContext } from './care-period';
import { ETHNICITY_WEIGHTS, UASC_ETHNICITY_WEIGHTS } from './demo-tables';
import { EpisodeBuilder } from './episode-builder';
import { careLeaverContacts } from './leaving-care';
import type { Places } from './places';
import type { Random } from './random';

export type JourneyKind = 'general' | 'adoption' | 'uasc' | 'respite';

/**
 * One child's life in the records, from entry to care up to the horizon (the last day of the
 * last return): periods of care (sometimes a second after a return home), adoption, leaving
 * care with OC3 contacts, or a series of short breaks.
 */
export function simulateJourney(
  rng: Random,
  places: Places,
  childId: string,
  entry: LocalDate,
  dateOfBirth: LocalDate,
  kind: JourneyKind,
  horizon: LocalDate,
): ChildRecords {
  const uasc = kind === 'uasc';
  const b = new EpisodeBuilder(childId, horizon, uasc ? undefined : places.homePostcode());
  const child: DemoChildContext = { rng, places, dateOfBirth, uasc };
  let placedAdoption: PlacedAdoptionRecord[] = [];
  let ad1: Ad1Record | undefined;
  if (kind === 'respite') shortBreaks(b, child, entry);
  else if (kind === 'adoption') {
    const outcome = adoptionPeriod(b, child, childId, entry, horizon);
    placedAdoption = outcome?.placedAdoption ?? [];
    ad1 = outcome?.ad1;
    const reversal = outcome?.reversed ? placedAdoption[0].ceasedOn : undefined;
    if (reversal && b.inCare) {
      const longTerm = places.placement('U4', b.homePostcode);
      b.change(addDays(reversal, rng.int(20, 120)), 'P', { placement: longTerm, reason: 'CARPL' });
      const leaves = addDays(reversal, rng.int(300, 900));
      const eighteen = birthday(dateOfBirth, 18);
      if (leaves < eighteen) b.end(leaves, rng.weighted({ E45: 40, E46: 30, E4A: 30 }));
      else b.end(eighteen, 'E17');
    }
  } else {
    let start: LocalDate | undefined = entry;
    for (let period = 0; start && period < 3; period++) {
      const ended = carePeriod(b, child, start);
      const last = b.episodes[b.episodes.length - 1];
      const home = last?.rec === 'E4A' || last?.rec === 'E4B' || last?.rec === 'E13';
      start = ended && home && rng.chance(0.12) ? addDays(ended, rng.int(60, 700)) : undefined;
      if (start && ageOn(dateOfBirth, start) >= 17) start = undefined;
    }
  }
  const headers = headersOf(header(rng, childId, dateOfBirth, entry, uasc, kind === 'respite'), rng);
  return {
    childId,
    header: headers[headers.length - 1].header,
    ...(headers.length > 1 ? { headers } : {}),
    uasc: uasc ? { childId, ceasedOn: birthday(dateOfBirth, 18) } : undefined,
    ad1,
    episodes: b.episodes,
    placedAdoption,
    oc3: careLeaverContacts(rng, childId, dateOfBirth, b.episodes, horizon),
  };
}

/** A disabled child's agreed short breaks (V3): one episode per break, at most 75 days a year. */
function shortBreaks(b: EpisodeBuilder, child: DemoChildContext, entry: LocalDate): void {
  const { rng, places } = child;
  const setting = places.shortBreak(rng.chance(0.6) ? 'U6' : 'K2');
  const until = addDays(entry, rng.int(365, 1500));
  const last = addDays(birthday(child.dateOfBirth, 18), -30);
  for (let day = entry; day < until && day < last && !b.stopped; day = addDays(day, rng.int(40, 80))) {
    if (b.start(day, 'V3', 'N2', setting)) b.end(addDays(day, rng.int(2, 7)), 'E4A');
  }
}

/**
 * The header's versions: a child under school age has UPN UN1 until the collection year that
 * starts after the 4th birthday, and a UPN from then (DfE rule 209: no UN1 at school age).
 */
function headersOf(first: HeaderRecord, rng: Random): DatedHeader[] {
  const initial = { effectiveDate: first.dateOfBirth, header: first };
  if (first.upn !== 'UN1') return [initial];
  const fourth = birthday(first.dateOfBirth, 4);
  const from = collectionYearStart(nextCollectionYear(collectionYearContaining(fourth)));
  return [initial, { effectiveDate: from, header: { ...first, upn: upnOf(rng) } }];
}

const upnOf = (rng: Random): string =>
  `A${String(rng.int(0, 999999)).padStart(6, '0')}${String(rng.int(0, 999999)).padStart(6, '0')}`;

function header(
  rng: Random,
  childId: string,
  dateOfBirth: LocalDate,
  entry: LocalDate,
  uasc: boolean,
  shortBreaksOnly: boolean,
): HeaderRecord {
  const age = ageOn(dateOfBirth, entry);
  const upn = uasc ? 'UN2' : age < 5 ? 'UN1' : upnOf(rng);
  const sex = rng.chance(uasc ? 0.92 : 0.56) ? 'M' : 'F';
  return {
    childId,
    sex,
    dateOfBirth,
    ethnicity: uasc ? rng.weighted(UASC_ETHNICITY_WEIGHTS) : rng.weighted(ETHNICITY_WEIGHTS),
    upn,
    // MOTHER is asked of girls looked after, not of short breaks (DfE rules 393, 399).
    ...(sex === 'F' && !shortBreaksOnly ? { mother: 0 as const } : {}),
  };
}
