import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CATALOGUE } from '@ledger/domain';
import { ROOT } from './citations';

const EVENTS_DOC = readFileSync(join(ROOT, 'docs/events.md'), 'utf8');

/** The rows of the catalogue table in docs/events.md, between its markers. */
function catalogueRows(markdown: string): { type: string; version: number; description: string }[] {
  const table = /<!-- catalogue:start -->([\s\S]*?)<!-- catalogue:end -->/.exec(markdown);
  if (!table) throw new Error('docs/events.md has no catalogue table');
  return table[1]
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(event|-)/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map(([, type, version, description]) => ({ type, version: Number(version), description }));
}

describe('docs/events.md', () => {
  it('lists every event of the catalogue with its schema version and description, and no other', () => {
    const inCode = Object.entries(EVENT_CATALOGUE).map(([type, entry]) => ({
      type,
      version: entry.schemaVersion,
      description: entry.description,
    }));
    expect(catalogueRows(EVENTS_DOC)).toEqual(inCode);
  });

  it('describes each event under its own heading', () => {
    const headings = [...EVENTS_DOC.matchAll(/^### (\w+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(Object.keys(EVENT_CATALOGUE));
  });
});
