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
      if (!info.isDirectory()) files.push(path);
      else {
        const found = await csvFilesUnder(path);
        // An empty folder is a mistake (a wrong path, an export not yet copied), not an empty return.
        if (found.length === 0)
          errors.push({ file: path, reason: 'no 903 file: the folder holds no .csv file' });
        files.push(...found);
      }
    } catch (error) {
      errors.push({ file: path, reason: unreadable(error) });
    }
  }
  if (paths.length === 0) errors.push({ file: '(none)', reason: 'no 903 file: no file or folder was given' });
  return { files: [...new Set(files)], errors };
}

function unreadable(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read: ${(error as Error).message}`;
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
