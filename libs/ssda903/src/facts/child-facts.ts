import { dateOfInstant, type ChildDetails, type CommandContext, type LocalDate } from '@ledger/domain';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { ChildRecords, HeaderRecord } from '../records/records';
import type { RowError, SourceRef } from '../reading/return';
import { sortErrors } from '../reading/sort-errors';
import { adoptionFacts } from './adoption-facts';
import { careLeaverFacts } from './care-leaver-facts';
import { episodeFacts } from './episode-facts';
import {
  effectiveDateOf,
  fact,
  inTimelineOrder,
  recordError,
  recordFinding,
  withoutUndefined,
  type DerivedFact,
  type FactCommandType,
} from './fact';

export interface ChildFactsOptions {
  /** The responsible authority's code, stored on the child and compared with PL_LA. */
  readonly authority: string;
  readonly gazetteer?: Gazetteer;
  /** The commands' context; its day is "today" for the no-future-dates check. */
  readonly context: CommandContext;
}

export type ChildFactsResult =
  | { readonly ok: true; readonly facts: DerivedFact[]; readonly findings: RowError[] }
  | { readonly ok: false; readonly errors: RowError[] };

/**
 * Everything the standing rows say about a child, as the ordered commands that record it:
 * registration (header and UASC), the periods of care from the episodes, changes of home
 * postcode, adoption milestones, care leaver contacts and Staying Put. Any error means no
 * consistent timeline exists, and none of the child's facts should be recorded.
 */
export function deriveChildFacts(records: ChildRecords, options: ChildFactsOptions): ChildFactsResult {
  const header = records.header;
  const first =
    records.episodes[0] ?? records.oc3[0] ?? records.ad1 ?? records.placedAdoption[0] ?? records.uasc;
  if (!header)
    return {
      ok: false,
      errors: [recordError(first ?? records, 'CHILD', 'has no header row in any return', 'missing')],
    };
  const ctx = options.context;
  const details = (shown: HeaderRecord, homePostcode?: string): ChildDetails =>
    withoutUndefined({
      childId: records.childId,
      dateOfBirth: shown.dateOfBirth,
      sex: shown.sex,
      ethnicity: shown.ethnicity,
      upn: shown.upn,
      mother: shown.mother,
      firstChildDateOfBirth: shown.firstChildDateOfBirth,
      responsibleAuthority: options.authority,
      homePostcode,
      uasc: records.uasc !== undefined,
      uascCeasedOn: records.uasc?.ceasedOn,
    });
  const episodes = episodeFacts(records.episodes, {
    ...options,
    context: ctx,
    dateOfBirth: header.dateOfBirth,
  });
  const adoption = adoptionFacts(records.placedAdoption, records.ad1, ctx, episodes.periods);
  const leaving = careLeaverFacts(
    records.oc3,
    header.dateOfBirth,
    episodes.stayingPutStarts,
    ctx,
    episodes.periods,
  );
  const first903 = records.headers?.[0]?.header ?? header;
  const registered = details(first903, records.episodes[0]?.homePostcode);
  const facts = [
    fact('RegisterChild', registered, ctx, header.source),
    ...detailsChanges(records, registered, details, ctx),
    ...episodes.facts,
    ...adoption.facts,
    ...leaving.facts,
  ];
  const errors = [
    ...episodes.errors,
    ...adoption.errors,
    ...leaving.errors,
    ...futureFacts(facts, records, ctx),
  ];
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  const findings = [...episodes.findings, ...leaving.findings];
  if (records.episodes.length === 0 && records.oc3.length === 0 && header.source)
    findings.push(headerOnly(header.source, records.childId));
  return { ok: true, facts: inTimelineOrder(facts), findings: sortErrors(findings) };
}

/**
 * A child in the header with no episode and no care leaver row: registered, but nothing says
 * whether the child is looked after. The DfE's EPI check warns of the same.
 */
function headerOnly(source: SourceRef, childId: string): RowError {
  return recordFinding(
    { source, childId },
    'CHILD',
    'EPI',
    'is in the header but has no episode and no OC3 row in any return: registered, not counted as looked after',
  );
}

