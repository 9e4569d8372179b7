import { ETHNICITIES, addYears, isCode } from '@ledger/domain';
import type { DfeRule, RuleHit } from './dfe-rule';
import { badDate, byChild, cell, dateOf, yearEnd, yearStart } from './values';

const UPN = /^[A-Z]\d{11}[A-Z\d]$/;
const UNKNOWN_UPN = /^UN[1-5]$/;
/** SEX is 1/2 up to 2023-24 and M/F/U from 2024-25 (docs/ssda903.md §2). */
const sexCodes = (year: string) => (yearStart(year) >= '2024-04-01' ? ['M', 'F', 'U'] : ['1', '2']);

const each =
  (field: string, test: (row: Parameters<typeof cell>[0], year: string) => boolean) =>
  (ret: Parameters<DfeRule['check']>[0]): RuleHit[] =>
    ret.tables.header.filter((row) => test(row, ret.year)).map((row) => ({ table: 'header', row, field }));

/** Header (and UASC) rules: each reads the year's header and UASC rows. */
export const HEADER_RULES: readonly DfeRule[] = [
  {
    code: '101',
    message: 'Gender code is not valid.',
    check: each('SEX', (row, year) => !sexCodes(year).includes(cell(row, 'SEX'))),
  },
  {
    code: '102',
    message: 'Date of birth is not a valid date.',
    check: each('DOB', (row) => dateOf(row, 'DOB') === undefined),
  },
  {
    code: '103',
    message: 'The ethnicity code is either not valid or has not been entered.',
    check: each('ETHNIC', (row) => !isCode(ETHNICITIES, cell(row, 'ETHNIC'))),
  },
  {
    code: '168',
    message:
      'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
    check: each('UPN', (row) => {
      const upn = cell(row, 'UPN').toUpperCase();
      return upn !== '' && !UPN.test(upn) && !UNKNOWN_UPN.test(upn);
    }),
  },
  {
    code: '171',
    message: "Date of birth of mother's child is not a valid date.",
    check: each('MC_DOB', (row) => badDate(row, 'MC_DOB')),
  },
  {
    code: '174',
    message: "Mother's child date of birth is recorded but gender shows that the child is a male.",
    check: each('MC_DOB', (row) => cell(row, 'MC_DOB') !== '' && ['1', 'M'].includes(cell(row, 'SEX'))),
  },
  {
    code: '301',
    message: 'Date of birth falls after the year ended.',
    check: each('DOB', (row, year) => (dateOf(row, 'DOB') ?? '') > yearEnd(year)),
  },
  {
    code: '625',
    message:
      'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.',
    check: (ret) => {
      const episodes = byChild(ret.tables.episodes);
      return ret.tables.header.flatMap((row): RuleHit[] => {
        const mcDob = dateOf(row, 'MC_DOB');
        if (!mcDob) return [];
        // Reading: the day the child ceased to be looked after is the latest DEC, when every episode ended.
        const own = episodes.get(cell(row, 'CHILD')) ?? [];
        const ended = own.every((e) => cell(e, 'DEC') !== '');
        const lastDec = ended
          ? own
              .map((e) => dateOf(e, 'DEC') ?? '')
              .sort()
              .pop()
          : undefined;
        const limit = lastDec && lastDec < yearEnd(ret.year) ? lastDec : yearEnd(ret.year);
        return mcDob > limit ? [{ table: 'header', row, field: 'MC_DOB' }] : [];
      });
    },
  },
  {
    code: '628',
    message:
      'Motherhood details are not required for care leavers who have not been looked after during the year.',
    check: (ret) => {
      const looked = new Set(ret.tables.episodes.map((e) => cell(e, 'CHILD')));
      const leavers = new Set(
        ret.tables.oc3
          .filter((o) => ['IN_TOUCH', 'ACTIV', 'ACCOM'].some((f) => cell(o, f) !== ''))
          .map((o) => cell(o, 'CHILD')),
      );
      return ret.tables.header
        .filter((row) => cell(row, 'MOTHER') !== '')
        .filter((row) => leavers.has(cell(row, 'CHILD')) && !looked.has(cell(row, 'CHILD')))
        .map((row) => ({ table: 'header', row, field: 'MOTHER' }));
    },
  },
  {
    code: '104',
    message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.',
    check: (ret) =>
      ret.tables.uasc
        .filter((row) => badDate(row, 'DUC') || (dateOf(row, 'DUC') ?? '9999') < yearStart(ret.year))
        .map((row) => ({ table: 'uasc', row, field: 'DUC' })),
  },
  {
    code: '304',
    message:
      'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
    check: (ret) =>
      ret.tables.uasc
        .filter((row) => {
          const [duc, dob] = [dateOf(row, 'DUC'), dateOf(row, 'DOB')];
          return duc !== undefined && dob !== undefined && duc > addYears(dob, 18);
        })
        .map((row) => ({ table: 'uasc', row, field: 'DUC' })),
  },
];
