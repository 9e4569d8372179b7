import { dateOfInstant, type ChildDetails, type CommandContext } from '@ledger/domain';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { ChildRecords, EpisodeRecord } from '../records/records';
import type { RowError } from '../reading/return';
import { sortErrors } from '../reading/sort-errors';
import { adoptionFacts } from './adoption-facts';
import { careLeaverFacts } from './care-leaver-facts';
import { episodeFacts } from './episode-facts';
import {
  effectiveDateOf,
  fact,
  inTimelineOrder,
  recordError,
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
  { readonly ok: true; readonly facts: DerivedFact[] } | { readonly ok: false; readonly errors: RowError[] };

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
  const details = (homePostcode?: string): ChildDetails =>
    withoutUndefined({
      childId: records.childId,
      dateOfBirth: header.dateOfBirth,
      sex: header.sex,
      ethnicity: header.ethnicity,
      upn: header.upn,
      mother: header.mother,
      firstChildDateOfBirth: header.firstChildDateOfBirth,
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
  const facts = [
    fact('RegisterChild', details(records.episodes[0]?.homePostcode), ctx, header.source),
    ...homePostcodeChanges(records.episodes, details, ctx),
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
  return errors.length > 0
    ? { ok: false, errors: sortErrors(errors) }
    : { ok: true, facts: inTimelineOrder(facts) };
}

/** A new HOME_POST on an episode updates the child's details from that episode's start. */
function homePostcodeChanges(
  episodes: readonly EpisodeRecord[],
  details: (homePostcode?: string) => ChildDetails,
  ctx: CommandContext,
): DerivedFact[] {
  const facts: DerivedFact[] = [];
  let current = episodes[0]?.homePostcode;
  for (const ep of episodes.slice(1)) {
    if (ep.homePostcode === current) continue;
    current = ep.homePostcode;
    facts.push(fact('UpdateChildDetails', { ...details(current), effectiveDate: ep.decom }, ctx, ep.source));
  }
  return facts;
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
