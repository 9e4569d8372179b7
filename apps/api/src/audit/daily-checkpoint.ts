import { GetLastCheckpointTimeQuery, TakeCheckpointCommand } from '@ledger/core';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';

const DAY_MS = 24 * 60 * 60 * 1000;
const LOOK_EVERY_MS = 60 * 60 * 1000;

/**
 * While the server runs, a checkpoint is taken whenever the last one is a day old or there is
 * none (looked at hourly, first an hour after start: a server started for a moment, as in
 * tests, appends nothing), so that a day's events are never left unsigned for long.
 */
@Injectable()
export class DailyCheckpoint implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DailyCheckpoint');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.lookNow(), LOOK_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Takes the day's checkpoint if it is due. */
  lookNow(now = Date.now()): Promise<void> {
    this.running ??= (async () => {
      try {
        const last = await this.queryBus.execute(new GetLastCheckpointTimeQuery());
        if (last === undefined || now - Date.parse(last) >= DAY_MS) {
          const taken = await this.commandBus.execute(new TakeCheckpointCommand('daily', 'ledger'));
          this.logger.log(
            `Checkpoint ${taken.sequence} at position ${taken.position} written to ${taken.file}`,
          );
        }
      } catch (error) {
        this.logger.error(`The daily checkpoint failed: ${(error as Error).message}`);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
