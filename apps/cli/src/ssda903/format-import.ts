import { type ImportSummary } from '@ledger/core';
import { ROW_ERROR_KIND_LABELS, type RowErrorKind } from '@ledger/ssda903';

/** The import's summary as a person reads it; the first errors with file, line, column and reason. */
export function formatImportSummary(s: ImportSummary): string {
  if (s.fileErrors.length > 0) {
    return [
      'Nothing was imported: these files are not 903 tables.',
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
    lines.push(`Errors (${s.rowErrors.length}; --errors FILE writes them all as CSV):`);
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
