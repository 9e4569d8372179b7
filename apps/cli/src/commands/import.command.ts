import { importFailed, ImportReturnsCommand, loadConfig } from '@ledger/core';
import { AUTHORITY_CODE, AUTHORITY_CODE_MESSAGE } from '@ledger/domain';
import {
  type CsvEncoding,
  csvEncodingOf,
  errorReportCsv,
  listCsvFiles,
  loadGazetteer,
} from '@ledger/ssda903';
import { type Command, InvalidArgumentError } from 'commander';
import { writeFile } from 'node:fs/promises';
import { command } from '../core-context';
import { EXIT } from '../exit-codes';
import { progressBar } from '../progress';
import { formatImportSummary, refusedImport } from '../ssda903/format-import';

interface ImportOptions {
  authority: string;
  postcodes?: string;
  year?: string;
  errors?: string;
  encoding: CsvEncoding;
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
    .option(
      '--encoding <name>',
      "the files' encoding: utf-8 (checked: other bytes are reported with line and column) or windows-1252 (also latin1)",
      (value: string) => {
        const encoding = csvEncodingOf(value);
        if (!encoding) throw new InvalidArgumentError('expected utf-8 or windows-1252');
        return encoding;
      },
      'utf-8',
    )
    .option('--json', 'print the summary as JSON only')
    .option('--db <file>', 'embedded store file')
    .action(async (paths: string[], options: ImportOptions) => {
      if (!AUTHORITY_CODE.test(options.authority)) {
        throw new Error(`--authority ${AUTHORITY_CODE_MESSAGE}, got "${options.authority.slice(0, 20)}"`);
      }
      const config = loadConfig(process.env, { db: options.db });
      // A missing path or a folder without CSV files is refused before the ledger is opened:
      // nothing is created or written.
      const listed = await listCsvFiles(paths);
      if (listed.errors.length > 0) {
        const refused = refusedImport(listed.errors);
        console.log(options.json ? JSON.stringify(refused, null, 2) : formatImportSummary(refused));
        process.exitCode = EXIT.INPUT_REFUSED;
        return;
      }
      const gazetteer = options.postcodes ? await loadGazetteer(options.postcodes) : undefined;
      const bar = progressBar('Importing', !options.json);
      const summary = await command(
        { db: options.db },
        new ImportReturnsCommand(paths, {
          authority: options.authority,
          gazetteer,
          year: options.year,
          encoding: options.encoding,
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
      console.log(
        options.json ? JSON.stringify(summary, null, 2) : formatImportSummary(summary, options.errors),
      );
      if (summary.fileErrors.length > 0) process.exitCode = EXIT.INPUT_REFUSED;
      else if (importFailed(summary)) process.exitCode = EXIT.FAILED;
    });
}
