import { exponentialBackoff } from './backoff';

describe('exponentialBackoff', () => {
  it('grows by the factor from the first attempt and stops at the maximum', () => {
    const backoff = exponentialBackoff({ initialMs: 50, maxMs: 1000, factor: 3 });
    expect([1, 2, 3, 4, 5, 30].map(backoff)).toEqual([50, 150, 450, 1000, 1000, 1000]);
  });

  it('defaults to 100 ms doubling up to 10 s', () => {
    expect([1, 2, 3, 8, 9].map(exponentialBackoff())).toEqual([100, 200, 400, 10_000, 10_000]);
  });
});