/**
 * The child's details change where an episode shows a new HOME_POST (from its start) and
 * where a year's return shows a different header (from the year's start): each year's return
 * says what held in that year, so the export of an earlier year shows what it said then.
 */
function detailsChanges(
  records: ChildRecords,
  registered: ChildDetails,
  details: (shown: HeaderRecord, homePostcode?: string) => ChildDetails,
  ctx: CommandContext,
): DerivedFact[] {
  const episodes = records.episodes;
  const headers = records.headers ?? [];
  const dob = registered.dateOfBirth;
  const points = new Map<LocalDate, SourceRef | undefined>();
  let current = episodes[0]?.homePostcode;
  for (const ep of episodes.slice(1)) {
    if (ep.homePostcode === current) continue;
    current = ep.homePostcode;
    points.set(ep.decom, ep.source);
  }
  for (const h of headers.slice(1)) {
    const day = h.effectiveDate > dob ? h.effectiveDate : dob;
    if (day > dob && !points.has(day)) points.set(day, h.header.source);
  }
  const headerAt = (day: LocalDate): HeaderRecord => {
    for (let i = headers.length - 1; i >= 0; i--)
      if (headers[i].effectiveDate <= day) return headers[i].header;
    return headers[0]?.header ?? records.header!;
  };
  const homeAt = (day: LocalDate): string | undefined => {
    let home = episodes[0]?.homePostcode;
    for (const ep of episodes) if (ep.decom <= day) home = ep.homePostcode;
    return home;
  };
  const facts: DerivedFact[] = [];
  let previous = registered;
  for (const day of [...points.keys()].sort()) {
    const next = details(headerAt(day), homeAt(day));
    if (sameDetails(next, previous)) continue;
    previous = next;
    facts.push(fact('UpdateChildDetails', { ...next, effectiveDate: day }, ctx, points.get(day)));
  }
  return facts;
}

/**
 * Whether two details built by `details` (the same keys in the same order, undefined ones left
 * out, every value a string, number or boolean) say the same: what comparing their JSON tells,
 * without writing it.
 */
function sameDetails(a: ChildDetails, b: ChildDetails): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (x[k] !== y[k]) return false;
    keys += 1;
  }
  for (const _ in y) keys -= 1;
  return keys === 0;
}

/** The column that dates each fact, to name it in an error; every fact command has one. */
const DATE_COLUMN: Readonly<Record<FactCommandType, string>> = {
  RegisterChild: 'DOB',
  UpdateChildDetails: 'DECOM',
  StartCare: 'DECOM',
  ChangeLegalStatus: 'DECOM',
  MovePlacement: 'DECOM',
  StartTemporaryPlacement: 'DECOM',
  EndTemporaryPlacement: 'DECOM',
  EndCare: 'DEC',
  StartStayingPut: 'DEC',
  RecordAdoptionDecision: 'DATE_PLACED',
  ReverseAdoptionDecision: 'DATE_PLACED_CEASED',
  RecordAdoptionMatch: 'DATE_MATCH',
  RecordCareLeaverContact: 'DOB',
  EndStayingPut: 'DOB',
};

let lastNow = '';
let lastToday = '';
/** The UTC day of `now`, remembered: every child of an import shares it. */
function todayOf(now: string): string {
  if (now !== lastNow) [lastNow, lastToday] = [now, dateOfInstant(now)];
  return lastToday;
}

/** The ledger refuses facts dated after today; say which row dates one. */
function futureFacts(facts: readonly DerivedFact[], records: ChildRecords, ctx: CommandContext): RowError[] {
  const today = todayOf(ctx.now);
  return facts
    .filter((f) => effectiveDateOf(f.command) > today)
    .map((f) =>
      recordError(
        { source: f.source, childId: records.childId },
        DATE_COLUMN[f.command.type],
        `dates a ${f.command.type} on ${effectiveDateOf(f.command)}, after today (${today})`,
        'future',
      ),
    );
}
