import { EVENT_CATALOGUE } from './catalogue';
import { childEventUpcaster, EventUpcaster, type EventVersions, UPCASTERS } from './upcasting';

/** The catalogue with StayingPutStarted at version 3: one carer id became a list, then gained a source. */
const versions: EventVersions = { ...EVENT_CATALOGUE, StayingPutStarted: { schemaVersion: 3 } };
const chains = {
  StayingPutStarted: [
    ({ carerId, ...rest }: Record<string, unknown>) => ({ ...rest, carers: carerId ? [carerId] : [] }),
    (data: Record<string, unknown>) => ({ ...data, agreedBy: 'unknown' }),
  ],
};

describe('EventUpcaster', () => {
  const upcaster = new EventUpcaster(versions, chains);

  it('runs an old payload through every upcaster from its version to the current one, in order', () => {
    expect(upcaster.upcast('StayingPutStarted', 1, { effectiveDate: '2024-05-01', carerId: 'FC-1' })).toEqual(
      {
        effectiveDate: '2024-05-01',
        carers: ['FC-1'],
        agreedBy: 'unknown',
      },
    );
    expect(upcaster.upcast('StayingPutStarted', 2, { effectiveDate: '2024-05-01', carers: [] })).toEqual({
      effectiveDate: '2024-05-01',
      carers: [],
      agreedBy: 'unknown',
    });
  });

  it('leaves a payload at the current version as it is', () => {
    const current = { effectiveDate: '2024-05-01', carers: ['FC-2'], agreedBy: 'sw-1' };
    expect(upcaster.upcast('StayingPutStarted', 3, current)).toEqual(current);
    expect(upcaster.upcast('CareEnded', 1, { effectiveDate: '2024-05-01', reason: 'E17' })).toEqual({
      effectiveDate: '2024-05-01',
      reason: 'E17',
    });
  });

  it('cannot read a version newer than it knows, nor one that is not a version', () => {
    expect(upcaster.upcast('StayingPutStarted', 4, {})).toBeUndefined();
    expect(upcaster.upcast('CareEnded', 2, {})).toBeUndefined();
    expect(upcaster.upcast('CareEnded', 0, {})).toBeUndefined();
    expect(upcaster.upcast('CareEnded', 1.5, {})).toBeUndefined();
  });

  it('refuses a catalogue and upcasters that disagree, naming the event', () => {
    expect(
      () => new EventUpcaster(versions, { StayingPutStarted: chains.StayingPutStarted.slice(1) }),
    ).toThrow('StayingPutStarted is at schema version 3 and needs 2 upcaster(s), not 1');
    expect(() => new EventUpcaster(EVENT_CATALOGUE, chains)).toThrow('StayingPutStarted');
  });

  it("agrees with the ledger's own catalogue", () => {
    expect(new EventUpcaster(EVENT_CATALOGUE, UPCASTERS).currentVersion('CareStarted')).toBe(
      EVENT_CATALOGUE.CareStarted.schemaVersion,
    );
    expect(childEventUpcaster.currentVersion('EntryVoided')).toBe(EVENT_CATALOGUE.EntryVoided.schemaVersion);
  });
});
