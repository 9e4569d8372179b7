import type { DomainError } from '../errors';
import {
  careStarted,
  command,
  DeciderSpecification,
  details,
  detailsUpdated,
  registered,
  stream,
  voided,
} from '../testing';
import { childDecider } from './child-decider';

const spec = DeciderSpecification.for(childDecider);

describe('child decider: registration and details', () => {
  it('registers a child, dated by the date of birth', () => {
    spec([]).when(command(registered())).then([registered()]);
  });

  it('refuses a second registration', () => {
    spec(stream(registered())).when(command(registered())).thenThrows('CHILD.ALREADY_REGISTERED');
  });

  it('refuses every other command for an unregistered child', () => {
    spec([])
      .when(command(careStarted('2020-01-01')))
      .thenThrows('CHILD.NOT_FOUND');
    spec([])
      .when(command(voided('e1', '2020-01-01')))
      .thenThrows('CHILD.NOT_FOUND');
  });

  it('refuses a command of no known type as invalid input, naming the field', () => {
    const unknown = { ...command(careStarted('2020-01-01')), type: 'AdoptPuppy' };
    const error = spec(stream(registered()))
      .when(unknown as unknown as ReturnType<typeof command>)
      .thenThrows('VALIDATION.INVALID_VALUE');
    expect((error as DomainError).field).toBe('type');
  });

  it('refuses a date of birth after today', () => {
    const error = spec([])
      .when(command(registered({ dateOfBirth: '2026-07-01' })))
      .thenThrows('DATE.IN_FUTURE');
    expect((error as DomainError).field).toBe('dateOfBirth');
  });

  it('refuses values that are not dates or codes', () => {
    spec([])
      .when(command(registered({ dateOfBirth: '2010-02-30' })))
      .thenThrows('VALIDATION.INVALID_VALUE');
    spec([])
      .when(command(registered({ childId: 'ELEVEN-CHAR' })))
      .thenThrows('VALIDATION.INVALID_VALUE');
    spec([])
      .when(command(registered({ sex: 'X' as never })))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it("keeps whether the child is a mother and her first child's date of birth (903 MOTHER, MC_DOB)", () => {
    const mother = registered({ sex: 'F', mother: 1, firstChildDateOfBirth: '2025-01-20' });
    spec([]).when(command(mother)).then([mother]);
    const update = detailsUpdated('2025-02-01', { sex: 'F', mother: 1, firstChildDateOfBirth: '2025-01-20' });
    spec(stream(registered({ sex: 'F', mother: 0 })))
      .when(command(update))
      .then([update]);
  });

  it("refuses a MOTHER other than 0 or 1, and a first child's birth not after the mother's or in the future", () => {
    const refused = (overrides: Parameters<typeof registered>[0], code: string, field: string) => {
      const error = spec([])
        .when(command(registered(overrides)))
        .thenThrows(code);
      expect((error as DomainError).field).toBe(field);
    };
    refused({ mother: 2 as never }, 'VALIDATION.INVALID_VALUE', 'mother');
    refused({ firstChildDateOfBirth: '2025-02-30' }, 'VALIDATION.INVALID_VALUE', 'firstChildDateOfBirth');
    refused({ firstChildDateOfBirth: '2008-03-10' }, 'VALIDATION.INVALID_VALUE', 'firstChildDateOfBirth');
    refused({ firstChildDateOfBirth: '2026-07-01' }, 'DATE.IN_FUTURE', 'firstChildDateOfBirth');
  });

  it('refuses a command whose now is not an instant', () => {
    spec([]).when(command(registered(), 'yesterday')).thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('updates details from an effective date', () => {
    const update = detailsUpdated('2020-01-01', { homePostcode: 'DT1 2BB' });
    spec(stream(registered())).when(command(update)).then([update]);
  });

  it('refuses an update for another child id', () => {
    spec(stream(registered()))
      .when(command(detailsUpdated('2020-01-01', { childId: 'C002' })))
      .thenThrows('CHILD.ID_MISMATCH');
  });

  it('refuses an update dated before birth or in the future', () => {
    spec(stream(registered()))
      .when(command(detailsUpdated('2008-03-09')))
      .thenThrows('DATE.BEFORE_BIRTH');
    spec(stream(registered()))
      .when(command(detailsUpdated('2026-07-01')))
      .thenThrows('DATE.IN_FUTURE');
  });

  it('accepts a corrected date of birth that keeps the timeline consistent', () => {
    const update = detailsUpdated('2020-01-01', { dateOfBirth: '2008-01-01' });
    spec(stream(registered(), careStarted('2015-01-01')))
      .when(command(update))
      .then([update]);
  });

  it('refuses a corrected date of birth after the start of care', () => {
    const error = spec(stream(registered(), careStarted('2015-01-01')))
      .when(command(detailsUpdated('2020-01-01', { dateOfBirth: '2016-01-01' })))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
    expect((error as DomainError).details).toMatchObject({
      conflictingEventId: 'e2',
      conflictingCode: 'DATE.BEFORE_BIRTH',
    });
  });

  it('refuses a corrected date of birth that makes the child 18 when care started', () => {
    spec(stream(registered(), careStarted('2015-01-01')))
      .when(command(detailsUpdated('2020-01-01', { dateOfBirth: '1996-01-01' })))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
  });
});

describe('child decider: evolve', () => {
  it('keeps the latest details by effective date and forgets voided updates', () => {
    const events = stream(
      registered(),
      detailsUpdated('2021-01-01', { homePostcode: 'B' }),
      detailsUpdated('2020-01-01', { homePostcode: 'A' }),
    );
    const state = events.reduce(
      (state, event) => childDecider.evolve(state, event),
      childDecider.initialState(),
    );
    expect(state.details).toEqual(details({ homePostcode: 'B' }));
    const after = childDecider.evolve(state, { ...voided('e2', '2021-01-01'), id: 'e4' });
    expect(after.details).toEqual(details({ homePostcode: 'A' }));
    expect(after.facts.map((fact) => fact.id)).toEqual(['e1', 'e3']);
    expect([...after.voidedIds]).toEqual(['e2']);
  });

  it('takes today from the command, not a clock', () => {
    const update = detailsUpdated('2026-06-30', { homePostcode: 'DT2 2BB' });
    spec(stream(registered())).when(command(update, '2026-06-29T23:59:59Z')).thenThrows('DATE.IN_FUTURE');
    spec(stream(registered())).when(command(update, '2026-06-30T00:00:00Z')).then([update]);
  });
});
