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
const leftCare = () => stream(...inCare(), careEnded('2021-01-01'));
const inTemporary = () => stream(...inCare(), temporaryStarted('2020-06-01'));

describe('child decider: MovePlacement', () => {
  it('moves the child to a new placement', () => {
    spec(inCare())
      .when(command(moved('2020-03-01', 'K2')))
      .then([moved('2020-03-01', 'K2')]);
  });

  it('accepts a move with the same carer when the placement changes (903 T)', () => {
    const sameCarerNewHome = moved('2020-03-01', placement('U4', { postcode: 'DT2 9ZZ' }), false);
    spec(inCare()).when(command(sameCarerNewHome)).then([sameCarerNewHome]);
  });

  it('refuses a move when nothing changes', () => {
    spec(inCare())
      .when(command(moved('2020-03-01', 'U4', false)))
      .thenThrows('PLACEMENT.UNCHANGED');
    const samePostcodeWritten = placement('U4', { postcode: 'dt11aa' });
    spec(inCare())
      .when(command(moved('2020-03-01', samePostcodeWritten, false)))
      .thenThrows('PLACEMENT.UNCHANGED');
  });

  it('accepts a new carer at the same setting', () => {
    spec(inCare())
      .when(command(moved('2020-03-01', 'U4', true)))
      .then([moved('2020-03-01', 'U4', true)]);
  });

  it('refuses a move when not in care, or before care started', () => {
    spec(child())
      .when(command(moved('2020-03-01', 'K2')))
      .thenThrows('CARE.NOT_IN_CARE');
    spec(leftCare())
      .when(command(moved('2021-03-01', 'K2')))
      .thenThrows('CARE.NOT_IN_CARE');
    spec(inCare())
      .when(command(moved('2019-12-31', 'K2')))
      .thenThrows('DATE.BEFORE_CARE');
  });

  it('refuses a move before birth or after today', () => {
    spec(inCare())
      .when(command(moved('2008-01-01', 'K2')))
      .thenThrows('DATE.BEFORE_BIRTH');
    spec(inCare())
      .when(command(moved('2026-07-01', 'K2')))
      .thenThrows('DATE.IN_FUTURE');
  });

  it('refuses a move to a temporary placement type', () => {
    spec(inCare())
      .when(command(moved('2020-03-01', 'T1')))
      .thenThrows('PLACEMENT.TEMPORARY_TYPE_NOT_ALLOWED');
  });

  it('refuses a placement code on a day it is not valid', () => {
    spec(inCare())
      .when(command(moved('2023-11-01', 'P2')))
      .thenThrows('PLACEMENT.CODE_NOT_VALID_ON_DATE');
    spec(inCare())
      .when(command(moved('2025-04-01', 'Z1')))
      .thenThrows('PLACEMENT.CODE_NOT_VALID_ON_DATE');
    spec(inCare())
      .when(command(moved('2025-04-01', 'Z11')))
      .then([moved('2025-04-01', 'Z11')]);
  });

  it('refuses a move during a temporary placement', () => {
    spec(inTemporary())
      .when(command(moved('2020-06-03', 'K2')))
      .thenThrows('PLACEMENT.DURING_TEMPORARY_PLACEMENT');
  });

  it('accepts a move on the day care started (it replaces the first placement)', () => {
    spec(inCare())
      .when(command(moved('2020-01-01', 'K2')))
      .then([moved('2020-01-01', 'K2')]);
  });

  it('accepts a move and a legal status change on the same day (one B/U episode)', () => {
    const given = stream(...inCare(), legalStatusChanged('2020-05-01', 'E1'));
    spec(given)
      .when(command(moved('2020-05-01', 'A6')))
      .then([moved('2020-05-01', 'A6')]);
  });
});

describe('child decider: ChangeLegalStatus', () => {
  it('changes the legal status', () => {
    spec(inCare())
      .when(command(legalStatusChanged('2020-02-01', 'E1')))
      .then([legalStatusChanged('2020-02-01', 'E1')]);
  });

  it('refuses the status the child already has', () => {
    spec(inCare())
      .when(command(legalStatusChanged('2020-02-01', 'C2')))
      .thenThrows('LEGAL_STATUS.UNCHANGED');
  });

  it('refuses a change when not in care, or before care started', () => {
    spec(child())
      .when(command(legalStatusChanged('2020-02-01', 'E1')))
      .thenThrows('CARE.NOT_IN_CARE');
    spec(inCare())
      .when(command(legalStatusChanged('2019-02-01', 'E1')))
      .thenThrows('DATE.BEFORE_CARE');
  });

  it('refuses a status code on a day it is not valid', () => {
    spec(inCare())
      .when(command(legalStatusChanged('2020-02-01', 'D1')))
      .thenThrows('LEGAL_STATUS.CODE_NOT_VALID_ON_DATE');
  });

  it('accepts a change during a temporary placement', () => {
    spec(inTemporary())
      .when(command(legalStatusChanged('2020-06-02', 'E1')))
      .then([legalStatusChanged('2020-06-02', 'E1')]);
  });

  it('accepts a change on the day care started (it replaces the first status)', () => {
    spec(inCare())
      .when(command(legalStatusChanged('2020-01-01', 'C1')))
      .then([legalStatusChanged('2020-01-01', 'C1')]);
  });
});

describe('child decider: temporary placements', () => {
  it('starts and ends a temporary placement', () => {
    spec(inCare())
      .when(command(temporaryStarted('2020-06-01', 'T3')))
      .then([temporaryStarted('2020-06-01', 'T3')]);
    spec(inTemporary())
      .when(command(temporaryEnded('2020-06-08')))
      .then([temporaryEnded('2020-06-08')]);
  });

  it('refuses a start with a type that is not temporary', () => {
    spec(inCare())
      .when(command(temporaryStarted('2020-06-01', 'K2')))
      .thenThrows('PLACEMENT.NOT_A_TEMPORARY_TYPE');
  });

  it('refuses overlapping temporary placements', () => {
    spec(inTemporary())
      .when(command(temporaryStarted('2020-06-03', 'T2')))
      .thenThrows('TEMPORARY_PLACEMENT.OVERLAP');
  });

  it('accepts a new temporary placement on the day the last one ended', () => {
    const given = stream(...inTemporary(), temporaryEnded('2020-06-08'));
    spec(given)
      .when(command(temporaryStarted('2020-06-08', 'T2')))
      .then([temporaryStarted('2020-06-08', 'T2')]);
  });

  it('refuses an end with no temporary placement in progress', () => {
    spec(inCare())
      .when(command(temporaryEnded('2020-06-08')))
      .thenThrows('TEMPORARY_PLACEMENT.NONE_ACTIVE');
    spec(stream(...inTemporary(), temporaryEnded('2020-06-08')))
      .when(command(temporaryEnded('2020-06-09')))
      .thenThrows('TEMPORARY_PLACEMENT.NONE_ACTIVE');
  });

  it('refuses a temporary placement that starts and ends on the same day', () => {
    spec(inTemporary())
      .when(command(temporaryEnded('2020-06-01')))
      .thenThrows('TEMPORARY_PLACEMENT.NONE_ACTIVE');
  });

  it('refuses temporary placements when not in care, or before care started', () => {
    spec(child())
      .when(command(temporaryStarted('2020-06-01')))
      .thenThrows('CARE.NOT_IN_CARE');
    spec(leftCare())
      .when(command(temporaryEnded('2021-06-01')))
      .thenThrows('CARE.NOT_IN_CARE');
    spec(inCare())
      .when(command(temporaryStarted('2019-06-01')))
      .thenThrows('DATE.BEFORE_CARE');
  });
});
