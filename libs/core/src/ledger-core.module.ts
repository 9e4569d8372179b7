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
import { ExecuteChildCommandHandler } from './commands/execute-child-command/execute-child-command.handler';
import { GetChildHistoryHandler } from './queries/child-history/get-child-history.handler';
import { GetLedgerStatusHandler } from './queries/ledger-status/get-ledger-status.handler';
import { EVENT_STORE, eventStoreProvider } from './store/event-store.provider';
import { ChildCommandExecutor } from './write/child-command-executor';
import { ReadModelsService } from './read-models/read-models.service';
import { Ssda903Importer } from './ssda903/ssda903-importer';
import { GetMeasuresHandler, GetMeasuresSeriesHandler } from './queries/measures/get-measures.handler';
import { ListChildrenHandler } from './queries/children/list-children.handler';
import { GetChildTimelineHandler } from './queries/child-timeline/get-child-timeline.handler';
import { GetAnnexAListHandler } from './queries/annex-a/get-annex-a-list.handler';
import { auditProviders } from './audit/audit.providers';
import { GetFigureChildrenHandler } from './queries/figure-children/get-figure-children.handler';
import { GetForecastBacktestHandler, GetForecastHandler } from './queries/forecast/get-forecast.handler';
import { ForecastRunner } from './queries/forecast/forecast-runner';
import { GetDataQualityHandler } from './queries/data-quality/get-data-quality.handler';

const commandHandlers = [ExecuteChildCommandHandler];
const queryHandlers = [
  GetChildHistoryHandler,
  GetChildTimelineHandler,
  GetLedgerStatusHandler,
  GetMeasuresHandler,
  GetMeasuresSeriesHandler,
  ListChildrenHandler,
  GetAnnexAListHandler,
  GetFigureChildrenHandler,
  GetForecastHandler,
  GetForecastBacktestHandler,
  GetDataQualityHandler,
];

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
