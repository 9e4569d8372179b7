import type { DomainError } from '../errors';
import {
  adoptionDecision,
  adoptionMatched,
  adoptionReversed,
  careEnded,
  careStarted,
  command,
  contactRecorded,
  DeciderSpecification,
  legalStatusChanged,
  moved,
  registered,
  stayingPutEnded,
  stayingPutStarted,
  stream,
  voided,
} from '../testing';
import { childDecider } from './child-decider';

const spec = DeciderSpecification.for(childDecider);
const child = () => stream(registered());
const inCare = () => stream(registered(), careStarted('2020-01-01'));
/** In foster care (U4) until the 18th birthday, 2026-03-10. */
const leftFosterCareAt18 = () => stream(...inCare(), careEnded('2026-03-10', 'E17'));
const stayingPut = () => stream(...leftFosterCareAt18(), stayingPutStarted('2026-03-10'));

describe('child decider: Staying Put', () => {
  it('starts on the day foster care ended at 18, or later', () => {
    spec(leftFosterCareAt18())
      .when(command(stayingPutStarted('2026-03-10')))
      .then([stayingPutStarted('2026-03-10')]);
    spec(leftFosterCareAt18())
      .when(command(stayingPutStarted('2026-04-01')))
      .then([stayingPutStarted('2026-04-01')]);
  });

  it('refuses a start when the child is not eligible, saying why', () => {
    const notEligible = (given: ReturnType<typeof stream>, reason: string) => {
      const error = spec(given)
        .when(command(stayingPutStarted('2026-04-01')))
        .thenThrows('STAYING_PUT.NOT_ELIGIBLE');
      expect((error as DomainError).details).toMatchObject({ reason });
    };
    notEligible(child(), 'NEVER_LEFT_CARE');
    notEligible(inCare(), 'IN_CARE');
    notEligible(stream(...inCare(), careEnded('2026-03-09', 'E8')), 'LEFT_CARE_UNDER_18');
    notEligible(
      stream(...inCare(), moved('2025-01-01', 'K2'), careEnded('2026-03-10', 'E17')),
      'NOT_IN_FOSTER_PLACEMENT',
    );
    notEligible(stream(...inCare(), careEnded('2026-03-20', 'E2')), 'DIED');
  });

  it('refuses a start dated before care ended', () => {
    spec(leftFosterCareAt18())
      .when(command(stayingPutStarted('2026-03-01')))
      .thenThrows('STAYING_PUT.NOT_ELIGIBLE');
  });

  it('refuses a second arrangement while one is in progress', () => {
    spec(stayingPut())
      .when(command(stayingPutStarted('2026-04-01')))
      .thenThrows('STAYING_PUT.ALREADY_ACTIVE');
  });

  it('ends an arrangement, and refuses an end without one', () => {
    spec(stayingPut())
      .when(command(stayingPutEnded('2026-05-01')))
      .then([stayingPutEnded('2026-05-01')]);
    spec(leftFosterCareAt18())
      .when(command(stayingPutEnded('2026-05-01')))
      .thenThrows('STAYING_PUT.NONE_ACTIVE');
  });
});

describe('child decider: care leaver contacts', () => {
  const leftCare = () => stream(...inCare(), careEnded('2021-01-01'));

  it('records a contact after leaving care, including on the day care ended', () => {
    spec(leftCare())
      .when(command(contactRecorded('2021-06-01')))
      .then([contactRecorded('2021-06-01')]);
    spec(leftCare())
      .when(command(contactRecorded('2021-01-01')))
      .then([contactRecorded('2021-01-01')]);
  });

  it('refuses a contact on a day the child is looked after, naming the start of care', () => {
    const error = spec(inCare())
      .when(command(contactRecorded('2021-06-01')))
      .thenThrows('CARE_LEAVER.STILL_IN_CARE');
    expect((error as DomainError).details).toMatchObject({ careStartedOn: '2020-01-01' });
    spec(leftCare())
      .when(command(contactRecorded('2020-06-01')))
      .thenThrows('CARE_LEAVER.STILL_IN_CARE');
    spec(inCare())
      .when(command(contactRecorded('2020-01-01')))
      .thenThrows('CARE_LEAVER.STILL_IN_CARE');
  });

  it('records a contact for a young person whose care lies before anything the ledger holds', () => {
    spec(child())
      .when(command(contactRecorded('2025-03-10')))
      .then([contactRecorded('2025-03-10')]);
    // Left care before the ledger's history starts, then looked after again later.
    spec(inCare())
      .when(command(contactRecorded('2019-06-01')))
      .then([contactRecorded('2019-06-01')]);
  });

  it('refuses a back-dated period of care that would cover a recorded contact', () => {
    spec(stream(registered(), contactRecorded('2025-03-10')))
      .when(command(careStarted('2025-01-01')))
      .thenThrows('TIMELINE.BACKDATED_CONFLICT');
  });

  it('needs activity and accommodation 0 with DIED or RHOM, and neither 0 with YES', () => {
    const refused = ['DIED', 'RHOM'].map((inTouch) =>
      contactRecorded('2021-06-01', inTouch as 'DIED', 'G5', 'B1'),
    );
    refused.push(
      contactRecorded('2021-06-01', 'YES', '0', 'B1'),
      contactRecorded('2021-06-01', 'YES', 'F2', '0'),
    );
    for (const contact of refused) {
      spec(leftCare()).when(command(contact)).thenThrows('CARE_LEAVER.INCONSISTENT_CODES');
    }
    for (const contact of [
      contactRecorded('2021-06-01', 'RHOM', '0', '0'),
      contactRecorded('2021-06-01', 'NO', '0', '0'),
      contactRecorded('2021-06-01', 'NO', 'G5', 'R2'),
    ]) {
      spec(leftCare()).when(command(contact)).then([contact]);
    }
  });

  it('refuses codes on days they are not valid, and codes on no list', () => {
    const f3 = (date: string) => contactRecorded(date, 'YES', 'F3', 'U1');
    spec(leftCare())
      .when(command(f3('2022-03-31')))
      .then([f3('2022-03-31')]);
    spec(leftCare())
      .when(command(f3('2022-04-01')))
      .thenThrows('CARE_LEAVER.CODE_NOT_VALID_ON_DATE');
    spec(leftCare())
      .when(command(contactRecorded('2021-06-01', 'YES', 'F2', 'S1' as never)))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });
});

