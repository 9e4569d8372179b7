import type { ChildOnDay } from './child-on-day';
import { placementGroupsOf } from './placement-groups';
import { locationOf } from './placement-location';
import {
  PLACEMENT_GROUPS,
  type PlacementGroup,
  type PlacementGroupCounts,
  type SnapshotSection,
} from './report.types';

/** The placement groups of a child looked after on the day; none when not looked after. */
export function groupsOfChild(child: ChildOnDay): PlacementGroup[] {
  if (!child.care) return [];
  return placementGroupsOf(
    child.care.placement,
    locationOf(child.care.placement, child.details?.responsibleAuthority),
  );
}

/** Section 6 (docs/measures.md §6): the children looked after on the day, by their placement that day. */
export class SnapshotMeasure {
  private children = 0;
  private uasc = 0;
  private readonly groups = new Map<PlacementGroup, number>(PLACEMENT_GROUPS.map((group) => [group, 0]));

  add(child: ChildOnDay): void {
    if (!child.care) return;
    this.children += 1;
    if (child.uasc) this.uasc += 1;
    for (const group of groupsOfChild(child)) this.groups.set(group, (this.groups.get(group) ?? 0) + 1);
  }

  result(): SnapshotSection {
    return {
      childrenLookedAfter: this.children,
      uasc: this.uasc,
      excludingUasc: this.children - this.uasc,
      byPlacementGroup: Object.fromEntries(this.groups) as PlacementGroupCounts,
    };
  }
}
