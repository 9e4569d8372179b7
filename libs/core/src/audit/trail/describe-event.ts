import { type ChildEvent, type Placement } from '@ledger/domain';

function placement(p: Placement): string {
  const parts: string[] = [p.type];
  if (p.carerId) parts.push(`with carer ${p.carerId}`);
  if (p.provider) parts.push(`provider ${p.provider}`);
  return parts.join(' ');
}

/**
 * What a child event says, in words, for the audit trail: "Placement move recorded for
 * 2023-07-01: U6 with carer FC-4, reason CREQO". No child's name or postcode is in it.
 */
export function describeEvent(event: ChildEvent): string {
  const on = `for ${event.data.effectiveDate}`;
  switch (event.type) {
    case 'ChildRegistered':
      return `Child registered (born ${event.data.dateOfBirth}, sex ${event.data.sex}, authority ${event.data.responsibleAuthority})`;
    case 'ChildDetailsUpdated':
      return `Child's details updated ${on}`;
    case 'CareStarted':
      return `Care start recorded ${on}: ${placement(event.data.placement)}, legal status ${event.data.legalStatus}, need ${event.data.categoryOfNeed}`;
    case 'PlacementMoved':
      return (
        `Placement ${event.data.carerChanged ? 'move' : 'change with the same carer'} recorded ${on}: ${placement(event.data.placement)}` +
        (event.data.reason ? `, reason ${event.data.reason}` : '')
      );
    case 'LegalStatusChanged':
      return `Legal status change recorded ${on}: ${event.data.legalStatus}`;
    case 'TemporaryPlacementStarted':
      return `Temporary placement recorded ${on}: ${event.data.placement.type}`;
    case 'TemporaryPlacementEnded':
      return `Return from a temporary placement recorded ${on}`;
    case 'CareEnded':
      return `Care end recorded ${on}: reason ${event.data.reason}`;
    case 'StayingPutStarted':
      return (
        `Staying Put start recorded ${on}` + (event.data.carerId ? ` with carer ${event.data.carerId}` : '')
      );
    case 'StayingPutEnded':
      return `Staying Put end recorded ${on}`;
    case 'CareLeaverContactRecorded':
      return `Care leaver contact recorded ${on}: in touch ${event.data.inTouch}, activity ${event.data.activity}, accommodation ${event.data.accommodation}`;
    case 'AdoptionDecisionMade':
      return `Adoption decision recorded ${on}`;
    case 'AdoptionMatched':
      return `Adoption match recorded ${on}` + (event.data.byFosterCarer ? ' (with the foster carer)' : '');
    case 'AdoptionDecisionReversed':
      return `Adoption decision reversal recorded ${on}: reason ${event.data.reason}`;
    case 'EntryVoided':
      return `Entry ${event.data.eventId} voided: ${event.data.reason}`;
    default: {
      const unknown: never = event;
      return `Event ${(unknown as { type: string }).type}`;
    }
  }
}