describe('child decider: adoption', () => {
  const decided = () => stream(...inCare(), adoptionDecision('2020-03-01'));

  it('records a decision while in care, and refuses one when not in care', () => {
    spec(inCare())
      .when(command(adoptionDecision('2020-03-01')))
      .then([adoptionDecision('2020-03-01')]);
    spec(child())
      .when(command(adoptionDecision('2020-03-01')))
      .thenThrows('ADOPTION.DECISION_NOT_IN_CARE');
    const leftCare = stream(...inCare(), careEnded('2021-01-01'));
    spec(leftCare)
      .when(command(adoptionDecision('2021-02-01')))
      .thenThrows('ADOPTION.DECISION_NOT_IN_CARE');
    // Between two periods the ledger holds: not care older than its history.
    spec(stream(...leftCare, careStarted('2022-01-01')))
      .when(command(adoptionDecision('2021-02-01')))
      .thenThrows('ADOPTION.DECISION_NOT_IN_CARE');
  });

  it('records a decision before the first period of care held, as care older than the ledger', () => {
    spec(inCare())
      .when(command(adoptionDecision('2019-03-01')))
      .then([adoptionDecision('2019-03-01')]);
    // It stands into that period: a match before the period starts, and a second decision in it.
    spec(stream(...inCare(), adoptionDecision('2019-03-01')))
      .when(command(adoptionMatched('2019-10-01')))
      .then([adoptionMatched('2019-10-01')]);
    spec(stream(...inCare(), adoptionDecision('2019-03-01')))
      .when(command(adoptionDecision('2020-03-01')))
      .thenThrows('ADOPTION.DECISION_ALREADY_ACTIVE');
  });

  it('refuses a void of the only period of care after a decision made before it', () => {
    const start = careStarted('2020-01-01');
    const given = stream(registered(), start, adoptionDecision('2019-03-01'));
    spec(given)
      .when(command(voided(given[1].id, '2020-01-01')))
      .thenThrows('CORRECTION.WOULD_BREAK_TIMELINE');
  });

  it('refuses a second decision while one stands, and accepts one after a reversal', () => {
    spec(decided())
      .when(command(adoptionDecision('2020-04-01')))
      .thenThrows('ADOPTION.DECISION_ALREADY_ACTIVE');
    spec(stream(...decided(), adoptionReversed('2020-05-01')))
      .when(command(adoptionDecision('2020-06-01')))
      .then([adoptionDecision('2020-06-01')]);
  });

  it('records a match, on the day of the decision too, and refuses one without a decision', () => {
    spec(decided())
      .when(command(adoptionMatched('2020-03-01')))
      .then([adoptionMatched('2020-03-01')]);
    spec(inCare())
      .when(command(adoptionMatched('2020-03-01')))
      .thenThrows('ADOPTION.NO_ACTIVE_DECISION');
    spec(decided())
      .when(command(adoptionMatched('2020-02-01')))
      .thenThrows('ADOPTION.NO_ACTIVE_DECISION');
  });

  it('reverses a decision, also after care ended, but not once the child is adopted', () => {
    spec(decided())
      .when(command(adoptionReversed('2020-05-01')))
      .then([adoptionReversed('2020-05-01')]);
    spec(stream(...decided(), careEnded('2021-01-01')))
      .when(command(adoptionReversed('2021-02-01')))
      .then([adoptionReversed('2021-02-01')]);
    const adopted = stream(
      ...decided(),
      legalStatusChanged('2020-04-01', 'E1'),
      moved('2020-05-01', 'A6'),
      careEnded('2021-01-01', 'E11'),
    );
    spec(adopted)
      .when(command(adoptionReversed('2021-02-01')))
      .thenThrows('ADOPTION.NO_ACTIVE_DECISION');
    spec(inCare())
      .when(command(adoptionReversed('2020-05-01')))
      .thenThrows('ADOPTION.NO_ACTIVE_DECISION');
  });
});
