import {
  ADOPTION_PLACEMENT_TYPES,
  CARE_END_REASONS,
  LEGAL_STATUSES,
  PLACEMENT_TYPES,
  ageOn,
  isCodeValidOn,
  isFosterPlacement,
  isTemporaryPlacement,
  type CommandContext,
  type LocalDate,
} from '@ledger/domain';
import { CARER_CHANGED_RNE } from '../records/codes-903';
import type { EpisodeRecord } from '../records/records';
import type { RowError } from '../reading/return';
import { fact, recordError, recordFinding, type DerivedFact } from './fact';
import type { CarePeriod } from './periods';
import { placementOfEpisode, samePlacementFields, type PlacementOptions } from './placement-of-episode';

export interface EpisodeFactsOptions extends PlacementOptions {
  readonly context: CommandContext;
  readonly dateOfBirth?: LocalDate;
}

export interface EpisodeFacts {
  readonly facts: DerivedFact[];
  readonly errors: RowError[];
  /** Rows that break a DfE content rule a consistent timeline survives (imported, reported). */
  readonly findings: RowError[];
  /** Days a Staying Put arrangement began (E17 from a foster placement). */
  readonly stayingPutStarts: LocalDate[];
  /** The periods of care, `[start, end)`; `end` absent while open. */
  readonly periods: CarePeriod[];
}

/**
 * Turns a child's episodes (in DECOM order) into the facts of its periods of care, checking
 * the episode rules a consistent timeline needs (docs/ssda903.md §4 and §7). Periods follow
 * the chain (docs/measures.md §8): an episode continues the period when the previous one
 * ended X1 on its DECOM; otherwise it starts a new one.
 */
