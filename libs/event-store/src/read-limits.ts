/**
 * Checks a read's `maxCount` and returns it, or `unlimited` when none is given (each adapter
 * has its own "no limit": the EventStoreDB client wants a finite number).
 */
export function checkMaxCount(maxCount: number | undefined, unlimited: number): number {
  if (maxCount === undefined) return unlimited;
  if (!Number.isInteger(maxCount) || maxCount < 0) {
    throw new RangeError(`maxCount must be a whole number ≥ 0: ${maxCount}`);
  }
  return maxCount;
}
