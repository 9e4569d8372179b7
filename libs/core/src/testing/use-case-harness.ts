import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type Command, CommandBus, type Query, QueryBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportYear, generateAuthority, writeReturn } from '@ledger/ssda903';
import { ExecuteChildCommand } from '../commands/execute-child-command/execute-child-command.command';
import { loadConfig } from '../config/ledger-config';
import { LedgerCoreModule } from '../ledger-core.module';
import { type ChildCommandInput, type ExecutionResult } from '../write/decide-change';

export const AUTHORITY = 'E06000059';

/** The core module on a ledger of its own, reached as the shells reach it: over the two buses. */
export interface UseCaseHarness {
  /** The folder holding the ledger, its audit key and checkpoints (removed on close). */
  readonly dir: string;
  command<R>(message: Command<R>): Promise<R>;
  query<R>(message: Query<R>): Promise<R>;
  /** Records a child's commands over the CommandBus, as the API does (source `api`, key `key`). */
  record(childId: string, commands: ChildCommandInput[], key?: string): Promise<ExecutionResult>;
  close(): Promise<void>;
}

/**
 * Opens the core module on a new SQLite ledger in a temporary folder (`env` as the process
 * environment would give it), for a use case's own tests.
 */
export async function openUseCases(env: Record<string, string> = {}): Promise<UseCaseHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-use-case-'));
  const config = loadConfig({ LEDGER_RECORDED_BY: 'tester', ...env }, { db: join(dir, 'ledger.db') });
  const app: INestApplicationContext = await NestFactory.createApplicationContext(
    LedgerCoreModule.forRoot({ config }),
    { logger: ['error'] },
  );
  const commandBus = app.get(CommandBus);
  const queryBus = app.get(QueryBus);
  let keys = 0;
  return {
    dir,
    command: (message) => commandBus.execute(message),
    query: (message) => queryBus.execute(message),
    record: (childId, commands, key = `key-${++keys}`) =>
      commandBus.execute(
        new ExecuteChildCommand(childId, commands, {
          commandId: key,
          correlationId: `correlation-${key}`,
          recordedBy: 'tester',
          source: 'api',
        }),
      ),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A child registered on its date of birth. */
export const registerChild = (childId: string, dateOfBirth = '2012-01-01'): ChildCommandInput => ({
  type: 'RegisterChild',
  data: {
    childId,
    dateOfBirth,
    sex: 'F',
    responsibleAuthority: AUTHORITY,
    uasc: false,
    homePostcode: 'DT1 1AA',
  },
});

/** Into care in foster care (U4) with carer `carerId`. */
export const startCare = (effectiveDate: string, carerId = 'FC-1'): ChildCommandInput => ({
  type: 'StartCare',
  data: {
    effectiveDate,
    legalStatus: 'C2',
    categoryOfNeed: 'N1',
    placement: { type: 'U4', provider: 'PR1', carerId, postcode: 'DT2 7AB' },
  },
});

/** A move to carer `carerId` (a new placement) at the carer's request. */
export const movePlacement = (effectiveDate: string, carerId: string): ChildCommandInput => ({
  type: 'MovePlacement',
  data: {
    effectiveDate,
    carerChanged: true,
    reason: 'CREQO',
    placement: { type: 'U4', provider: 'PR1', carerId, postcode: 'DT4 8CD' },
  },
});

/** A child in care from 2020-05-01 who had three placements (two moves) in 2020-21. */
export const threePlacements = (childId: string): ChildCommandInput[] => [
  registerChild(childId),
  startCare('2020-05-01'),
  movePlacement('2020-08-01', 'FC-2'),
  movePlacement('2020-11-01', 'FC-3'),
];

/** The 2020-21 window (a collection year): the children above are counted in it. */
export const YEAR_2020_21 = { from: '2020-04-01', to: '2021-03-31' } as const;

/**
 * Writes the 903 returns of a small generated authority into `dir` (one folder of CSVs, a file
 * per table and year), for the use cases that read returns.
 * @returns how many children the returns hold.
 */
export async function writeGeneratedReturns(dir: string, children = 6, years = 1): Promise<number> {
  const authority = generateAuthority({ children, seed: 7, years, authority: AUTHORITY });
  for (const year of authority.years) await writeReturn(dir, year, exportYear(year, authority.records));
  return authority.records.length;
}
