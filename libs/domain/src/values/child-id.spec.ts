import { CHILD_ID_PATTERN, isChildId } from './child-id';

describe('the child id rule', () => {
  it('accepts the ids councils use, punctuation and all, up to 10 characters', () => {
    for (const id of ['C1001', 'AB.12', 'a-b_c', 'C/101', '1234567890', 'É1', 'X']) {
      expect(isChildId(id)).toBe(true);
    }
  });

  it('refuses empty, too long, spaced or control-character ids, and non-strings', () => {
    for (const id of ['', '12345678901', 'A B', ' C1', 'C1\n', 'C\u00001', 'C\u00071']) {
      expect(isChildId(id)).toBe(false);
    }
    expect(isChildId(1001)).toBe(false);
    expect(isChildId(undefined)).toBe(false);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(CHILD_ID_PATTERN.test('😀'.repeat(10))).toBe(true);
    expect(CHILD_ID_PATTERN.test('😀'.repeat(11))).toBe(false);
  });
});
