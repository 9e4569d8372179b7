import type { Return } from '../reading/return';
import { parseReturns } from '../stitching/child-rows';
import { stitchChild, type StitchedChild, type StitchOptions } from '../stitching/stitch-child';
import type { ChildRecords } from '../records/records';

/** One child's stitched records from returns, for tests. */
export function stitchedChild(
  returns: readonly Return[],
  childId: string,
  base?: ChildRecords,
  options?: StitchOptions,
): StitchedChild {
  return stitchChild(childId, parseReturns(returns).byChild.get(childId) ?? [], base, options);
}
