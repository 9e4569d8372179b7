import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvEncodingOf, csvText } from './csv-text';

describe('csvText: the bytes of a CSV file, decoded and checked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csv-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  const fileOf = (content: string | Buffer) => {
    const path = join(dir, `f${(n += 1)}.csv`);
    writeFileSync(path, content);
    return path;
  };
  const read = async (content: string | Buffer, encoding?: 'utf-8' | 'windows-1252') => {
    let text = '';
    for await (const chunk of csvText(fileOf(content), encoding)) text += chunk;
    return text;
  };

  it('passes well-formed UTF-8 through, dropping a byte order mark; quoted commas, quotes and line ends are fine', async () => {
    const body = 'A,B\n"x, ""y""","multi\nline"\nÉ€😀,2';
    expect(await read(`\uFEFF${body}`)).toBe(body);
  });

  it('keeps a character split across read chunks whole', async () => {
    const body = `A\n${'é'.repeat(70_000)}\n`;
    expect(await read(body)).toBe(body);
  });

  it('names the line and column of the first byte that is not UTF-8, overlong and surrogate forms included', async () => {
    await expect(read(Buffer.from([0x41, 0x0a, 0x61, 0x62, 0xe9, 0x0a]))).rejects.toThrow(
      'line 2 column 3: byte 0xE9 is not UTF-8',
    );
    await expect(read(Buffer.from([0x41, 0xc0, 0xaf]))).rejects.toThrow('line 1 column 2: byte 0xC0');
    await expect(read(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).rejects.toThrow('line 1 column 2: byte 0xED');
    await expect(read(Buffer.from([0x41, 0x2c, 0xe2, 0x82]))).rejects.toThrow(
      'ends inside a UTF-8 character',
    );
  });

  it('reads Windows-1252 when told, and knows the usual names of it', async () => {
    expect(await read(Buffer.from([0x41, 0x0a, 0xc9, 0x80]), 'windows-1252')).toBe('A\nÉ€');
    // A UTF-8 byte order mark wins over the encoding given.
    expect(await read(Buffer.from('\uFEFFCHILD,É\n', 'utf8'), 'windows-1252')).toBe('CHILD,É\n');
    expect(['latin1', 'CP1252', 'iso-8859-1'].map(csvEncodingOf)).toEqual(Array(3).fill('windows-1252'));
    expect(csvEncodingOf('utf-16')).toBeUndefined();
  });

  it('refuses binary files, naming the common ones', async () => {
    await expect(read(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).rejects.toThrow(
      'not a CSV file: it is a zip archive or an Excel .xlsx',
    );
    await expect(read(Buffer.from('A,B\n1,\0'))).rejects.toThrow(
      'not a CSV file: it holds binary data (a NUL byte at offset 6)',
    );
  });

  it('names the line where a quoted field that never closes opened, not the last line', async () => {
    await expect(read('A,B\n1,"open\n2,3\n4,5\n')).rejects.toThrow(
      'line 2 column 3: a quoted field opens here and is never closed',
    );
    await expect(read('A,B\n1,"open\n2,3')).rejects.toThrow('(the file looks truncated: it ends inside it)');
  });

  it('says a file looks truncated when its last line has no end and too few fields; a complete last line without an end is fine', async () => {
    await expect(read('A,B,C\n1,2,3\n4,5')).rejects.toThrow(
      "the file looks truncated: its last line (3) stops after 2 of the header's 3 fields, with no line end",
    );
    expect(await read('A,B,C\n1,2,3\n4,5,6')).toBe('A,B,C\n1,2,3\n4,5,6');
  });

  it('keeps count of lines across read chunks, with and without quotes', async () => {
    const rows = '1,2,3\n'.repeat(20_000);
    await expect(read(`A,B,C\n${rows}4,"x\n5,6,7\n`)).rejects.toThrow(
      'line 20002 column 3: a quoted field opens',
    );
    await expect(read(`A,B,C\n${rows}4,5`)).rejects.toThrow(
      "its last line (20002) stops after 2 of the header's 3 fields",
    );
    await expect(
      read(Buffer.concat([Buffer.from(`A,B,C\n${rows}"q",`), Buffer.from([0xff])])),
    ).rejects.toThrow('line 20002 column 5: byte 0xFF');
  });
});
