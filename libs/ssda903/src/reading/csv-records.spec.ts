import { parse } from 'csv-parse/sync';
import { csvRecordsOfText } from './csv-records';

/** csv-parse's own reading of the text, with the options csvRecordsOfText keeps to. */
function byCsvParse(text: string): { records: [string[], number][] } | { error: string } {
  try {
    const rows = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return { records: rows.map((r) => [r.record, r.info.lines]) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The text cut into chunks of the given sizes in turn, as a file's reads cut it. */
async function* inChunks(text: string, sizes: readonly number[]): AsyncGenerator<string> {
  let at = 0;
  for (let i = 0; at < text.length; i++) {
    const size = sizes[i % sizes.length];
    yield await Promise.resolve(text.slice(at, at + size));
    at += size;
  }
}

async function byFastPath(text: string, sizes: readonly number[]) {
  const records: [string[], number][] = [];
  try {
    for await (const { record, line } of csvRecordsOfText(inChunks(text, sizes)))
      records.push([record, line]);
    return { records };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('csvRecordsOfText', () => {
  it('reads the usual file, line numbers and all, with the values trimmed and blank lines skipped', async () => {
    const text = 'CHILD,DOB, SEX \r\nC1, 01/02/2010 ,1\r\n\r\n  \r\nC2,03/04/2011,2\r\nC3,,\r\n';
    expect(await byFastPath(text, [7])).toEqual(byCsvParse(text));
    expect(await byFastPath(text, [7])).toEqual({
      records: [
        [['CHILD', 'DOB', 'SEX'], 1],
        [['C1', '01/02/2010', '1'], 2],
        [['C2', '03/04/2011', '2'], 5],
        [['C3', '', ''], 6],
      ],
    });
  });

  it('hands a quoted value, a stray carriage return or a mixed line end to csv-parse, counting lines on', async () => {
    const cases = [
      'A,B\nx,y\n"q,1",z\nlast,1\n',
      'A,B\r\nx,y\r\n"multi\r\nline",z\r\nlast,1',
      'A,B\r\nx,y\nz,w\r\n',
      'A,B\nx\ry,1\n',
      '"A",B\nx,y\n',
      'A,B\nx,ab"c\n',
      'A,B\nx,"open\n',
    ];
    for (const text of cases)
      expect([text, await byFastPath(text, [3, 5])]).toEqual([text, byCsvParse(text)]);
  });

  it('reads a thousand random texts exactly as csv-parse does, whatever the chunks', async () => {
    const next = random(903);
    const alphabet = ['a', 'b', '1', ',', ',', ' ', '\t', '\n', '\n', '\r\n', '\r', '"', '\f', '\u00a0', 'é'];
    for (let n = 0; n < 1200; n++) {
      const plain = next() < 0.6;
      const pick = plain ? alphabet.filter((c) => c !== '"' && c !== '\r') : alphabet;
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += pick[Math.floor(next() * pick.length)];
      const sizes = [1 + Math.floor(next() * 8), 1 + Math.floor(next() * 8)];
      expect([text, await byFastPath(text, sizes)]).toEqual([text, byCsvParse(text)]);
    }
  });
});