export function episodeFacts(episodes: readonly EpisodeRecord[], options: EpisodeFactsOptions): EpisodeFacts {
  const facts: DerivedFact[] = [];
  const errors: RowError[] = [];
  const findings: RowError[] = [];
  const flag = (record: EpisodeRecord, column: string, rule: string, reason: string) =>
    findings.push(recordFinding(record, column, rule, reason));
  const stayingPutStarts: LocalDate[] = [];
  const periods: CarePeriod[] = [];
  const add = (f: DerivedFact) => facts.push(f);
  const ctx = options.context;
  let usual: EpisodeRecord | undefined;
  let periodStart: EpisodeRecord | undefined;
  episodes.forEach((ep, i) => {
    const prev = episodes[i - 1];
    const fail = (record: EpisodeRecord, column: string, reason: string) =>
      errors.push(recordError(record, column, reason));
    if (prev) checkSequence(prev, ep, fail);
    if (i === episodes.length - 1 && ep.rec === 'X1')
      fail(ep, 'REC', 'is X1 but no episode follows (rule 388)');
    const placement = placementOfEpisode(ep, options);
    const src = ep.source;
    const continuation = prev !== undefined && prev.rec === 'X1' && prev.dec === ep.decom;
    if (!continuation) {
      // Only the first episode known may be part of a period begun before it (docs/measures.md §8).
      const usualAtStart = i === 0 ? usualAfterTemporary(episodes) : undefined;
      if (isTemporaryPlacement(ep.place) && i > 0)
        fail(
          ep,
          'PLACE',
          `is ${ep.place}: a period of care cannot start in a temporary placement (rule 380)`,
        );
      else if (isTemporaryPlacement(ep.place) && !usualAtStart) {
        const why = `is ${ep.place}: the returns first show this care in a temporary placement, and no usual placement follows it in the period (import the year care began)`;
        errors.push(recordError(ep, 'PLACE', why, 'history'));
      }
      if (options.dateOfBirth && ep.decom < options.dateOfBirth)
        fail(ep, 'DECOM', 'is before the date of birth (rule 302)');
      else if (options.dateOfBirth && ageOn(options.dateOfBirth, ep.decom) >= 18)
        fail(ep, 'DECOM', 'starts care at age 18 or over (rule 352)');
      checkCodes(ep, true, true, fail);
      if (usualAtStart && !isCodeValidOn(PLACEMENT_TYPES, usualAtStart.place, ep.decom))
        fail(usualAtStart, 'PLACE', `${usualAtStart.place} is not a valid placement type on ${ep.decom}`);
      const startPlacement = usualAtStart ? placementOfEpisode(usualAtStart, options) : placement;
      const { legalStatus, categoryOfNeed } = ep;
      // The oldest return may show care begun before it (RNE L/P/T/B/U): keep the RNE it gave.
      const continuing =
        i === 0 && ep.rne !== undefined && ep.rne !== 'S' ? { reasonNewEpisode: ep.rne } : {};
      add(
        fact(
          'StartCare',
          { effectiveDate: ep.decom, legalStatus, categoryOfNeed, placement: startPlacement, ...continuing },
          ctx,
          src,
        ),
      );
      if (usualAtStart)
        add(fact('StartTemporaryPlacement', { effectiveDate: ep.decom, placement }, ctx, src));
      periodStart = ep;
      usual = usualAtStart ?? ep;
      periods.push({ start: ep.decom });
    } else {
      const lsChanged = ep.legalStatus !== prev.legalStatus;
      const placeChanged = !samePlacementFields(prev, ep);
      // The facts follow the fields: an RNE or CIN the fields contradict is reported, not refused.
      if (periodStart && ep.categoryOfNeed !== periodStart.categoryOfNeed)
        flag(
          ep,
          'CIN',
          '504',
          `changes from ${periodStart.categoryOfNeed} within a period of care; the ledger keeps the period's first`,
        );
      if (!lsChanged && !placeChanged) {
        const rule = ep.rne === 'L' ? '434' : ep.rne === 'B' || ep.rne === 'U' ? '436' : '435';
        flag(
          ep,
          'DECOM',
          rule,
          'starts an episode that changes neither the legal status nor the placement; read as part of the episode before',
        );
        periods[periods.length - 1].lastShownIn = ep.year;
        return;
      }
      if (ep.rne === 'L' && placeChanged)
        flag(ep, 'RNE', '434', 'is L but PLACE, PL_POST, URN or PLACE_PROVIDER changed; read as a move');
      else if (ep.rne && 'PTBU'.includes(ep.rne) && !placeChanged)
        flag(
          ep,
          'RNE',
          'PT'.includes(ep.rne) ? '435' : '436',
          `is ${ep.rne} but PLACE, PL_POST, URN and PLACE_PROVIDER are unchanged; read as a legal status change`,
        );
      checkCodes(ep, lsChanged, placeChanged && !isReturn(prev, ep, usual), fail);
      if (lsChanged)
        add(fact('ChangeLegalStatus', { effectiveDate: ep.decom, legalStatus: ep.legalStatus }, ctx, src));
      if (placeChanged) usual = placementFacts(prev, ep, usual!, placement, ctx, add);
    }
    periods[periods.length - 1].lastShownIn = ep.year;
    if (ep.dec && ep.rec && ep.rec !== 'X1') {
      if (isTemporaryPlacement(ep.place))
        fail(ep, 'REC', `ends care in a temporary placement (${ep.place}): not allowed (rule 381)`);
      checkEnd(ep, options.dateOfBirth, fail);
      add(fact('EndCare', { effectiveDate: ep.dec, reason: ep.rec }, ctx, src));
      if (periods.length > 0) periods[periods.length - 1].end = ep.dec;
      if (ep.rec === 'E17' && isFosterPlacement(ep.place)) {
        add(fact('StartStayingPut', { effectiveDate: ep.dec }, ctx, src));
        stayingPutStarts.push(ep.dec);
      }
    }
  });
  return { facts, errors, findings, stayingPutStarts, periods };
}

type Fail = (record: EpisodeRecord, column: string, reason: string) => void;

/**
 * When the first episode known is a temporary placement (T0–T4), the period began before it in
 * a usual placement the returns do not show. The faithful guess is the placement the child goes
 * to when the temporary ones end: the first later episode of the period that is not temporary.
 * Care then starts there, interrupted from day one by the temporary placement, and that episode
 * is the return from it. Undefined when the first episode is not temporary or no such episode
 * follows in the period.
 */
function usualAfterTemporary(episodes: readonly EpisodeRecord[]): EpisodeRecord | undefined {
  if (!isTemporaryPlacement(episodes[0].place)) return undefined;
  for (let j = 1; j < episodes.length; j += 1) {
    const prev = episodes[j - 1];
    if (prev.rec !== 'X1' || prev.dec !== episodes[j].decom) return undefined;
    if (!isTemporaryPlacement(episodes[j].place)) return episodes[j];
  }
  return undefined;
}

