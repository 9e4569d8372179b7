import { ConfigError } from '@ledger/core';
import { LedgerFileError, LedgerReadOnlyError, type LedgerFileProblem } from '@ledger/event-store';

/**
 * The CLI's exit statuses: stable, so scripts can tell what happened (the README's command
 * line section lists them). Every failure also prints one line on standard error, starting
 * `ledger: `, naming the file or setting and what is wrong.
 */
export const EXIT = {
  /** Done. */
  OK: 0,
  /** Done in part (children skipped on import), or an unexpected failure. */
  FAILED: 1,
  /** The input was refused before anything was written: not 903 tables, no 903 file, unreadable bytes. */
  INPUT_REFUSED: 2,
  /** `--db` names no ledger (read commands never create one). */
  NO_LEDGER: 3,
  /** `--db` is a folder, not a SQLite file, not a ledger, or of a newer schema version. */
  NOT_A_LEDGER: 4,
  /** The ledger cannot be written (read-only file, folder or mount, or opened read-only). */
  READ_ONLY: 5,
  /** The ledger's file or folder could not be created. */
  CANNOT_CREATE: 6,
  /** A bad option or setting. */
  BAD_SETTING: 7,
} as const;

const BY_PROBLEM: Readonly<Record<LedgerFileProblem, number>> = {
  missing: EXIT.NO_LEDGER,
  folder: EXIT.NOT_A_LEDGER,
  'not-sqlite': EXIT.NOT_A_LEDGER,
  'not-ledger': EXIT.NOT_A_LEDGER,
  'newer-schema': EXIT.NOT_A_LEDGER,
  'read-only': EXIT.READ_ONLY,
  'cannot-create': EXIT.CANNOT_CREATE,
};

/**
 * The driver's errors cross a module registry boundary (see sqlite-errors.ts), so errors are
 * recognised by name as well as by class.
 */
const named = (error: unknown, name: string): boolean => (error as { name?: unknown }).name === name;

/** The exit status for an error that ended a command. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof LedgerFileError || named(error, 'LedgerFileError'))
    return BY_PROBLEM[(error as LedgerFileError).problem] ?? EXIT.FAILED;
  if (error instanceof LedgerReadOnlyError || named(error, 'LedgerReadOnlyError')) return EXIT.READ_ONLY;
  if (error instanceof ConfigError || named(error, 'ConfigError')) return EXIT.BAD_SETTING;
  return EXIT.FAILED;
}

/** The one line printed for an error: its message without any stack, on one line. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
