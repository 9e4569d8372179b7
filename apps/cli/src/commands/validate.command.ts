import { dataQualityCsv, GetDataQualityQuery } from '@ledger/core';
import { isCollectionYear, type ValidationReport } from '@ledger/ssda903';
import { type Command, InvalidArgumentError } from 'commander';
import { writeFile } from 'node:fs/promises';
import { query } from '../core-context';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      "Check a collection year's data against the DfE's 903 validation rules before the return goes",
    )
    .requiredOption('--year <year>', 'the collection year, e.g. 2023-24', (value: string) => {
      if (!isCollectionYear(value)) throw new InvalidArgumentError('expected a collection year like 2023-24');
      return value;
    })
    .option('--json', 'print { year, rules, failures } as JSON')
    .option('--out <file>', 'also write the failures as CSV')
    .option('--db <file>', 'embedded store file')
    .action(async (options: { year: string; json?: boolean; out?: string; db?: string }) => {
      const report = await query({ db: options.db, readOnly: true }, new GetDataQualityQuery(options.year));
      if (options.out) await writeFile(options.out, dataQualityCsv(report), 'utf8');
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else printReport(report, options.out);
      // Failures are findings to fix, not a failure of the command: exit 0 either way.
    });
}

function printReport(report: ValidationReport, out: string | undefined): void {
  const children = new Set(report.failures.map((f) => f.childId)).size;
  console.log(
    `${report.year}: ${report.rules.length} DfE rules checked, ${report.failures.length} failures for ${children} children`,
  );
  const byRule = new Map<string, number>();
  for (const f of report.failures) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  for (const rule of report.rules) {
    const count = byRule.get(rule.code);
    if (count) console.log(`  ${rule.code.padEnd(6)} ${String(count).padStart(5)}  ${rule.message}`);
  }
  if (out) console.log(`Failures written to ${out}`);
}
