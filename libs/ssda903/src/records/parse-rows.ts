import {
  ACCOMMODATION_CODES,
  ACTIVITY_CODES,
  ADOPTER_LEGAL_STATUSES,
  ADOPTER_SEXES,
  ADOPTION_REVERSAL_REASONS,
  ETHNICITIES,
  IN_TOUCH_CODES,
  type LocalDate,
  type Sex,
} from '@ledger/domain';
import type { CollectionYear } from '../formats/collection-year';
import { parseSex903 } from '../formats/sex-903';
import type { Row, RowError, SourceRef } from '../reading/return';
import type { Ad1Record, HeaderRecord, Oc3Record, PlacedAdoptionRecord, UascRecord } from './records';
import { RowReader } from './row-reader';

/** A row read into a record; the record is missing when any value was bad. */
export interface ParsedRow<R, K = undefined> {
  readonly source: SourceRef;
  readonly childId?: string;
  /** The values the row is keyed by, when they could be read even if others could not. */
  readonly key?: K;
  readonly record?: R;
  readonly errors: readonly RowError[];
}

function done<R, K>(reader: RowReader, build: () => R, key?: K): ParsedRow<R, K> {
  const errors = reader.errors;
  return {
    source: reader.source,
    childId: reader.childId,
    key,
    record: errors.length === 0 ? build() : undefined,
    errors,
  };
}

const MOTHER = { '0': 0, '1': 1 } as const;

export function parseHeaderRow(row: Row): ParsedRow<HeaderRecord> {
  const r = new RowReader(row);
  const sexText = r.required('SEX');
  const sex: Sex | undefined = sexText === undefined ? undefined : parseSex903(sexText);
  if (sexText !== undefined && sex === undefined)
    r.fail('SEX', `'${sexText}' is not 1, 2, M, F or U`, 'code');
  const dateOfBirth = r.date('DOB', true);
  const ethnicity = r.code('ETHNIC', ETHNICITIES);
  const upn = r.text('UPN');
  const mother = r.oneOf<0 | 1>('MOTHER', MOTHER);
  const firstChildDateOfBirth = r.date('MC_DOB');
  if (dateOfBirth && firstChildDateOfBirth && firstChildDateOfBirth <= dateOfBirth)
    r.fail('MC_DOB', "is not after DOB: the mother's first child is born after her");
  return done(r, () => ({
    source: row.source,
    childId: r.childId!,
    sex: sex!,
    dateOfBirth: dateOfBirth!,
    ethnicity,
    upn,
    mother,
    firstChildDateOfBirth,
  }));
}

export function parseUascRow(row: Row): ParsedRow<UascRecord> {
  const r = new RowReader(row);
  const ceasedOn = r.date('DUC');
  return done(r, () => ({ source: row.source, childId: r.childId!, ceasedOn }));
}

const FOSTER_CARE = { '0': false, '1': true } as const;
const NUMBER_OF_ADOPTERS = { '1': 1, '2': 2 } as const;

export function parseAd1Row(row: Row): ParsedRow<Ad1Record> {
  const r = new RowReader(row);
  const decisionDate = r.date('DATE_INT', true);
  const matchDate = r.date('DATE_MATCH');
  const byFosterCarer = r.oneOf<boolean>('FOSTER_CARE', FOSTER_CARE);
  const numberOfAdopters = r.oneOf<1 | 2>('NB_ADOPTR', NUMBER_OF_ADOPTERS);
  const adopterSex = r.code('SEX_ADOPTR', ADOPTER_SEXES);
  const adopterLegalStatus = r.code('LS_ADOPTR', ADOPTER_LEGAL_STATUSES);
  if (decisionDate && matchDate && matchDate < decisionDate)
    r.fail('DATE_MATCH', 'is before DATE_INT (rule 333: the decision comes before the match)');
  return done(r, () => ({
    source: row.source,
    childId: r.childId!,
    decisionDate: decisionDate!,
    matchDate,
    byFosterCarer,
    numberOfAdopters,
    adopterSex,
    adopterLegalStatus,
  }));
}

export interface PlacedAdoptionKey {
  readonly decisionDate: LocalDate;
  readonly ceasedOn?: LocalDate;
}

export function parsePlacedAdoptionRow(row: Row): ParsedRow<PlacedAdoptionRecord, PlacedAdoptionKey> {
  const r = new RowReader(row);
  const decisionDate = r.date('DATE_PLACED', true);
  const ceasedOn = r.date('DATE_PLACED_CEASED');
  const ceasedReason = r.code('REASON_PLACED_CEASED', ADOPTION_REVERSAL_REASONS);
  if (ceasedOn && !ceasedReason && !r.text('REASON_PLACED_CEASED'))
    r.fail('REASON_PLACED_CEASED', 'is blank but DATE_PLACED_CEASED is given');
  if (!ceasedOn && ceasedReason) r.fail('DATE_PLACED_CEASED', 'is blank but REASON_PLACED_CEASED is given');
  if (decisionDate && ceasedOn && ceasedOn < decisionDate)
    r.fail('DATE_PLACED_CEASED', 'is before DATE_PLACED (rule 522)');
  const key = decisionDate ? { decisionDate, ceasedOn } : undefined;
  return done(
    r,
    () => ({ source: row.source, childId: r.childId!, decisionDate: decisionDate!, ceasedOn, ceasedReason }),
    key,
  );
}

export function parseOc3Row(row: Row, year: CollectionYear): ParsedRow<Oc3Record> {
  const r = new RowReader(row);
  const inTouch = r.code('IN_TOUCH', IN_TOUCH_CODES, true);
  const activity = r.code('ACTIV', ACTIVITY_CODES, true);
  const accommodation = r.code('ACCOM', ACCOMMODATION_CODES, true);
  const codes = [activity, accommodation];
  if ((inTouch === 'DIED' || inTouch === 'RHOM') && codes.some((c) => c !== undefined && c !== '0'))
    r.fail('IN_TOUCH', `is ${inTouch} so ACTIV and ACCOM must be 0 (rule 344)`);
  if (inTouch === 'YES' && codes.some((c) => c === '0'))
    r.fail('IN_TOUCH', 'is YES so ACTIV and ACCOM must not be 0 (rule 345)');
  return done(r, () => ({
    source: row.source,
    childId: r.childId!,
    year,
    inTouch: inTouch!,
    activity: activity!,
    accommodation: accommodation!,
  }));
}
