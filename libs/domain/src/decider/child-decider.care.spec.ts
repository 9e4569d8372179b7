import { DomainError } from '../errors';
import {
  careEnded,
  careStarted,
  command,
  DeciderSpecification,
  legalStatusChanged,
  moved,
  placement,
  registered,
  stream,
  temporaryEnded,
  temporaryStarted,
} from '../testing';
import { childDecider } from './child-decider';

const spec = DeciderSpecification.for(childDecider);
const child = () => stream(registered());
const inCare = () => stream(registered(), careStarted('2020-01-01'));
const leftCare = () => stream(registered(), careStarted('2020-01-01'), careEnded('2021-01-01'));

describe('child decider: StartCare', () => {
  it('starts care with the first placement, legal status and category of need', () => {
    spec(child())
      .when(command(careStarted('2020-01-01')))
      .then([careStarted('2020-01-01')]);
  });

  it('starts a new period after an earlier one ended', () => {
    spec(leftCare())
      .when(command(careStarted('2021-01-02')))
      .then([careStarted('2021-01-02')]);
  });

  it('refuses a start before birth or after today', () => {
    const error = spec(child())
      .when(command(careStarted('2008-03-09')))
      .thenThrows('DATE.BEFORE_BIRTH');
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toMatchObject({ childId: 'C001' });
    expect(error.message).not.toContain('2008-03-10');
    spec(child())
      .when(command(careStarted('2026-07-01')))
      .thenThrows('DATE.IN_FUTURE');
  });

  it('refuses a start while in care', () => {
    spec(inCare())
      .when(command(careStarted('2021-01-01')))
      .thenThrows('CARE.ALREADY_IN_CARE');
  });

  it('refuses a start on or after the 18th birthday', () => {
    spec(child())
      .when(command(careStarted('2026-03-10')))
      .thenThrows('CARE.START_AGED_18_OR_OVER');
    spec(child())
      .when(command(careStarted('2026-03-09')))
      .then([careStarted('2026-03-09')]);
  });

  it('refuses a restart on the day care ended (the period continues instead)', () => {
    spec(leftCare())
      .when(command(careStarted('2021-01-01')))
      .thenThrows('CARE.RESTART_SAME_DAY');
  });

  it('refuses a start after the child died', () => {
    spec(stream(registered(), careStarted('2020-01-01'), careEnded('2021-01-01', 'E2')))
      .when(command(careStarted('2022-01-01')))
      .thenThrows('CARE.AFTER_DEATH');
  });

  it('refuses a period that starts with a temporary placement', () => {
    spec(child())
      .when(command(careStarted('2020-01-01', 'T2')))
      .thenThrows('PLACEMENT.TEMPORARY_TYPE_NOT_ALLOWED');
  });

  it('accepts placement codes only on the days they are valid', () => {
    spec(child())
      .when(command(careStarted('2023-10-27', 'P2')))
      .then([careStarted('2023-10-27', 'P2')]);
    spec(child())
      .when(command(careStarted('2023-10-28', 'P2')))
      .thenThrows('PLACEMENT.CODE_NOT_VALID_ON_DATE');
    spec(child())
      .when(command(careStarted('2023-10-27', 'K3')))
      .thenThrows('PLACEMENT.CODE_NOT_VALID_ON_DATE');
    spec(child())
      .when(command(careStarted('2025-03-31', 'Z11')))
      .thenThrows('PLACEMENT.CODE_NOT_VALID_ON_DATE');
  });

  it('accepts legal status codes only on the days they are valid', () => {
    spec(child())
      .when(command(careStarted('2020-01-01', 'U4', 'D1')))
      .thenThrows('LEGAL_STATUS.CODE_NOT_VALID_ON_DATE');
  });

  it('refuses codes that are on no list', () => {
    spec(child())
      .when(command(careStarted('2020-01-01', placement('XX' as never))))
      .thenThrows('VALIDATION.INVALID_VALUE');
    spec(child())
      .when(command(careStarted('2020-01-01', 'U4', 'W1' as never)))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });
});

describe('child decider: EndCare', () => {
  it('ends care', () => {
    spec(inCare())
      .when(command(careEnded('2021-01-01')))
      .then([careEnded('2021-01-01')]);
  });

  it('refuses an end when the child is not in care', () => {
    spec(child())
      .when(command(careEnded('2021-01-01')))
      .thenThrows('CARE.NOT_IN_CARE');
    spec(leftCare())
      .when(command(careEnded('2022-01-01')))
      .thenThrows('CARE.NOT_IN_CARE');
  });

  it('refuses an end dated before the period of care it belongs to', () => {
    const error = spec(inCare())
      .when(command(careEnded('2019-12-31')))
      .thenThrows('DATE.BEFORE_CARE');
    expect((error as DomainError).details).toMatchObject({ careStartedOn: '2020-01-01' });
    spec(stream(...leftCare(), careStarted('2022-01-01')))
      .when(command(careEnded('2021-06-01')))
      .thenThrows('DATE.BEFORE_CARE');
  });

  it('refuses an end on the day care started (a period lasts at least a day)', () => {
    spec(inCare())
      .when(command(careEnded('2020-01-01')))
      .thenThrows('CARE.END_ON_START_DAY');
  });

  it('refuses an end during a temporary placement, and accepts it after the return', () => {
    const given = stream(registered(), careStarted('2020-01-01'), temporaryStarted('2020-06-01'));
    spec(given)
      .when(command(careEnded('2020-06-10')))
      .thenThrows('CARE.END_IN_TEMPORARY_PLACEMENT');
    spec(stream(...given, temporaryEnded('2020-06-05')))
      .when(command(careEnded('2020-06-10')))
      .then([careEnded('2020-06-10')]);
  });

  it('refuses E17 under 18 and accepts it from the 18th birthday', () => {
    spec(inCare())
      .when(command(careEnded('2026-03-09', 'E17')))
      .thenThrows('CARE.E17_UNDER_18');
    spec(inCare())
      .when(command(careEnded('2026-03-10', 'E17')))
      .then([careEnded('2026-03-10', 'E17')]);
  });

  it('refuses an adoption unless the child is placed for adoption', () => {
    spec(inCare())
      .when(command(careEnded('2021-01-01', 'E11')))
      .thenThrows('CARE.ADOPTION_NOT_PLACED_FOR_ADOPTION');
    const placed = stream(...inCare(), legalStatusChanged('2020-05-01', 'E1'), moved('2020-06-01', 'A5'));
    spec(placed)
      .when(command(careEnded('2021-01-01', 'E12')))
      .then([careEnded('2021-01-01', 'E12')]);
  });

  it('accepts a reason only on the days it is valid', () => {
    spec(inCare())
      .when(command(careEnded('2019-03-31', 'E43')))
      .thenThrows('DATE.BEFORE_CARE');
    const early = stream(registered(), careStarted('2018-01-01'));
    spec(early)
      .when(command(careEnded('2019-03-31', 'E43')))
      .then([careEnded('2019-03-31', 'E43')]);
    spec(early)
      .when(command(careEnded('2019-04-01', 'E43')))
      .thenThrows('CARE.REASON_NOT_VALID_ON_DATE');
  });

  it('refuses an end after today', () => {
    spec(inCare())
      .when(command(careEnded('2026-07-01')))
      .thenThrows('DATE.IN_FUTURE');
  });
});
