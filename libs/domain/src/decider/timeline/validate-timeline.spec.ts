import type { ChildEvent } from '../../events';
import {
  careEnded,
  careStarted,
  DATE_OF_BIRTH,
  legalStatusChanged,
  moved,
  registered,
  temporaryEnded,
  temporaryStarted,
} from '../../testing';
import { orderTimeline, type TimelineEvent, type TimelineFact } from './timeline-fact';
import { findTimelineViolations, validateTimeline } from './validate-timeline';

const facts = (...events: ChildEvent[]): TimelineFact[] =>
  events.map((event, index) => ({ id: `f${index + 1}`, event: event as TimelineEvent }));
const born = { dateOfBirth: DATE_OF_BIRTH };

describe('validateTimeline', () => {
  it('accepts a consistent timeline given in any order', () => {
    const timeline = facts(
      careEnded('2021-01-01'),
      moved('2020-06-01', 'K2'),
      registered(),
      temporaryEnded('2020-03-10'),
      careStarted('2020-01-01'),
      temporaryStarted('2020-03-01'),
    );
    expect(validateTimeline(born, timeline)).toBeNull();
  });

  it('orders same-day facts by rank, then by stream order', () => {
    const timeline = facts(
      careEnded('2020-05-01'),
      moved('2020-05-01', 'R1'),
      moved('2020-05-01', 'K2'),
      legalStatusChanged('2020-05-01', 'E1'),
      careStarted('2020-01-01'),
    );
    expect(orderTimeline(timeline).map((fact) => fact.id)).toEqual(['f5', 'f4', 'f2', 'f3', 'f1']);
  });

  it('returns the first violation with the fact it is about', () => {
    const timeline = facts(careStarted('2020-01-01'), moved('2019-01-01', 'K2'));
    expect(validateTimeline(born, timeline)).toMatchObject({
      factId: 'f2',
      code: 'DATE.BEFORE_CARE',
      field: 'effectiveDate',
      message: 'PlacementMoved on 2019-01-01: the date is before the period of care starting on 2020-01-01',
    });
  });

  it('reports each bad fact once and judges later facts without it', () => {
    const timeline = facts(
      careStarted('2020-01-01'),
      careStarted('2020-02-01'), // already in care: left out of the replay
      careEnded('2020-03-01'),
      moved('2020-04-01', 'K2'), // between periods: before the next one
      careStarted('2020-05-01'),
    );
    expect(findTimelineViolations(born, timeline).map((v) => [v.factId, v.code])).toEqual([
      ['f2', 'CARE.ALREADY_IN_CARE'],
      ['f4', 'DATE.BEFORE_CARE'],
    ]);
  });

  it('calls a start on the day the period ends a same-day restart, whatever the recording order', () => {
    const timeline = facts(careStarted('2020-01-01'), careStarted('2021-01-01'), careEnded('2021-01-01'));
    expect(validateTimeline(born, timeline)?.code).toBe('CARE.RESTART_SAME_DAY');
  });

  it('refuses facts after today when asked to', () => {
    const timeline = facts(careStarted('2020-01-01'));
    expect(validateTimeline(born, timeline, { today: '2020-01-01' })).toBeNull();
    expect(validateTimeline(born, timeline, { today: '2019-12-31' })?.code).toBe('DATE.IN_FUTURE');
  });

  it('checks dates against the date of birth it is given', () => {
    const timeline = facts(registered(), careStarted('2009-01-01'));
    expect(validateTimeline({ dateOfBirth: '2009-01-02' }, timeline)?.code).toBe('DATE.BEFORE_BIRTH');
  });
});
