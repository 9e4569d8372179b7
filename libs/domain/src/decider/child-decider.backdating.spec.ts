import type { DomainError } from '../errors';
import {
  careEnded,
  careStarted,
  command,
  DeciderSpecification,
  legalStatusChanged,
  moved,
  registered,
  stream,
  temporaryEnded,
  temporaryStarted,
} from '../testing';
import { childDecider } from './child-decider';

const spec = DeciderSpecification.for(childDecider);
/** e1 registered, e2 care from 2020-01-01 (U4, C2), e3 moved to K2 on 2020-06-01. */
const history = () => stream(registered(), careStarted('2020-01-01'), moved('2020-06-01', 'K2'));
const detailsOf = (error: Error) => (error as DomainError).details;

describe('child decider: back-dated facts', () => {
  it('accepts a late fact that fits between recorded ones', () => {
    spec(history())
      .when(command(moved('2020-03-01', 'R1')))
      .then([moved('2020-03-01', 'R1')]);
    spec(history())
      .when(command(legalStatusChanged('2020-02-01', 'E1')))
      .then([legalStatusChanged('2020-02-01', 'E1')]);
    const hospital = stream(...history(), temporaryStarted('2020-08-01'), temporaryEnded('2020-08-20'));
    spec(hospital)
      .when(command(moved('2020-07-01', 'R1')))
      .then([moved('2020-07-01', 'R1')]);
  });

  it('refuses a late end of care that later facts contradict, naming both', () => {
    const error = spec(history())
      .when(command(careEnded('2020-03-01')))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
    expect(detailsOf(error)).toMatchObject({
      childId: 'C001',
      conflictingEventId: 'e3',
      conflictingEventType: 'PlacementMoved',
      conflictingEffectiveDate: '2020-06-01',
      conflictingCode: 'CARE.NOT_IN_CARE',
      recordedEventType: 'CareEnded',
      recordedEffectiveDate: '2020-03-01',
    });
    expect(error.message).toContain('e3');
  });

  it('refuses a late legal status that makes a later change a no-change', () => {
    const given = stream(...history(), legalStatusChanged('2020-09-01', 'E1'));
    const error = spec(given)
      .when(command(legalStatusChanged('2020-07-01', 'E1')))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
    expect(detailsOf(error)).toMatchObject({
      conflictingEventId: 'e4',
      conflictingCode: 'LEGAL_STATUS.UNCHANGED',
    });
  });

  it('refuses a late temporary placement that overlaps a recorded one', () => {
    const given = stream(...history(), temporaryStarted('2020-08-01'), temporaryEnded('2020-08-20'));
    spec(given)
      .when(command(temporaryStarted('2020-08-05')))
      .thenThrows('TEMPORARY_PLACEMENT.OVERLAP');
    const error = spec(given)
      .when(command(temporaryStarted('2020-07-25')))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
    expect(detailsOf(error)).toMatchObject({
      conflictingEventId: 'e4',
      conflictingCode: 'TEMPORARY_PLACEMENT.OVERLAP',
    });
  });

  it('refuses a late temporary placement that a recorded move would interrupt', () => {
    spec(history())
      .when(command(temporaryStarted('2020-05-01')))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
  });

  it('reports a late fact that is wrong in itself with its own code', () => {
    const given = stream(...history(), temporaryStarted('2020-08-01'), temporaryEnded('2020-08-20'));
    spec(given)
      .when(command(moved('2020-08-10', 'R1')))
      .thenThrows('PLACEMENT.DURING_TEMPORARY_PLACEMENT');
    spec(history())
      .when(command(moved('2020-07-01', 'K2', false)))
      .thenThrows('PLACEMENT.UNCHANGED');
  });

  it('refuses a late start of an earlier period recorded on its own (its end would be missing)', () => {
    const error = spec(history())
      .when(command(careStarted('2018-01-01')))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
    expect(detailsOf(error)).toMatchObject({
      conflictingEventId: 'e2',
      conflictingCode: 'CARE.ALREADY_IN_CARE',
    });
  });

  it('refuses a restart recorded late on the day the period ends', () => {
    const given = stream(registered(), careStarted('2020-01-01'), careEnded('2021-01-01'));
    spec(given)
      .when(command(careStarted('2021-01-01')))
      .thenThrows('CARE.RESTART_SAME_DAY');
  });

  it('combines a same-day move and legal status change whatever order they are recorded in', () => {
    const moveFirst = stream(...history(), moved('2020-09-01', 'U6'));
    spec(moveFirst)
      .when(command(legalStatusChanged('2020-09-01', 'E1')))
      .then([legalStatusChanged('2020-09-01', 'E1')]);
    const legalFirst = stream(...history(), legalStatusChanged('2020-09-01', 'E1'));
    spec(legalFirst)
      .when(command(moved('2020-09-01', 'U6')))
      .then([moved('2020-09-01', 'U6')]);
  });

  it('does not blame new facts for entries that were already inconsistent', () => {
    // P2 was withdrawn on 2023-10-28; an entry stored before that rule existed still stands.
    const legacy = stream(registered(), careStarted('2020-01-01'), moved('2024-01-01', 'P2'));
    spec(legacy)
      .when(command(moved('2024-06-01', 'K2')))
      .then([moved('2024-06-01', 'K2')]);
  });
});
