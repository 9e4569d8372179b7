import { type EventStore } from '@ledger/event-store';
import {
  type DynamicModule,
  Inject,
  Module,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { Clock, SystemClock } from './clock/clock';
import { configProvider, LEDGER_CONFIG } from './config/config.provider';
import { type LedgerConfig } from './config/ledger-config';
import { EVENT_STORE, eventStoreProvider } from './store/event-store.provider';
import { ChildCommandExecutor } from './write/child-command-executor';
import { ReadModelsService } from './read-models/read-models.service';
import { Ssda903Importer } from './ssda903/ssda903-importer';
import { auditProviders } from './audit/audit.providers';
import { ForecastRunner } from './queries/get-forecast/forecast-runner';
import { commandHandlers, queryHandlers } from './handlers';

const writePath: Provider[] = [
  {
    provide: Ssda903Importer,
    inject: [EVENT_STORE, Clock, ChildCommandExecutor],
    useFactory: (store: EventStore, clock: Clock, executor: ChildCommandExecutor) =>
      new Ssda903Importer(store, clock, executor),
  },
  {
    provide: ChildCommandExecutor,
    inject: [EVENT_STORE, Clock, LEDGER_CONFIG],
    useFactory: (store: EventStore, clock: Clock, config: LedgerConfig) =>
      new ChildCommandExecutor(store, clock, config.commandRetries),
  },
];

export interface LedgerCoreOptions {
  readonly config: LedgerConfig;
  /** Replaces the system clock (tests). */
  readonly clock?: Clock;
}

/**
 * The core shared by the API and the CLI (immich's pattern): the same providers,
 * whichever shell runs them.
 */
@Module({})
export class LedgerCoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readModels: ReadModelsService,
  ) {}

  static forRoot(options: LedgerCoreOptions): DynamicModule {
    return {
      module: LedgerCoreModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        configProvider(options.config),
        { provide: Clock, useValue: options.clock ?? new SystemClock() },
        eventStoreProvider,
        ...writePath,
        ReadModelsService,
        ForecastRunner,
        ...auditProviders,
        ...commandHandlers,
        ...queryHandlers,
      ],
      exports: [
        LEDGER_CONFIG,
        Clock,
        EVENT_STORE,
        ChildCommandExecutor,
        Ssda903Importer,
        ReadModelsService,
        ...auditProviders,
        CqrsModule,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.readModels.stop();
    await this.store.close();
  }
}
