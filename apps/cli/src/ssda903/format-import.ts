import { type ImportSummary } from '@ledger/core';
import { type FileError, ROW_ERROR_KIND_LABELS, type RowErrorKind } from '@ledger/ssda903';

/** The summary of an import refused before the ledger was opened (no file found, a missing path). */
export function refusedImport(fileErrors: readonly FileError[]): ImportSummary {
  return {
    importId: '',
    years: [],
    files: 0,
    children: { inReturns: 0, imported: 0, unchanged: 0, skipped: 0, withFindings: 0, headerOnly: 0 },
    episodes: 0,
    events: 0,
    voided: 0,
    skippedByReason: {},
    fileErrors,
    rowErrors: [],
    findings: [],
    elapsedMs: 0,
  };
}

/**
 * The import's summary as a person reads it; the first errors with file, line, column and
 * reason. `errorsFile` is where `--errors` wrote them all, when given.
 */
export function formatImportSummary(s: ImportSummary, errorsFile?: string): string {
  if (s.fileErrors.length > 0) {
    return [
      'Nothing was imported; these paths cannot be imported as 903 tables:',
      ...s.fileErrors.map((e) => `  ${e.file}: ${e.reason}`),
    ].join('\n');
  }
  const lines = [
    `Imported ${s.years.join(', ') || 'no'} return(s) from ${s.files} file(s) in ${(s.elapsedMs / 1000).toFixed(1)} s`,
    `  children in the returns  ${s.children.inReturns}`,
    `  imported or amended      ${s.children.imported}`,
    `  already up to date       ${s.children.unchanged}`,
    `  skipped                  ${s.children.skipped}`,
    `  imported with findings   ${s.children.withFindings} (${s.children.headerOnly} in the header only: no episode or OC3 row)`,
    `  episodes                 ${s.episodes}`,
    `  events appended          ${s.events} (${s.voided} earlier entries voided by amendments)`,
  ];
  const reasons = Object.entries(s.skippedByReason);
  if (reasons.length > 0) {
    lines.push('Skipped children, by reason:');
    for (const [kind, n] of reasons)
      lines.push(`  ${n} ${ROW_ERROR_KIND_LABELS[kind as RowErrorKind] ?? kind}`);
  }
  if (s.rowErrors.length > 0) {
    const all = errorsFile ? `all written to ${errorsFile}` : '--errors FILE writes them all as CSV';
    lines.push(`Errors (${s.rowErrors.length}; ${all}):`);
    for (const e of s.rowErrors.slice(0, 20)) {
      lines.push(
        `  ${e.file}:${e.line}${e.column ? ` column ${e.column}` : ''}${e.childId ? ` child ${e.childId}` : ''}: ${e.reason}`,
      );
    }
  }
  if (s.findings.length > 0) {
    lines.push(`Data-quality findings (${s.findings.length}; imported, --errors FILE lists them all):`);
    for (const e of s.findings.slice(0, 10))
      lines.push(
        `  ${e.file}:${e.line}${e.column ? ` column ${e.column}` : ''}${e.childId ? ` child ${e.childId}` : ''}: ${e.reason}`,
      );
  }
  return lines.join('\n');
}
