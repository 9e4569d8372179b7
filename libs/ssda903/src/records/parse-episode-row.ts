import {
  CARE_END_REASONS,
  CATEGORIES_OF_NEED,
  LEGAL_STATUSES,
  PLACEMENT_CHANGE_REASONS,
  PLACEMENT_PROVIDERS,
  PLACEMENT_TYPES,
  type CodeList,
  type LocalDate,
} from '@ledger/domain';
import type { CollectionYear } from '../formats/collection-year';
import { EPISODE_DERIVED_COLUMNS } from '../formats/table-columns';
import type { Row } from '../reading/return';
import { PLACEMENT_LOCATIONS, REASONS_NEW_EPISODE } from './codes-903';
import type { ParsedRow } from './parse-rows';
import type { DerivedLocation, EpisodeRecord, ReasonEpisodeCeased } from './records';
import { RowReader } from './row-reader';

/**
 * The code lists an episode is read against, taken once: each use of another library's export
 * goes through its re-export getters, and this runs for every row of every episodes file.
 */
const LISTS = {
  legalStatus: LEGAL_STATUSES,
  categoryOfNeed: CATEGORIES_OF_NEED,
  place: PLACEMENT_TYPES,
  provider: PLACEMENT_PROVIDERS,
  reasonPlaceChange: PLACEMENT_CHANGE_REASONS,
} as const;

const REC_CODES: CodeList<ReasonEpisodeCeased> = {
  X1: { meaning: 'Episode ceases and a new episode begins on the same day' },
  ...CARE_END_REASONS,
};

export interface EpisodeKey {
  readonly decom: LocalDate;
  /** Blank, or unreadable: either way the episode is taken as open for stitching. */
  readonly dec?: LocalDate;
}

/**
 * Reads an episodes row. Checks what one row can say by itself: valid codes and dates, DEC
 * and REC both given or both blank (rule 148), DEC after DECOM (rules 355, 356). Rules across
 * episodes are checked once the child's episodes are stitched.
 */
export function parseEpisodeRow(row: Row, year?: CollectionYear): ParsedRow<EpisodeRecord, EpisodeKey> {
  const r = new RowReader(row);
  const decom = r.date('DECOM', true);
  const rne = r.code('RNE', REASONS_NEW_EPISODE);
  const legalStatus = r.code('LS', LISTS.legalStatus, true);
  const categoryOfNeed = r.code('CIN', LISTS.categoryOfNeed, true);
  const place = r.code('PLACE', LISTS.place, true);
  const provider = r.code('PLACE_PROVIDER', LISTS.provider);
  const dec = r.date('DEC');
  const rec = r.code('REC', REC_CODES);
  const reasonPlaceChange = r.code('REASON_PLACE_CHANGE', LISTS.reasonPlaceChange);
  if (r.text('DEC') && !r.text('REC')) r.fail('REC', 'is blank but DEC is given (rule 148)');
  if (!r.text('DEC') && r.text('REC')) r.fail('DEC', 'is blank but REC is given (rule 148)');
  if (decom && dec && dec <= decom)
    r.fail('DEC', 'is not after DECOM: an episode lasts at least one day (rules 355, 356)');
  const derived = readDerived(r);
  const key = decom ? { decom, dec } : undefined;
  return {
    source: row.source,
    childId: r.childId,
    key,
    errors: r.errors,
    record:
      r.errors.length > 0
        ? undefined
        : {
            source: row.source,
            year,
            childId: r.childId!,
            decom: decom!,
            rne,
            legalStatus: legalStatus!,
            categoryOfNeed: categoryOfNeed!,
            place: place!,
            provider,
            dec,
            rec,
            reasonPlaceChange,
            homePostcode: r.text('HOME_POST'),
            placementPostcode: r.text('PL_POST'),
            urn: r.text('URN'),
            derived,
          },
  };
}

function readDerived(r: RowReader): DerivedLocation | undefined {
  if (!EPISODE_DERIVED_COLUMNS.every((c) => r.has(c))) return undefined;
  const authority = r.text('PL_LA')?.toUpperCase();
  const location = r.oneOf('PL_LOCATION', PLACEMENT_LOCATIONS);
  const distanceText = r.text('PL_DISTANCE');
  let distanceMiles: number | undefined;
  if (distanceText !== undefined) {
    distanceMiles = Number(distanceText);
    if (!/^\d+(\.\d+)?$/.test(distanceText) || !Number.isFinite(distanceMiles)) {
      r.fail('PL_DISTANCE', `'${distanceText}' is not a distance in miles`, 'value');
      distanceMiles = undefined;
    }
  }
  return { authority, location, distanceMiles };
}
