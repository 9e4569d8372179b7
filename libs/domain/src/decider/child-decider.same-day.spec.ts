import type { DomainError } from '../errors';
import {
  careEnded,
  careStarted,
  command,
  contactRecorded,
  DeciderSpecification,
  detailsUpdated,
  legalStatusChanged,
  moved,
  placement,
  registered,
  stream,
  temporaryStarted,
  voided,
} from '../testing';
import { evolveChild, initialChildState } from './child-state';
import { childDecider } from './child-decider';
import { decideChildCommands } from './decide-child';

const spec = DeciderSpecification.for(childDecider);
const detailsOf = (error: Error) => (error as DomainError).details;
/** e1 registered, e2 care from 2020-01-01, e3 moved to K2 on 2020-06-01 with reason CARPL. */
const history = () => stream(registered(), careStarted('2020-01-01'), moved('2020-06-01', 'K2'));
const stateOf = (events: ReturnType<typeof stream>) => events.reduce(evolveChild, initialChildState());
const withReason = (reason: 'CREQO' | 'ALLEG', type: 'R1' | 'U6') => {
  const event = moved('2020-06-01', placement(type, { carerId: `carer-${reason}` }));
  return { ...event, data: { ...event.data, reason } } as typeof event;
};

describe('child decider: one fact of a kind a day (an acknowledged fact never vanishes)', () => {
  it('refuses a second move on a day that has one, naming the entry there and the way to correct it', () => {
    const error = spec(history())
      .when(command(withReason('ALLEG', 'R1')))
      .thenThrows('TIMELINE.SAME_DAY_FACT');
    expect(error.message).toContain('entry e3');
    expect(error.message).toContain('Void');
    expect(error.message).toContain('/changes');
    expect(detailsOf(error)).toMatchObject({ existingEventId: 'e3', childId: 'C001' });
  });

  it('refuses a second legal status and a second care leaver contact on one day', () => {
    spec(stream(...history(), legalStatusChanged('2020-08-01', 'E1')))
      .when(command(legalStatusChanged('2020-08-01', 'C1')))
      .thenThrows('TIMELINE.SAME_DAY_FACT');
    const leaver = stream(
      registered(),
      careStarted('2020-01-01'),
      careEnded('2024-01-01'),
      contactRecorded('2026-03-10'),
    );
    spec(leaver)
      .when(command(contactRecorded('2026-03-10', 'NO', 'F1', 'Z2')))
      .thenThrows('TIMELINE.SAME_DAY_FACT');
  });

  it('still takes a move and a legal status change on one day (one B/U episode), and two details updates', () => {
    spec(history())
      .when(command(legalStatusChanged('2020-06-01', 'E1')))
      .then([legalStatusChanged('2020-06-01', 'E1')]);
    spec(stream(...history(), detailsUpdated('2020-06-01', { homePostcode: 'DT2 2BB' })))
      .when(command(detailsUpdated('2020-06-01', { homePostcode: 'DT3 3CC' })))
      .then([detailsUpdated('2020-06-01', { homePostcode: 'DT3 3CC' })]);
  });

  it('takes the right move once the wrong one is voided in the same change', () => {
    const state = stateOf(history());
    const events = decideChildCommands(
      [command(voided('e3', '2020-06-01')), command(withReason('ALLEG', 'R1'))],
      state,
    );
    expect(events.map((e) => e.type)).toEqual(['EntryVoided', 'PlacementMoved']);
  });

  it('refuses two moves on one day sent as one change (naming no entry: neither is stored yet)', () => {
    const attempt = () =>
      decideChildCommands(
        [command(withReason('CREQO', 'U6')), command(withReason('ALLEG', 'R1'))],
        stateOf(stream(registered(), careStarted('2020-01-01'))),
      );
    expect(attempt).toThrow(/an earlier command of this change already records a PlacementMoved/);
  });

  it('refuses a move, a legal status change or a temporary placement on the day care ends', () => {
    const ending = stream(...history(), careEnded('2021-01-01'));
    spec(ending)
      .when(command(moved('2021-01-01', 'R1')))
      .thenThrows('TIMELINE.CHANGE_ON_CARE_END_DAY');
    const late = spec(history())
      .when(command(careEnded('2020-06-01')))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
    expect(detailsOf(late)).toMatchObject({
      conflictingEventId: 'e3',
      conflictingCode: 'TIMELINE.CHANGE_ON_CARE_END_DAY',
    });
    const inCare = stream(registered(), careStarted('2020-01-01'));
    expect(() =>
      decideChildCommands(
        [command(legalStatusChanged('2021-01-01', 'E1')), command(careEnded('2021-01-01'))],
        stateOf(inCare),
      ),
    ).toThrow(expect.objectContaining({ code: 'TIMELINE.CHANGE_ON_CARE_END_DAY' }));
    expect(() =>
      decideChildCommands(
        [command(temporaryStarted('2021-01-01')), command(careEnded('2021-01-01'))],
        stateOf(inCare),
      ),
    ).toThrow(expect.objectContaining({ code: 'TIMELINE.CHANGE_ON_CARE_END_DAY' }));
    spec(history())
      .when(command(careEnded('2020-06-02')))
      .then([careEnded('2020-06-02')]);
  });
});

describe('child decider: a plausible date of birth', () => {
  it('refuses a first fact more than 25 years after the date of birth', () => {
    const old = stream(registered({ dateOfBirth: '1900-01-01' }));
    const error = spec(old)
      .when(command(careStarted('2020-01-01')))
      .thenThrows('DATE.BIRTH_IMPLAUSIBLE');
    expect(error.message).toContain('1900-01-01');
    spec(stream(registered({ dateOfBirth: '0000-01-01' })))
      .when(command(contactRecorded('2024-01-01')))
      .thenThrows('DATE.BIRTH_IMPLAUSIBLE');
  });

  it('takes a care leaver contact at 25, and judges only the first fact', () => {
    const leaver = stream(registered({ dateOfBirth: '2000-01-01' }));
    spec(leaver)
      .when(command(contactRecorded('2025-01-01')))
      .then([contactRecorded('2025-01-01')]);
  });

  it('refuses a details update that moves the date of birth more than 25 years before the first fact', () => {
    spec(history())
      .when(command(detailsUpdated('2008-03-10', { dateOfBirth: '1980-01-01' })))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
  });
});
