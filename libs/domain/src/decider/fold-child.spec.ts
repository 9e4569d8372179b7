import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ChildEvent } from '../events';
import { careStarted, detailsUpdated, moved, registered, stream, voided } from '../testing/child-fixtures';
import { evolveChild, initialChildState } from './child-state';
import { foldChild } from './fold-child';

const byEvolve = (events: Parameters<typeof foldChild>[0]) => events.reduce(evolveChild, initialChildState());
const day = (n: number) => new Date(Date.UTC(2010, 0, 1 + n)).toISOString().slice(0, 10);

describe('folding a stream once', () => {
  it('equals folding it event by event, on a 2,000-event stream with voids and details changes', () => {
    const events: ChildEvent[] = [registered(), careStarted('2010-01-01')];
    for (let i = 1; events.length < 2_000; i++) {
      if (i % 7 === 0) events.push(voided(`e${events.length}`, day(i)));
      else if (i % 11 === 0) events.push(detailsUpdated(day(i), { homePostcode: `DT${i % 9} 1AA` }));
      else events.push(moved(day(i), 'U4', i % 2 === 0));
    }
    const all = stream(...events);
    const folded = foldChild(all);
    expect(folded).toEqual(byEvolve(all));
    expect(folded.facts.length).toBeLessThan(all.length);
  });

  it('equals folding event by event for any mix of facts, voids and details updates', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), day: fc.nat(3000) }),
      fc.record({ kind: fc.constant('details' as const), day: fc.nat(3000) }),
      fc.record({ kind: fc.constant('void' as const), target: fc.nat(60) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.boolean(), (steps, register) => {
        const events: ChildEvent[] = register ? [registered()] : [];
        for (const s of steps) {
          if (s.kind === 'move') events.push(moved(day(s.day), 'U4'));
          else if (s.kind === 'details') events.push(detailsUpdated(day(s.day), { homePostcode: 'DT2 2BB' }));
          else if (events.length > 0) events.push(voided(`e${1 + (s.target % events.length)}`, day(1)));
        }
        const all = stream(...events);
        expect(foldChild(all)).toEqual(byEvolve(all));
      }),
    );
  });
});
