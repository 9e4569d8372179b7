import { importFailed, loadConfig, Ssda903Importer } from '@ledger/core';
import { errorReportCsv, loadGazetteer } from '@ledger/ssda903';
import { type Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { withCore } from '../core-context';
import { progressBar } from '../progress';
import { formatImportSummary } from '../ssda903/format-import';

interface ImportOptions {
  authority: string;
  postcodes?: string;
  year?: string;
  errors?: string;
  json?: boolean;
  db?: string;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import SSDA903 returns (CSV files or folders of them), several years at once, amendments as corrections',
    )
    .argument('<paths...>', 'files or folders of 903 CSV files')
    .requiredOption('--authority <code>', "the responsible authority's upper-tier code, e.g. E06000059")
    .option(
      '--postcodes <file>',
      'an ONS Postcode Directory extract (pcds, oseast1m, osnrth1m, laua, utla) to derive location and distance',
    )
    .option(
      '--year <year>',
      'the collection year of every file, e.g. 2023-24 (otherwise from file and folder names)',
    )
    .option('--errors <file>', 'write every error as CSV (file, line, column, child, kind, reason)')
    .option('--json', 'print the summary as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (paths: string[], options: ImportOptions) => {
      const config = loadConfig(process.env, { db: options.db });
      const gazetteer = options.postcodes ? await loadGazetteer(options.postcodes) : undefined;
      const bar = progressBar('Importing', !options.json);
      const summary = await withCore({ db: options.db }, (app) =>
        app.get(Ssda903Importer).importFiles(paths, {
          authority: options.authority,
          gazetteer,
          year: options.year,
          recordedBy: config.defaultRecordedBy,
          onProgress: (done, total) => bar.update(done, total),
        }),
      );
      bar.stop();
      if (options.errors)
        await writeFile(
          options.errors,
          errorReportCsv(summary.fileErrors, summary.rowErrors, summary.findings),
          'utf8',
        );
      console.log(options.json ? JSON.stringify(summary, null, 2) : formatImportSummary(summary));
      if (summary.fileErrors.length > 0) process.exitCode = 2;
      else if (importFailed(summary)) process.exitCode = 1;
    });
}
