/**
 * What is wrong with a ledger file, so that each shell can answer in one line (the CLI with a
 * stable exit status, the API at start-up):
 * - `missing`: no file at the path (read commands never create one);
 * - `folder`: the path is a folder;
 * - `not-sqlite`: the file is not a SQLite database;
 * - `not-ledger`: a SQLite database without the ledger's tables;
 * - `newer-schema`: written by a newer version of the ledger;
 * - `read-only`: the file or its folder cannot be written, and the command writes;
 * - `cannot-create`: the file or its folder could not be created.
 */
export type LedgerFileProblem =
  'missing' | 'folder' | 'not-sqlite' | 'not-ledger' | 'newer-schema' | 'read-only' | 'cannot-create';

/** A ledger file that cannot be opened as asked; the message is one line naming the file. */
export class LedgerFileError extends Error {
  readonly code: string;
  constructor(
    readonly problem: LedgerFileProblem,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'LedgerFileError';
    this.code = `LEDGER.${problem.toUpperCase().replace(/-/g, '_')}`;
  }
}
