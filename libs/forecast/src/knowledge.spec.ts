import { collectionYearStartOf, knowledgeOf, type ImportEntry } from './knowledge';

const imports: ImportEntry[] = [
  {
    position: 500n,
    recordedAt: '2024-06-01T10:00:00.000Z',
    years: ['2021-22', '2022-23'],
    importId: 'first',
  },
  {
    position: 900n,
    recordedAt: '2024-07-01T10:00:00.000Z',
    years: ['2022-23', '2023-24'],
    importId: 'second',
  },
];

describe('what the ledger first knew of an origin', () => {
  it('reads the collection year from April to March', () => {
    expect(collectionYearStartOf('2023-03-31')).toBe(2022);
    expect(collectionYearStartOf('2023-04-01')).toBe(2023);
  });

  it('is the position of the first import that brought a return covering the origin', () => {
    expect(knowledgeOf('2022-06-30', { imports })).toEqual({
      asKnownAt: { position: 500n },
      source: 'import',
      importId: 'first',
      label: '500',
    });
    expect(knowledgeOf('2023-12-31', { imports })).toMatchObject({ label: '900', importId: 'second' });
    expect(knowledgeOf('2024-04-30', { imports })).toBeUndefined();
  });

  it('is the end of the day in recorded time when the ledger was already recording then, and earlier', () => {
    const live = { imports, firstRecordedAt: '2023-01-05T09:00:00.000Z' };
    expect(knowledgeOf('2023-12-31', live)).toEqual({
      asKnownAt: { recordedAt: '2023-12-31T23:59:59.999Z' },
      source: 'recorded',
      label: '2023-12-31T23:59:59.999Z',
    });
    // Before the ledger recorded anything, the import it later took is what it first knew.
    expect(knowledgeOf('2022-06-30', live)).toMatchObject({ source: 'import', label: '500' });
    expect(knowledgeOf('2025-01-31', live)).toMatchObject({ source: 'recorded' });
  });
});
