import { addYears, type LocalDate } from '@ledger/domain';
import type { Episode, TimelineFlag } from './timeline.types';

/**
 * What a reviewer should look at in a child's timeline. Care still open past the 18th
 * birthday: the 903 requires care to end by then, except accommodation under s20(5) in a
 * community home (V2 in K2; DfE rule 359). An open episode runs to `knownOn`, the day of the
 * latest recording (undefined: open episodes are not judged).
 */
export function timelineFlagsOf(
  dateOfBirth: LocalDate | undefined,
  episodes: readonly Episode[],
  knownOn: LocalDate | undefined,
): TimelineFlag[] {
  if (!dateOfBirth) return [];
  const adult = addYears(dateOfBirth, 18);
  const past = episodes.find(
    (e) =>
      (e.dec ?? knownOn ?? '') > adult &&
      !(e.legalStatus === 'V2' && e.placement.type === 'K2') &&
      !isShortBreak(e),
  );
  if (!past) return [];
  return [
    {
      code: 'CARE_OPEN_PAST_18',
      rule: '359',
      since: adult > past.decom ? adult : past.decom,
      message: `care is open past the 18th birthday (${adult}) outside V2 in K2: the 903 requires care to end by then`,
    },
  ];
}

const isShortBreak = (e: Episode): boolean => e.legalStatus === 'V3' || e.legalStatus === 'V4';
