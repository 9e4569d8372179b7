import {
  ADOPTION_PLACEMENT_TYPES,
  CARE_END_REASONS,
  CATEGORIES_OF_NEED,
  LEGAL_STATUSES,
  PLACEMENT_CHANGE_REASONS,
  PLACEMENT_PROVIDERS,
  PLACEMENT_TYPES,
  TEMPORARY_PLACEMENT_TYPES,
  addYears,
  ageOn,
  isCode,
  type LocalDate,
} from '@ledger/domain';
import { normalisePostcode } from '../gazetteer/postcode';
import type { CheckedReturn, CheckedRow, DfeRule, RuleHit } from './dfe-rule';
import { badCode, badDate, byChild, cell, dateOf, episodesInOrder, yearEnd, yearStart } from './values';

const RNE_CODES = ['S', 'L', 'P', 'T', 'B', 'U'];
const CONTINUING = ['L', 'P', 'T', 'B', 'U'];
const PLACEMENT_FIELDS = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'];
const isTemporary = (row: CheckedRow) =>
  (TEMPORARY_PLACEMENT_TYPES as readonly string[]).includes(cell(row, 'PLACE'));
const samePlacement = (a: CheckedRow, b: CheckedRow) =>
  PLACEMENT_FIELDS.every(
    (f) => cell(a, f).replace(/\s+/g, '').toUpperCase() === cell(b, f).replace(/\s+/g, '').toUpperCase(),
  );

/** What an episode rule sees: the episode, the one before it for the child, the child's DOB. */
interface EpisodeView {
  readonly row: CheckedRow;
  readonly prev?: CheckedRow;
  readonly next?: CheckedRow;
  /** The first episode of the period of care the episode belongs to (as the table shows it). */
  readonly periodStart: CheckedRow;
  readonly first: boolean;
  readonly dob?: LocalDate;
}

function* episodeViews(ret: CheckedReturn): Generator<EpisodeView> {
  const dobs = new Map(ret.tables.header.map((h) => [cell(h, 'CHILD'), dateOf(h, 'DOB')]));
  for (const [child, rows] of byChild(ret.tables.episodes)) {
    const ordered = episodesInOrder(rows);
    let periodStart = ordered[0];
    for (let i = 0; i < ordered.length; i += 1) {
      const [row, prev] = [ordered[i], ordered[i - 1]];
      const continues = prev && cell(prev, 'REC') === 'X1' && cell(prev, 'DEC') === cell(row, 'DECOM');
      if (!continues) periodStart = row;
      yield { row, prev, next: ordered[i + 1], periodStart, first: i === 0, dob: dobs.get(child) };
    }
  }
}

/** A rule on each episode: `test` says which field fails, or nothing. */
const episodeRule =
  (field: string, test: (view: EpisodeView, ret: CheckedReturn) => boolean) =>
  (ret: CheckedReturn): RuleHit[] => {
    const hits: RuleHit[] = [];
    for (const view of episodeViews(ret))
      if (test(view, ret)) hits.push({ table: 'episodes', row: view.row, field });
    return hits;
  };

/** The previous episode's field fails (rules about the episode before). */
const previousRule =
  (field: string, test: (view: EpisodeView) => boolean) =>
  (ret: CheckedReturn): RuleHit[] => {
    const hits: RuleHit[] = [];
    for (const view of episodeViews(ret))
      if (view.prev && test(view)) hits.push({ table: 'episodes', row: view.prev, field });
    return hits;
  };

const code = (row: CheckedRow, field: string) => cell(row, field);
const decom = (row: CheckedRow) => dateOf(row, 'DECOM');
const dec = (row: CheckedRow) => dateOf(row, 'DEC');
const ageAt = (dob: LocalDate | undefined, day: LocalDate | undefined) =>
  dob && day ? ageOn(dob, day) : undefined;