/** The return from temporary placements: PLACE and PL_POST as before them (docs/measures.md §8). */
function isReturn(prev: EpisodeRecord, ep: EpisodeRecord, usual: EpisodeRecord | undefined): boolean {
  return (
    isTemporaryPlacement(prev.place) &&
    !isTemporaryPlacement(ep.place) &&
    usual !== undefined &&
    ep.place === usual.place &&
    (ep.placementPostcode ?? '').replace(/\s+/g, '').toUpperCase() ===
      (usual.placementPostcode ?? '').replace(/\s+/g, '').toUpperCase()
  );
}

/**
 * The facts of a change of placement within a period; returns the usual placement after it.
 * Temporary placements interrupt the usual one; the return from them is not a move. A return's
 * own URN or provider, if they differ from the usual placement's, are not kept.
 */
function placementFacts(
  prev: EpisodeRecord,
  ep: EpisodeRecord,
  usual: EpisodeRecord,
  placement: ReturnType<typeof placementOfEpisode>,
  ctx: CommandContext,
  add: (f: DerivedFact) => void,
): EpisodeRecord {
  const src = ep.source;
  const day = ep.decom;
  if (isTemporaryPlacement(prev.place)) add(fact('EndTemporaryPlacement', { effectiveDate: day }, ctx, src));
  if (isTemporaryPlacement(ep.place)) {
    add(fact('StartTemporaryPlacement', { effectiveDate: day, placement }, ctx, src));
    return usual;
  }
  if (isReturn(prev, ep, usual)) return usual;
  const carerChanged = ep.rne !== undefined && CARER_CHANGED_RNE.includes(ep.rne);
  add(
    fact(
      'MovePlacement',
      { effectiveDate: day, placement, carerChanged, reason: prev.reasonPlaceChange },
      ctx,
      src,
    ),
  );
  return ep;
}

function checkSequence(prev: EpisodeRecord, ep: EpisodeRecord, fail: Fail): void {
  if (prev.dec === undefined)
    fail(
      prev,
      'DEC',
      `is blank but a later episode starts on ${ep.decom}: only the last episode may be open (rule 142)`,
    );
  else if (ep.decom < prev.dec)
    fail(ep, 'DECOM', `is before the previous episode's DEC ${prev.dec}: episodes overlap (rule 501)`);
  else if (prev.rec === 'X1' && prev.dec !== ep.decom)
    fail(prev, 'REC', `is X1 but the next episode starts on ${ep.decom}, not on DEC (rules 388, 433)`);
  else if (prev.rec !== 'X1' && prev.dec === ep.decom)
    fail(ep, 'DECOM', 'starts care again on the day care ended: a continuing period needs REC X1 (rule 431)');
  if (prev.rec === 'E2' || prev.rec === 'E15')
    fail(ep, 'DECOM', `follows an episode that ended ${prev.rec}: no episode may follow (rule 437)`);
}

function checkCodes(ep: EpisodeRecord, legal: boolean, place: boolean, fail: Fail): void {
  if (ep.dec && ep.rec && ep.rec !== 'X1' && !isCodeValidOn(CARE_END_REASONS, ep.rec, ep.dec))
    fail(ep, 'REC', `${ep.rec} is not a valid reason on ${ep.dec}`);
  if (legal && !isCodeValidOn(LEGAL_STATUSES, ep.legalStatus, ep.decom))
    fail(ep, 'LS', `${ep.legalStatus} is not a valid legal status on ${ep.decom}`);
  if (place && !isCodeValidOn(PLACEMENT_TYPES, ep.place, ep.decom))
    fail(ep, 'PLACE', `${ep.place} is not a valid placement type on ${ep.decom}`);
}

function checkEnd(ep: EpisodeRecord, dateOfBirth: LocalDate | undefined, fail: Fail): void {
  if ((ep.rec === 'E11' || ep.rec === 'E12') && !ADOPTION_PLACEMENT_TYPES.includes(ep.place))
    fail(ep, 'REC', `is ${ep.rec} (adopted) but the placement is ${ep.place}, not A3–A6 (rule 390)`);
  if (ep.rec === 'E17' && dateOfBirth && ep.dec && ageOn(dateOfBirth, ep.dec) < 18)
    fail(ep, 'REC', 'is E17 but the child is under 18 on DEC (rule 460)');
}
