import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory in the OS temp dir for one test's database files, and its removal. */
export function tempLedgerDir(): { dir: string; file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-store-'));
  return { dir, file: join(dir, 'ledger.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