export const EPISODE_RULES: readonly DfeRule[] = [
  {
    code: '141',
    message: 'Date episode began is not a valid date.',
    check: episodeRule('DECOM', ({ row }) => decom(row) === undefined),
  },
  {
    code: '147',
    message: 'Date episode ceased is not a valid date.',
    check: episodeRule('DEC', ({ row }) => badDate(row, 'DEC')),
  },
  {
    code: '143',
    message: 'The reason for new episode code is not a valid code.',
    check: episodeRule('RNE', ({ row }) => !RNE_CODES.includes(code(row, 'RNE'))),
  },
  {
    code: '144',
    message: 'The legal status code is not a valid code.',
    check: episodeRule('LS', ({ row }) => !isCode(LEGAL_STATUSES, code(row, 'LS'))),
  },
  {
    code: '145',
    message: 'Category of need code is not a valid code.',
    check: episodeRule('CIN', ({ row }) => !isCode(CATEGORIES_OF_NEED, code(row, 'CIN'))),
  },
  {
    code: '146',
    message: 'Placement type code is not a valid code.',
    check: episodeRule('PLACE', ({ row }) => !isCode(PLACEMENT_TYPES, code(row, 'PLACE'))),
  },
  {
    code: '149',
    message: 'Reason episode ceased code is not valid.',
    check: episodeRule(
      'REC',
      ({ row }) =>
        code(row, 'REC') !== '' && code(row, 'REC') !== 'X1' && !isCode(CARE_END_REASONS, code(row, 'REC')),
    ),
  },
  {
    code: '178',
    message: 'Placement provider code is not a valid code.',
    check: episodeRule('PLACE_PROVIDER', ({ row }) => badCode(PLACEMENT_PROVIDERS, row, 'PLACE_PROVIDER')),
  },
  {
    code: '1009',
    message: 'Reason for placement change is not a valid code.',
    check: episodeRule('REASON_PLACE_CHANGE', ({ row }) =>
      badCode(PLACEMENT_CHANGE_REASONS, row, 'REASON_PLACE_CHANGE'),
    ),
  },
  {
    code: '148',
    message: 'Date episode ceased and reason episode ceased must both be coded, or both left blank.',
    check: episodeRule('DEC', ({ row }) => (code(row, 'DEC') === '') !== (code(row, 'REC') === '')),
  },
  {
    code: '142',
    message: 'A new episode has started, but the previous episode has not ended.',
    check: previousRule('DEC', ({ prev }) => code(prev!, 'DEC') === ''),
  },
  {
    code: '302',
    message: 'First episode starts before child was born.',
    check: episodeRule('DECOM', ({ row, first, dob }) => first && !!dob && (decom(row) ?? '9999') < dob),
  },
  {
    code: '353',
    message: 'No episode submitted can start before 14 October 1991.',
    check: episodeRule('DECOM', ({ row }) => (decom(row) ?? '9999') < '1991-10-14'),
  },
  {
    code: '385',
    message: 'Date episode ceased must be on or before the end of the current collection year.',
    check: episodeRule('DEC', ({ row }, ret) => (dec(row) ?? '') > yearEnd(ret.year)),
  },
  {
    code: '355',
    message: 'Episode appears to have lasted for less than 24 hours',
    check: episodeRule('DEC', ({ row }) => dec(row) !== undefined && dec(row) === decom(row)),
  },
  {
    code: '356',
    message: 'The date the episode ceased is before the date the same episode started.',
    check: episodeRule(
      'DEC',
      ({ row }) => dec(row) !== undefined && decom(row) !== undefined && dec(row)! < decom(row)!,
    ),
  },
  {
    code: '357',
    message:
      'If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.',
    // Reading: an episode begun before the year may continue care the return does not show.
    check: episodeRule(
      'RNE',
      ({ row, first }, ret) => first && (decom(row) ?? '') >= yearStart(ret.year) && code(row, 'RNE') !== 'S',
    ),
  },
  {
    code: '388',
    message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
    check: episodeRule(
      'REC',
      ({ row, next }) => code(row, 'REC') === 'X1' && (!next || code(next, 'DECOM') !== code(row, 'DEC')),
    ),
  },
  {
    code: '431',
    message:
      'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
    check: episodeRule(
      'RNE',
      ({ row, prev }) =>
        !!prev &&
        code(row, 'RNE') === 'S' &&
        code(prev, 'DEC') !== '' &&
        code(prev, 'DEC') === code(row, 'DECOM'),
    ),
  },
  {
    code: '432',
    message:
      'The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.',
    check: episodeRule(
      'RNE',
      ({ row, prev }) => !!prev && !['', 'X1'].includes(code(prev, 'REC')) && code(row, 'RNE') !== 'S',
    ),
  },
  {
    code: '433',
    message:
      'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.',
    check: episodeRule(
      'RNE',
      ({ row, prev }) =>
        !!prev && CONTINUING.includes(code(row, 'RNE')) && code(prev, 'DEC') !== code(row, 'DECOM'),
    ),
  },
  {
    code: '434',
    message:
      "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
    check: episodeRule(
      'RNE',
      ({ row, prev }) =>
        !!prev &&
        code(row, 'RNE') === 'L' &&
        (code(row, 'LS') === code(prev, 'LS') || !samePlacement(row, prev)),
    ),
  },
  {
    code: '435',
    message:
      'Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.',
    check: episodeRule(
      'RNE',
      ({ row, prev }) =>
        !!prev &&
        ['P', 'T'].includes(code(row, 'RNE')) &&
        (code(row, 'LS') !== code(prev, 'LS') || samePlacement(row, prev)),
    ),
  },
  {
    code: '436',
    message:
      'Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.',
    check: episodeRule(
      'RNE',
      ({ row, prev }) =>
        !!prev &&
        ['B', 'U'].includes(code(row, 'RNE')) &&
        (code(row, 'LS') === code(prev, 'LS') || samePlacement(row, prev)),
    ),
  },
  {
    code: '437',
    message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
    check: previousRule('REC', ({ prev }) => ['E2', 'E15'].includes(code(prev!, 'REC'))),
  },
  {
    code: '501',
    message: 'A new episode has started before the end date of the previous episode.',
    check: episodeRule(
      'DECOM',
      ({ row, prev }) => !!prev && dec(prev) !== undefined && (decom(row) ?? '9999') < dec(prev)!,
    ),
  },
  {
    code: '504',
    message:
      'The category of need code differs from that reported at start of current period of being looked after',
    check: episodeRule('CIN', ({ row, periodStart }) => code(row, 'CIN') !== code(periodStart, 'CIN')),
  },
  {
    code: '352',
    message: 'Child who started to be looked after was aged 18 or over.',
    check: episodeRule(
      'DECOM',
      ({ row, dob }) => code(row, 'RNE') === 'S' && (ageAt(dob, decom(row)) ?? 0) >= 18,
    ),
  },
  {
    code: '359',
    message:
      'Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.',
    // Care open past the 18th birthday is flagged here (the 903 requires care to end by then).
    check: episodeRule('LS', ({ row, dob }, ret) => {
      if (!dob) return false;
      const lastDay = dec(row) ?? yearEnd(ret.year);
      return lastDay > addYears(dob, 18) && !(code(row, 'LS') === 'V2' && code(row, 'PLACE') === 'K2');
    }),
  },
  {
    code: '386',
    message: 'Reason episode ceased is adopted but child has reached age 18.',
    check: episodeRule(
      'REC',
      ({ row, dob }) => ['E11', 'E12'].includes(code(row, 'REC')) && (ageAt(dob, dec(row)) ?? 0) >= 18,
    ),
  },
  {
    code: '390',
    message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
    check: episodeRule(
      'REC',
      ({ row }) =>
        ['E11', 'E12'].includes(code(row, 'REC')) &&
        !(ADOPTION_PLACEMENT_TYPES as readonly string[]).includes(code(row, 'PLACE')),
    ),
  },
  {
    code: '460',
    message:
      'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.',
    check: episodeRule(
      'REC',
      ({ row, dob }) => code(row, 'REC') === 'E17' && (ageAt(dob, dec(row)) ?? 18) < 18,
    ),
  },
  {
    code: '408',
    message: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
    check: episodeRule(
      'LS',
      ({ row }) => ['A5', 'A6'].includes(code(row, 'PLACE')) && !['E1', 'D1'].includes(code(row, 'LS')),
    ),
  },
  {
    code: '380',
    message: 'A period of care cannot start with a temporary placement.',
    check: episodeRule('PLACE', ({ row }) => code(row, 'RNE') === 'S' && isTemporary(row)),
  },
  {
    code: '381',
    message: 'A period of care cannot end with a temporary placement.',
    check: episodeRule('PLACE', ({ row }) => !['', 'X1'].includes(code(row, 'REC')) && isTemporary(row)),
  },
  {
    code: '217t',
    message: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
    check: episodeRule(
      'PLACE',
      ({ row }) => code(row, 'PLACE') === 'P2' && (decom(row) ?? '') >= '2023-10-28',
    ),
  },
  {
    code: '392c',
    message: 'Postcode(s) provided are invalid.',
    check: (ret) => {
      const hits: RuleHit[] = [];
      for (const { row } of episodeViews(ret))
        for (const field of ['HOME_POST', 'PL_POST'])
          if (code(row, field) !== '' && !normalisePostcode(code(row, field)))
            hits.push({ table: 'episodes', row, field });
      return hits;
    },
  },
  {
    code: '392d',
    message: 'Home and placement postcodes should not be same unless the placement type is P1.',
    check: episodeRule('PL_POST', ({ row }) => {
      const [home, placed] = [
        normalisePostcode(code(row, 'HOME_POST')),
        normalisePostcode(code(row, 'PL_POST')),
      ];
      return home !== undefined && home === placed && code(row, 'PLACE') !== 'P1';
    }),
  },
  {
    code: '398',
    message: 'Distance field completed but child looked after under legal status V3 or V4.',
    check: episodeRule(
      'HOME_POST',
      ({ row }) =>
        ['V3', 'V4'].includes(code(row, 'LS')) &&
        (code(row, 'HOME_POST') !== '' || code(row, 'PL_POST') !== ''),
    ),
  },
];
