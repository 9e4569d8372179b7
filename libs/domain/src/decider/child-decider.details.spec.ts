import type { ChildCommand, ChildDetailsChange } from '../commands';
import { DeciderSpecification, detailsUpdated, NOW, registered, stream, voided } from '../testing';
import { childDecider } from './child-decider';

const spec = DeciderSpecification.for(childDecider);

/** A change of some details only, as `POST /children/{id}/details` sends it. */
const change = (data: Omit<ChildDetailsChange, 'childId'>): ChildCommand => ({
  type: 'UpdateChildDetails',
  data: { childId: 'C001', partial: true, ...data },
  metadata: { now: NOW },
});

describe('child decider: a change of some details', () => {
  it('records the whole details from that day: the fields given, the others as they stood', () => {
    spec(stream(registered({ homePostcode: 'DT1 1AA', ethnicity: 'WBRI' })))
      .when(change({ effectiveDate: '2024-05-01', homePostcode: 'DT4 8CD' }))
      .then([detailsUpdated('2024-05-01', { homePostcode: 'DT4 8CD', ethnicity: 'WBRI' })]);
  });

  it('keeps what stood on its own day, not a later update', () => {
    const history = stream(
      registered({ homePostcode: 'DT1 1AA' }),
      detailsUpdated('2024-01-01', { homePostcode: 'BH1 1AA', uasc: true }),
      detailsUpdated('2025-01-01', { homePostcode: 'SP1 1AA', uasc: true, ethnicity: 'WIRI' }),
    );
    spec(history)
      .when(change({ effectiveDate: '2024-06-01', upn: 'UN2' }))
      .then([detailsUpdated('2024-06-01', { homePostcode: 'BH1 1AA', uasc: true, upn: 'UN2' })]);
  });

  it('leaves a voided update out of what stood', () => {
    const history = stream(
      registered({ homePostcode: 'DT1 1AA' }),
      detailsUpdated('2024-01-01', { homePostcode: 'BH1 1AA' }),
      voided('e2', '2024-01-01'),
    );
    spec(history)
      .when(change({ effectiveDate: '2024-06-01', sex: 'M' }))
      .then([detailsUpdated('2024-06-01', { homePostcode: 'DT1 1AA', sex: 'M' })]);
  });

  it('clears an optional field given as null; a required one given as null is refused', () => {
    spec(stream(registered({ homePostcode: 'DT1 1AA' })))
      .when(change({ effectiveDate: '2024-05-01', homePostcode: null }))
      .then([detailsUpdated('2024-05-01')]);
    spec(stream(registered()))
      .when(change({ effectiveDate: '2024-05-01', sex: null }))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });

  it('without partial (the importer), the details given replace the details whole', () => {
    spec(stream(registered({ homePostcode: 'DT1 1AA', upn: 'UN1' })))
      .when({
        type: 'UpdateChildDetails',
        data: { childId: 'C001', ...detailsUpdated('2024-05-01').data },
        metadata: { now: NOW },
      })
      .then([detailsUpdated('2024-05-01')]);
  });

  it('refuses a change that gives no detail', () => {
    spec(stream(registered()))
      .when(change({ effectiveDate: '2024-05-01' }))
      .thenThrows('VALIDATION.INVALID_VALUE');
  });
});
