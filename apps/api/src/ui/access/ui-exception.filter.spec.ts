import { safeReturnTo } from './ui-exception.filter';

describe('where a sign-in returns to', () => {
  it.each([
    ['/ui/children/C1001?asKnownAt=5', '/ui/children/C1001?asKnownAt=5'],
    ['/ui', '/ui'],
    ['/ui?from=2023-04-01', '/ui?from=2023-04-01'],
    ['https://elsewhere.example/ui', '/ui'],
    ['//elsewhere.example/ui', '/ui'],
    ['/uix/other', '/ui'],
    ['/measures', '/ui'],
    [undefined, '/ui'],
    [['/ui/a', '/ui/b'], '/ui'],
  ])('%j returns to %s: only a page of the pages', (given, expected) => {
    expect(safeReturnTo(given)).toBe(expected);
  });
});
