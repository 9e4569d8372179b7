import { ReadModelStoppedError, ReadModelTimeoutError } from './read-model.errors';
import { PositionWaiters } from './position-waiters';

describe('PositionWaiters', () => {
  let reached: bigint | null;
  const waiters = new PositionWaiters('placements');
  const wait = (wanted: bigint, timeoutMs = 1_000) => waiters.wait(wanted, timeoutMs, () => reached);

  beforeEach(() => {
    reached = null;
  });
  afterEach(() => waiters.abandon());

  it('resolves at once when the position is already reached', async () => {
    reached = 5n;
    await expect(wait(5n)).resolves.toBeUndefined();
    expect(waiters.size).toBe(0);
  });

  it('releases exactly the waiters whose position has been passed', async () => {
    const settled: bigint[] = [];
    for (const wanted of [3n, 7n, 4n]) {
      wait(wanted).then(
        () => settled.push(wanted),
        () => undefined,
      );
    }
    reached = 4n;
    waiters.advanced(4n);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled.sort()).toEqual([3n, 4n]);
    expect(waiters.size).toBe(1);
  });

  it('times out naming the model, the wanted and the reached position', async () => {
    reached = 2n;
    const waiting = wait(9n, 20);
    await expect(waiting).rejects.toBeInstanceOf(ReadModelTimeoutError);
    await expect(waiting).rejects.toThrow(
      'Read model placements did not reach position 9 within 20 ms: it is at 2',
    );
    expect(waiters.size).toBe(0);
  });

  it('rejects every waiter when abandoned', async () => {
    const waiting = wait(1n);
    waiters.abandon();
    await expect(waiting).rejects.toBeInstanceOf(ReadModelStoppedError);
  });
});
