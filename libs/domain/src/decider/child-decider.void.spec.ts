import type { DomainError } from '../errors';
import {
  careEnded,
  careStarted,
  command,
  DeciderSpecification,
  moved,
  registered,
  stream,
  temporaryEnded,
  temporaryStarted,
  voided,
  voidEntry,
} from '../testing';
import { childDecider } from './child-decider';
import { decideChildCommands } from './decide-child';

const spec = DeciderSpecification.for(childDecider);
/** e1 registered, e2 care from 2020-01-01, e3 moved to K2 on 2020-06-01. */
const history = () => stream(registered(), careStarted('2020-01-01'), moved('2020-06-01', 'K2'));
const stateOf = (events: ReturnType<typeof stream>) =>
  events.reduce((state, event) => childDecider.evolve(state, event), childDecider.initialState());

describe('child decider: VoidEntry', () => {
  it('voids an entry, dated as the entry was', () => {
    spec(history())
      .when(voidEntry('e3', 'wrong child'))
      .then([voided('e3', '2020-06-01', 'wrong child')]);
  });

  it('refuses an unknown id, an entry already voided, the registration and a void', () => {
    spec(history()).when(voidEntry('nope')).thenThrows('CORRECTION.ENTRY_NOT_FOUND');
    const withVoid = stream(...history(), voided('e3', '2020-06-01'));
    spec(withVoid).when(voidEntry('e3')).thenThrows('CORRECTION.ALREADY_VOIDED');
    spec(withVoid).when(voidEntry('e4')).thenThrows('CORRECTION.NOT_VOIDABLE');
    spec(history()).when(voidEntry('e1')).thenThrows('CORRECTION.NOT_VOIDABLE');
    spec(history()).when(voidEntry('e3', '  ')).thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('refuses a void that would leave later facts without their ground', () => {
    const error = spec(history()).when(voidEntry('e2')).thenThrows('CORRECTION.WOULD_BREAK_TIMELINE');
    expect((error as DomainError).details).toMatchObject({
      voidedEventId: 'e2',
      conflictingEventId: 'e3',
      conflictingCode: 'CARE.NOT_IN_CARE',
    });
    const ended = stream(...history(), careEnded('2021-01-01'), careStarted('2022-01-01'));
    spec(ended).when(voidEntry('e4')).thenThrows('CORRECTION.WOULD_BREAK_TIMELINE');
    const returned = stream(...history(), temporaryStarted('2020-08-01'), temporaryEnded('2020-08-20'));
    spec(stream(...returned, moved('2020-09-01', 'R1')))
      .when(voidEntry('e5'))
      .thenThrows('CORRECTION.WOULD_BREAK_TIMELINE');
  });

  it('forgets a voided fact when deciding later commands', () => {
    const endVoided = stream(...history(), careEnded('2021-01-01'), voided('e4', '2021-01-01'));
    spec(endVoided)
      .when(command(moved('2021-06-01', 'R1')))
      .then([moved('2021-06-01', 'R1')]);
  });
});

describe('decideChildCommands: several commands as one change', () => {
  it('records a void and the corrected fact together', () => {
    const events = decideChildCommands(
      [voidEntry('e2'), command(careStarted('2019-12-01'))],
      stateOf(history()),
    );
    expect(events).toEqual([voided('e2', '2020-01-01'), careStarted('2019-12-01')]);
  });

  it('records a whole earlier period of care together', () => {
    const earlier = [command(careStarted('2018-01-01')), command(careEnded('2019-01-01'))];
    expect(decideChildCommands(earlier, stateOf(history()))).toEqual([
      careStarted('2018-01-01'),
      careEnded('2019-01-01'),
    ]);
  });

  it('records a child and their history from nothing', () => {
    const all = [registered(), careStarted('2020-01-01'), careEnded('2021-01-01')];
    expect(
      decideChildCommands(
        all.map((event) => command(event)),
        childDecider.initialState(),
      ),
    ).toEqual(all);
  });

  it('refuses the whole change when one fact is wrong', () => {
    const change = [command(careStarted('2018-01-01')), command(careEnded('2018-01-01'))];
    expect(() => decideChildCommands(change, stateOf(history()))).toThrow(
      expect.objectContaining({ code: 'CARE.END_ON_START_DAY' }),
    );
  });
});
