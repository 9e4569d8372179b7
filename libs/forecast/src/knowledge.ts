import type { LocalDate } from '@ledger/domain';
import { asKnownAtLabel, type AsKnownAt } from '@ledger/projections';
import type { ChildPath } from './child-paths';
import { dateOfDay } from './states';

/** One entry of the ledger's import log (`ledger-imports`): which returns came in, and where. */
export interface ImportEntry {
  /** The log entry's global position: every event of that import is at or before it. */
  readonly position: bigint;
  readonly recordedAt: string;
  /** The collection years imported, `2023-24` style. */
  readonly years: readonly string[];
  readonly importId?: string;
}

/** What the ledger can say about its own history, for choosing what each origin knew. */
export interface LedgerKnowledge {
  readonly imports: readonly ImportEntry[];
  /** When the first event of the ledger was recorded; absent for an empty ledger. */
  readonly firstRecordedAt?: string;
}

/** The knowledge an origin is forecast from, and where it came from. */
export interface OriginKnowledge {
  readonly asKnownAt: AsKnownAt;
  /** `import`: the position of the import that first brought a return covering the origin; `recorded`: the end of the origin's day in recorded time. */
  readonly source: 'import' | 'recorded';
  readonly importId?: string;
  /** The position (decimal) or the instant, as `asKnownAt` is echoed elsewhere. */
  readonly label: string;
}

/** The start year of the 903 collection year covering `date` (April to March). */
export function collectionYearStartOf(date: LocalDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

const yearStart = (year: string): number => Number(year.slice(0, 4));
const endOfDay = (date: LocalDate): string => `${date}T23:59:59.999Z`;

/**
 * What the ledger first knew of `origin` (docs/forecast.md §5): the earlier of (a) the import
 * that first brought a return whose collection year covers the origin, at that import's log
 * position, and (b) the end of the origin's day in recorded time, when the ledger was already
 * recording then. Undefined when neither: the ledger never saw the origin as it happened.
 */
export function knowledgeOf(origin: LocalDate, knowledge: LedgerKnowledge): OriginKnowledge | undefined {
  const startYear = collectionYearStartOf(origin);
  let covering: ImportEntry | undefined;
  for (const entry of knowledge.imports) {
    if (!entry.years.some((year) => yearStart(year) === startYear)) continue;
    if (covering === undefined || entry.position < covering.position) covering = entry;
  }
  const dayEnd = endOfDay(origin);
  const live =
    knowledge.firstRecordedAt !== undefined && Date.parse(knowledge.firstRecordedAt) <= Date.parse(dayEnd);
  if (live && (covering === undefined || Date.parse(covering.recordedAt) > Date.parse(dayEnd))) {
    const asKnownAt = { recordedAt: dayEnd };
    return { asKnownAt, source: 'recorded', label: asKnownAtLabel(asKnownAt)! };
  }
  if (covering === undefined) return undefined;
  const asKnownAt = { position: covering.position };
  return { asKnownAt, source: 'import', importId: covering.importId, label: asKnownAtLabel(asKnownAt)! };
}

/** The days the ledger's data covers: from the first return imported (or the first day recorded) to the last day shown. */
export interface Coverage {
  readonly start?: LocalDate;
  readonly end?: LocalDate;
}

/**
 * The last day is the later of the end of the latest collection year imported and the latest
 * effective date of any child's care; the first is the start of the earliest collection year
 * imported, else the day the ledger first recorded anything.
 */
export function coverageOf(paths: readonly ChildPath[], knowledge: LedgerKnowledge): Coverage {
  let last = -Infinity;
  for (const path of paths) last = Math.max(last, path.lastDay);
  let end = Number.isFinite(last) ? dateOfDay(last) : undefined;
  let start: LocalDate | undefined;
  for (const entry of knowledge.imports) {
    for (const year of entry.years) {
      const first = `${String(yearStart(year)).padStart(4, '0')}-04-01`;
      const yearEnd = `${String(yearStart(year) + 1).padStart(4, '0')}-03-31`;
      if (start === undefined || first < start) start = first;
      if (end === undefined || yearEnd > end) end = yearEnd;
    }
  }
  if (start === undefined && knowledge.firstRecordedAt !== undefined)
    start = knowledge.firstRecordedAt.slice(0, 10);
  return { start, end };
}
