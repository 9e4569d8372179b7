import type { ChildCommand, VoidEntry } from '../commands';
import { DomainError, DomainErrorCode } from '../errors';
import type { ChildEvent, EntryVoided } from '../events';
import { checkCommandInput, todayOf } from './command-input';
import { eventOfCommand } from './command-event';
import { currentDetails, type ChildState } from './child-state';
import type { TimelineEvent } from './timeline';
import { checkTimeline } from './check-timeline';
import { wholeDetailsChange } from './details-change';

/** Marks ids given to facts of the commands being decided; stored ids never start with NUL. */
const PENDING = '\u0000pending-';

/**
 * Decides several commands as one change: each is checked on its own in order, then the
 * resulting timeline is checked once. This is how a past period of care, or a void and the
 * corrected fact, can be recorded together when one at a time would break the timeline in
 * between. Returns the new events in command order (without ids) or throws a DomainError.
 */
export function decideChildCommands(commands: readonly ChildCommand[], state: ChildState): ChildEvent[] {
  // One copy of the facts and ids for the whole change, grown in place (evolveChild copies
  // them at every event: a change of n commands would cost n²). `state` itself is untouched.
  const facts = [...state.facts];
  const voidedIds = new Set(state.voidedIds);
  const voidIds = new Set(state.voidIds);
  let working: ChildState = { ...state, facts, voidedIds, voidIds };
  const events: ChildEvent[] = [];
  commands.forEach((command, index) => {
    const event = decideAlone(command, working);
    events.push(event);
    const id = `${PENDING}${index}`;
    if (event.type === 'EntryVoided') {
      for (let i = facts.length - 1; i >= 0; i--) if (facts[i].id === event.data.eventId) facts.splice(i, 1);
      voidedIds.add(event.data.eventId);
      voidIds.add(id);
      working = { ...working, details: currentDetails(facts) ?? working.details };
      return;
    }
    facts.push({ id, event: { type: event.type, data: event.data } as TimelineEvent });
    if (event.type === 'ChildRegistered')
      working = {
        ...working,
        registered: true,
        childId: event.data.childId,
        registrationId: id,
        details: currentDetails(facts),
      };
    else if (event.type === 'ChildDetailsUpdated') working = { ...working, details: currentDetails(facts) };
  });
  checkTimeline(state, working, (id) => id.startsWith(PENDING));
  return events;
}

/** The event of one command, checked against the stream but not yet against the timeline. */
function decideAlone(given: ChildCommand, state: ChildState): ChildEvent {
  const command =
    given.type === 'UpdateChildDetails' && state.registered ? wholeDetailsChange(given, state) : given;
  const today = todayOf(command.metadata?.now);
  if (command.type === 'RegisterChild') {
    if (state.registered) {
      throw new DomainError(
        DomainErrorCode.CHILD_ALREADY_REGISTERED,
        `Child ${state.childId} is already registered`,
        'childId',
        { childId: state.childId },
      );
    }
  } else if (!state.registered) {
    throw new DomainError(DomainErrorCode.CHILD_NOT_FOUND, `${command.type}: the child is not registered`);
  }
  checkCommandInput(command, today);
  if (command.type === 'UpdateChildDetails' && command.data.childId !== state.childId) {
    throw new DomainError(
      DomainErrorCode.CHILD_ID_MISMATCH,
      `UpdateChildDetails: the child id does not match child ${state.childId}`,
      'childId',
      { childId: state.childId },
    );
  }
  return command.type === 'VoidEntry' ? voidEntry(command, state) : eventOfCommand(command);
}

function voidEntry(command: VoidEntry, state: ChildState): EntryVoided {
  const { eventId, reason } = command.data;
  const fail = (code: DomainErrorCode, what: string): never => {
    throw new DomainError(code, `VoidEntry: entry ${eventId} ${what}`, 'eventId', {
      childId: state.childId,
      eventId,
    });
  };
  if (state.voidedIds.has(eventId)) fail(DomainErrorCode.CORRECTION_ALREADY_VOIDED, 'is already voided');
  if (eventId === state.registrationId) {
    fail(DomainErrorCode.CORRECTION_NOT_VOIDABLE, 'is the registration; correct details with an update');
  }
  if (state.voidIds.has(eventId)) {
    fail(DomainErrorCode.CORRECTION_NOT_VOIDABLE, 'is a void; record the fact again instead');
  }
  const target = state.facts.find((fact) => fact.id === eventId);
  if (!target) return fail(DomainErrorCode.CORRECTION_ENTRY_NOT_FOUND, "is not in this child's stream");
  return {
    type: 'EntryVoided',
    data: { effectiveDate: target.event.data.effectiveDate, eventId, reason },
  };
}
