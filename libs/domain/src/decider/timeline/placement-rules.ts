import { isTemporaryPlacement } from '../../code-lists';
import { DomainErrorCode } from '../../errors';
import type {
  LegalStatusChanged,
  PlacementMoved,
  TemporaryPlacementEnded,
  TemporaryPlacementStarted,
} from '../../events';
import type { Placement } from '../../values/placement';
import { legalStatusCodeBreach, notInCareBreach, placementCodeBreach } from './care-checks';
import { breach, type Rule } from './timeline-rule';

export const placementMovedRule: Rule<PlacementMoved> = (event, state, context) => {
  const { placement, carerChanged } = event.data;
  const care = state.care;
  if (!care) return notInCareBreach(event, state, context);
  if (isTemporaryPlacement(placement.type)) {
    return breach(
      DomainErrorCode.PLACEMENT_TEMPORARY_TYPE,
      event,
      `${placement.type} is a temporary placement: record it as one`,
      'placement.type',
    );
  }
  const codeBreach = placementCodeBreach(event, placement);
  if (codeBreach) return codeBreach;
  if (care.temporary) {
    return breach(
      DomainErrorCode.PLACEMENT_DURING_TEMPORARY,
      event,
      `the child is in a temporary placement (${care.temporary.type}); end it before a move`,
    );
  }
  if (!carerChanged && isSamePlacement(care.placement, placement)) {
    return breach(
      DomainErrorCode.PLACEMENT_UNCHANGED,
      event,
      'the placement and the carer are the same as before',
      'placement',
    );
  }
  return null;
};

export const legalStatusChangedRule: Rule<LegalStatusChanged> = (event, state, context) => {
  const { legalStatus } = event.data;
  const care = state.care;
  if (!care) return notInCareBreach(event, state, context);
  const codeBreach = legalStatusCodeBreach(event, legalStatus);
  if (codeBreach) return codeBreach;
  if (care.legalStatus === legalStatus) {
    return breach(
      DomainErrorCode.LEGAL_STATUS_UNCHANGED,
      event,
      `the legal status is already ${legalStatus}`,
      'legalStatus',
    );
  }
  return null;
};

export const temporaryPlacementStartedRule: Rule<TemporaryPlacementStarted> = (event, state, context) => {
  const { placement } = event.data;
  const care = state.care;
  if (!care) return notInCareBreach(event, state, context);
  if (!isTemporaryPlacement(placement.type)) {
    return breach(
      DomainErrorCode.PLACEMENT_NOT_TEMPORARY_TYPE,
      event,
      `${placement.type} is not a temporary placement type (T0-T4)`,
      'placement.type',
    );
  }
  const codeBreach = placementCodeBreach(event, placement);
  if (codeBreach) return codeBreach;
  if (care.temporary) {
    return breach(
      DomainErrorCode.TEMPORARY_OVERLAP,
      event,
      `a temporary placement (${care.temporary.type}) is already in progress`,
    );
  }
  return null;
};

export const temporaryPlacementEndedRule: Rule<TemporaryPlacementEnded> = (event, state, context) => {
  const care = state.care;
  if (!care) return notInCareBreach(event, state, context);
  if (!care.temporary) {
    return breach(
      DomainErrorCode.TEMPORARY_NONE_ACTIVE,
      event,
      'no temporary placement is in progress (one lasts at least a day)',
    );
  }
  return null;
};

/**
 * Same placement as the 903 sees it (type, provider, postcode, URN: docs/ssda903.md §4.3) plus the
 * carer id the ledger keeps. Derived fields (authority, location, distance) do not count.
 */
export function isSamePlacement(a: Placement, b: Placement): boolean {
  return (
    a.type === b.type &&
    a.provider === b.provider &&
    a.carerId === b.carerId &&
    a.urn === b.urn &&
    normalisePostcode(a.postcode) === normalisePostcode(b.postcode)
  );
}

const normalisePostcode = (postcode: string | undefined) => postcode?.replace(/\s+/g, '').toUpperCase();
