import { FillDemoCommand } from '@ledger/core';
import { type Command, InvalidArgumentError } from 'commander';
import { command } from '../core-context';
import { progressBar } from '../progress';

const wholeNumber = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
  return n;
};

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Fill an empty ledger with a realistic generated authority, through the import path')
    .option(
      '--children <n>',
      'about how many children are looked after on any day (national scale: 80000)',
      wholeNumber(1, 200_000),
      450,
    )
    .option(
      '--seed <n>',
      'the generator seed: the same seed gives the same authority',
      wholeNumber(0, 2 ** 31),
      1,
    )
    .option('--years <n>', 'how many yearly returns, ending 2024-25', wholeNumber(1, 20), 10)
    .option('--authority <code>', "the responsible authority's code", 'E06000059')
    .option('--db <file>', 'embedded store file')
    .action(
      async (options: { children: number; seed: number; years: number; authority: string; db?: string }) => {
        const bar = progressBar('Generating and importing', true);
        const summaries = await command(
          { db: options.db },
          new FillDemoCommand({ ...options, onProgress: (d, t) => bar.update(d, t) }),
        );
        bar.stop();
        const total = (pick: (s: (typeof summaries)[number]) => number) =>
          summaries.reduce((sum, s) => sum + pick(s), 0);
        const seconds = total((s) => s.elapsedMs) / 1000;
        console.log(
          `Demo authority ${options.authority}: ${total((s) => s.children.imported)} children, ${total((s) => s.events)} events ` +
            `in ${seconds.toFixed(1)} s (${total((s) => s.children.skipped)} skipped).\n` +
            'Try: npm start, then http://127.0.0.1:3000/measures?from=2023-04-01&to=2024-03-31',
        );
        if (total((s) => s.children.skipped) > 0) process.exitCode = 1;
      },
    );
}
