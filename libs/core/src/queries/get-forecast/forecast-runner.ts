import {
  type Backtest,
  type ChildPath,
  backtestSteps,
  checkOptions,
  childPathsOf,
  forecast,
} from '@ledger/forecast';
import { type AsKnownAt, asKnownAtLabel, type MeasuresReadModel } from '@ledger/projections';
import { type EventStore } from '@ledger/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { ReadModelsService } from '../../read-models/read-models.service';
import { EVENT_STORE } from '../../store/event-store.provider';
import { LEDGER_CONFIG } from '../../config/config.provider';
import { type LedgerConfig } from '../../config/ledger-config';
import { type BacktestRequest } from '../get-forecast-backtest/get-forecast-backtest.query';
import { type ForecastReport, type ForecastRequest } from './get-forecast.query';
import { ledgerKnowledge } from './ledger-knowledge';

/** Backtests kept: each is a few seconds' work, and the same ledger asks the same question. */
const KEPT_BACKTESTS = 8;

/**
 * Forecasts and backtests from the measures' read model (the same timelines as the report).
 * A backtest is kept for the log position it was computed at, so the scores shown beside
 * every forecast cost their work once per change of the ledger.
 */
@Injectable()
export class ForecastRunner {
  private readonly backtests = new Map<string, Promise<Backtest>>();
  private paths: { readonly key: string; readonly paths: readonly ChildPath[] } | undefined;

  constructor(
    private readonly readModels: ReadModelsService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  async forecast(request: ForecastRequest): Promise<ForecastReport> {
    // A bad option is refused before any work.
    checkOptions(request);
    const model = await this.readModels.measures();
    const knowledge = await ledgerKnowledge(this.store, request.asKnownAt);
    const paths = this.pathsOf(model, request.asKnownAt);
    const result = forecast(
      { paths, knowledge, asKnownAt: request.asKnownAt },
      { ...request, dailyCosts: this.config.forecastDailyCosts },
    );
    const scores = await this.backtest({
      asKnownAt: request.asKnownAt,
      referenceMonths: request.referenceMonths,
    });
    return {
      origin: result.origin,
      asKnownAt: result.asKnownAt,
      referenceWindow: result.referenceWindow,
      horizonMonths: result.horizonMonths,
      months: result.months,
      backtest: { horizons: scores.horizons },
      method: result.method,
    };
  }

  /**
   * The children's paths as known at a moment, kept for the latest (moment, log position):
   * repeated forecasts with other options or scenarios do not read every timeline again.
   */
  private pathsOf(model: MeasuresReadModel, asKnownAt: AsKnownAt | undefined): readonly ChildPath[] {
    const key = `${asKnownAtLabel(asKnownAt) ?? 'now'}@${String(model.checkpoint)}`;
    if (this.paths?.key !== key) this.paths = { key, paths: childPathsOf(model.timelines(asKnownAt)) };
    return this.paths.paths;
  }

  async backtest(request: BacktestRequest): Promise<Backtest> {
    checkOptions({ referenceMonths: request.referenceMonths });
    const model = await this.readModels.measures();
    const key = `${asKnownAtLabel(request.asKnownAt) ?? 'now'}@${String(model.checkpoint)}|${request.referenceMonths ?? ''}`;
    let kept = this.backtests.get(key);
    if (!kept) {
      // Kept as a promise: requests arriving while it runs wait for the same work.
      kept = this.run(model, request);
      if (this.backtests.size >= KEPT_BACKTESTS) this.backtests.delete(this.backtests.keys().next().value!);
      this.backtests.set(key, kept);
      kept.catch(() => this.backtests.delete(key));
    }
    return kept;
  }

  private async run(model: MeasuresReadModel, request: BacktestRequest): Promise<Backtest> {
    const knowledge = await ledgerKnowledge(this.store, request.asKnownAt);
    const steps = backtestSteps(
      {
        actual: childPathsOf(model.timelines(request.asKnownAt)),
        knowledge,
        pathsAt: (knownAt) => childPathsOf(model.timelines(knownAt)),
        asKnownAt: request.asKnownAt,
      },
      { referenceMonths: request.referenceMonths },
    );
    // One origin at a time, letting the server answer other requests in between.
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
