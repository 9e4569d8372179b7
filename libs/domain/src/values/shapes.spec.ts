import { AUTHORITY_CODE, isPostcodeShape, isSupportedDate } from './shapes';

describe('input shapes', () => {
  it.each([
    'DT1 1AA',
    'dt11aa',
    'W1A 0AX',
    'E1  6AN',
    'EC1A 1BB',
    'NPT 5JZ',
    'ZZ99 3VZ',
    'ZZ99 3CZ',
    'DT1 1',
    'GIR 0AA',
  ])('accepts the postcode shape %s (directory entries included)', (postcode) =>
    expect(isPostcodeShape(postcode)).toBe(true),
  );

  it.each(['=HYPERLINK("x")', '+DT1 1AA', '-1', '@SUM(1)', 'DT1\t1AA', '12345', 'D', 'DT1 1AAAAA', ''])(
    'refuses %j',
    (text) => expect(isPostcodeShape(text)).toBe(false),
  );

  it('takes ONS authority codes only', () => {
    expect(
      ['E06000059', 'E08000025', 'E09000033', 'E10000014', 'W06000015'].every((c) => AUTHORITY_CODE.test(c)),
    ).toBe(true);
    expect(
      ['E07000001', 'e06000059', 'E0600005', 'X', 'DROP TABLE'].some((c) => AUTHORITY_CODE.test(c)),
    ).toBe(false);
  });

  it('supports dates from 1900-01-01 to 2100-12-31', () => {
    expect(['1900-01-01', '2024-02-29', '2100-12-31'].every(isSupportedDate)).toBe(true);
    expect(['1899-12-31', '0000-01-01', '9999-12-31', '2101-01-01', '2023-02-30'].some(isSupportedDate)).toBe(
      false,
    );
  });
});
