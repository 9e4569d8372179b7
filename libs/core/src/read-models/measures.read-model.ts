import { type ReadModel } from '@ledger/event-store';
import { MeasuresReadModel } from '@ledger/projections';
import { toLedgerEventRecord } from './ledger-event-records';

/**
 * The measures' read model: every child's events and warm timelines, in memory. It is
 * rebuilt from the log when the ledger starts (reads stream; see the README's figures)
 * rather than saved, since its state is a copy of the log.
 */
export const measuresReadModel: ReadModel<MeasuresReadModel> = {
  name: 'measures',
  version: 1,
  persistent: false,
  initialState: () => new MeasuresReadModel(),
  apply(model, event) {
    const record = toLedgerEventRecord(event);
    if (record) model.apply(record);
    return model;
  },
};
