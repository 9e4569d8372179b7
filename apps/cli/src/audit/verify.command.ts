import { type VerifyReport, VerifyLedgerQuery } from '@ledger/core';
import { readFileSync } from 'node:fs';
import { type Command } from 'commander';
import { query } from '../core-context';

const collect = (value: string, previous: string[]) => [...previous, value];

function printReport(report: VerifyReport): void {
  console.log(
    `${report.events} events in ${report.streams} streams up to position ${report.position ?? '(empty)'}; ` +
      `${report.checkpoints} checkpoints in the ledger, ${report.outsideCheckpoints} outside copies; key ${report.keyId ?? '(none found)'}`,
  );
  if (report.ok) {
    console.log('All hold: every chain and every checkpoint verifies.');
    return;
  }
  console.log(`${report.findings.length} findings:`);
  for (const f of report.findings) {
    const where = [
      f.stream,
      f.revision !== null ? `revision ${f.revision}` : null,
      f.position !== null ? `position ${f.position}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    console.log(`  ${f.kind.padEnd(21)} ${where ? `[${where}] ` : ''}${f.message}`);
  }
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      'Recompute every hash chain and checkpoint; check outside copies of checkpoints against the ledger',
    )
    .option('--checkpoint <file>', 'an outside copy of a checkpoint note (repeatable)', collect, [])
    .option(
      '--public-key <file>',
      'the public key the auditor kept (PEM or C2SP verifier key); default: the ledger key file',
    )
    .option('--json', 'print the report as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (options: { checkpoint: string[]; publicKey?: string; json?: boolean; db?: string }) => {
      const outside = options.checkpoint.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
      const publicKey = options.publicKey ? readFileSync(options.publicKey, 'utf8') : undefined;
      const report = await query({ db: options.db }, new VerifyLedgerQuery(outside, publicKey));
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else printReport(report);
      if (!report.ok) process.exitCode = 1;
    });
}
