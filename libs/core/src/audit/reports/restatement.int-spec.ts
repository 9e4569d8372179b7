import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type EventStore } from '@ledger/event-store';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/ledger-config';
import { LedgerCoreModule } from '../../ledger-core.module';
import { ReadModelsService } from '../../read-models/read-models.service';
import { fillDemo } from '../../ssda903/demo';
import { exportReturn } from '../../ssda903/ssda903-exporter';
import { Ssda903Importer } from '../../ssda903/ssda903-importer';
import { EVENT_STORE } from '../../store/event-store.provider';
import { AuditService } from '../audit.service';
import { ReportsService } from './reports.service';

const AUTHORITY = 'E06000059';

async function core(file: string): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    LedgerCoreModule.forRoot({ config: loadConfig({}, { db: file }) }),
    {
      logger: ['error'],
    },
  );
}

/** Every leaf of a JSON value by dotted path: written here again, so the test does not lean on the code it checks. */
function leaves(
  value: unknown,
  path: string[] = [],
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  } else out[path.join('.')] = value;
  return out;
}

/** Moves one 2022-23 episode that the 2023-24 return repeats to another kind of foster placement. */
function amendEarlierEpisode(dir: string): { child: string; place: string } {
  const file = join(dir, 'SSDA903_2023-24_episodes.csv');
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = lines[0].split(',');
  const col = (name: string) => columns.indexOf(name);
  const inEarlierYear = (d: string) => {
    const [day, month, year] = d.split('/');
    const iso = `${year}-${month}-${day}`;
    return iso >= '2022-04-01' && iso <= '2023-03-31';
  };
  const at = lines.findIndex((line, i) => {
    const cells = line.split(',');
    return i > 0 && inEarlierYear(cells[col('DECOM')]) && /^U[1-6]$/.test(cells[col('PLACE')]);
  });
  if (at < 0) throw new Error('the generated return has no episode to amend');
  const cells = lines[at].split(',');
  const child = cells[col('CHILD')];
  const place = /^U[1-3]$/.test(cells[col('PLACE')]) ? 'U4' : 'U1';
  cells[col('PLACE')] = place;
  lines[at] = cells.join(',');
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return { child, place };
}

describe('a report as submitted, and its restatement after a later return amends it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-restatement-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists exactly the fields that differ, each explained by the later import’s events', async () => {
    const source = await core(join(dir, 'source.db'));
    try {
      await fillDemo(source.get<EventStore>(EVENT_STORE), source.get(Ssda903Importer), {
        children: 60,
        seed: 5,
        years: 3,
        authority: AUTHORITY,
      });
      for (const year of ['2022-23', '2023-24', '2024-25'])
        await exportReturn(source.get<EventStore>(EVENT_STORE), year, join(dir, year));
    } finally {
      await source.close();
    }
    const { child: amendedChild, place } = amendEarlierEpisode(join(dir, '2023-24'));

    const target = await core(join(dir, 'target', 'ledger.db'));
    try {
      const importer = target.get(Ssda903Importer);
      await importer.importFiles([join(dir, '2022-23')], { authority: AUTHORITY, recordedBy: 'loader' });
      const reports = target.get(ReportsService);
      const saved = await reports.save(
        { name: '2022-23 return as submitted', from: '2022-04-01', to: '2023-03-31' },
        'analyst-1',
      );
      expect(saved.checkpoint.position).toBe(saved.position);
      expect((await reports.list()).map((r) => r.name)).toEqual(['2022-23 return as submitted']);

      const later = await importer.importFiles([join(dir, '2023-24')], {
        authority: AUTHORITY,
        recordedBy: 'loader',
      });
      const model = await target.get(ReadModelsService).measures();
      const now = model.report({ from: '2022-04-01', to: '2023-03-31', filters: {} });
      const before = leaves({ ...saved.report, asKnownAt: null });
      const after = leaves({ ...now, asKnownAt: null });
      const differing = Object.keys(after).filter((k) => after[k] !== before[k]);
      expect(differing.length).toBeGreaterThan(0);

      const restatement = await reports.restatement(saved.id, {}, true);
      expect(restatement.changes.map((c) => c.field)).toEqual(differing);
      for (const change of restatement.changes) {
        expect(change).toMatchObject({ old: before[change.field], new: after[change.field] });
        expect(change.childCount).toBeGreaterThan(0);
        expect(change.children!.length).toBe(change.childCount);
        const events = change.children!.flatMap((c) => c.events);
        expect(events.length).toBe(change.eventCount);
        expect(events.length).toBeGreaterThan(0);
        for (const e of events)
          expect(e).toMatchObject({ correlationId: later.importId, source: 'import', recordedBy: 'loader' });
      }
      // The amended child moved the snapshot, by the placement the import recorded for it.
      const snapshot = restatement.changes.filter((c) =>
        c.field.startsWith('snapshot.byPlacementGroup.foster'),
      );
      expect(snapshot.length).toBeGreaterThan(0);
      expect(snapshot.every((c) => c.children!.some((child) => child.childId === amendedChild))).toBe(true);
      const amended = snapshot[0].children!.find((c) => c.childId === amendedChild)!;
      expect(amended.events.some((e) => e.description.includes(`: ${place}`))).toBe(true);

      // An analyst's view: the same fields and counts, no child or event.
      const counts = await reports.restatement(saved.id, {}, false);
      expect(
        counts.changes.map(({ field, old, new: n, childCount, eventCount }) => ({
          field,
          old,
          new: n,
          childCount,
          eventCount,
        })),
      ).toEqual(
        restatement.changes.map(({ field, old, new: n, childCount, eventCount }) => ({
          field,
          old,
          new: n,
          childCount,
          eventCount,
        })),
      );
      expect(counts.changes.some((c) => 'children' in c)).toBe(false);

      // Between two moments: as known at the report's position against now gives the same changes.
      const between = await reports.restatement(saved.id, { asKnownAt: saved.position }, false);
      expect(between.changes.map((c) => c.field)).toEqual(differing);
      const none = await reports.restatement(
        saved.id,
        { asKnownAt: saved.position, against: saved.position },
        false,
      );
      expect(none.changes).toEqual([]);

      expect((await target.get(AuditService).verify()).ok).toBe(true);
    } finally {
      await target.close();
    }
  });
});
