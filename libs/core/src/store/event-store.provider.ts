import { type EventStore } from '@ledger/event-store';
import { type Provider } from '@nestjs/common';
import { type LedgerConfig } from '../config/ledger-config';
import { LEDGER_CONFIG } from '../config/config.provider';
import { Clock } from '../clock/clock';
import { openEventStore } from './open-event-store';

export const EVENT_STORE = Symbol('EVENT_STORE');

export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [LEDGER_CONFIG, Clock],
  useFactory: (config: LedgerConfig, clock: Clock): EventStore =>
    openEventStore(config.store, clock, config.readOnly),
};
