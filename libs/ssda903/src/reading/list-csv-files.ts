import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileError } from './return';

/**
 * The CSV files named by the paths: a file as given (whatever its extension), a folder's
 * `*.csv` files at any depth, in name order so reports are stable.
 */
export async function listCsvFiles(
  paths: readonly string[],
): Promise<{ files: string[]; errors: FileError[] }> {
  const files: string[] = [];
  const errors: FileError[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) files.push(...(await csvFilesUnder(path)));
      else files.push(path);
    } catch (error) {
      errors.push({ file: path, reason: `cannot be read: ${(error as Error).message}` });
    }
  }
  return { files: [...new Set(files)], errors };
}

async function csvFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await csvFilesUnder(path)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.csv')) found.push(path);
  }
  return found;
}
