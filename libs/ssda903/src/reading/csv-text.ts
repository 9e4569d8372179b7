import { createReadStream } from 'node:fs';

/** The encodings a 903 file may be read in: UTF-8 (the default, checked) or Windows-1252. */
export const CSV_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

const ENCODING_NAMES: Readonly<Record<string, CsvEncoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  // WHATWG decodes Latin-1 labels as Windows-1252, its superset for every printable byte.
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/** The encoding a name stands for (case-insensitive; latin1 and cp1252 mean Windows-1252). */
export function csvEncodingOf(name: string): CsvEncoding | undefined {
  return ENCODING_NAMES[name.toLowerCase()];
}

/** A file that is not a readable CSV file as a whole: the message names the line and column. */
export class CsvFileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFileProblem';
  }
}

/** Signatures of the binary files people give instead of a CSV export. */
const SIGNATURES: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive or an Excel .xlsx workbook: save the sheet as CSV'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an Excel .xls workbook: save the sheet as CSV'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/** Refuses a file whose first bytes are a known binary signature or hold a NUL byte. */
function checkNotBinary(head: Buffer): void {
  for (const [bytes, what] of SIGNATURES)
    if (bytes.every((b, i) => head[i] === b)) throw new CsvFileProblem(`not a CSV file: it is ${what}`);
  const nul = head.subarray(0, 8192).indexOf(0);
  if (nul >= 0)
    throw new CsvFileProblem(`not a CSV file: it holds binary data (a NUL byte at offset ${nul})`);
}

/**
 * Checks UTF-8 byte by byte across chunks (RFC 3629: no overlong forms, surrogates or values
 * above U+10FFFF). `push` returns the offset in the chunk of the first byte of the first bad
 * sequence, or -1.
 */
class Utf8Check {
  private need = 0;
  private low = 0x80;
  private high = 0xbf;

  push(chunk: Buffer): number {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.need > 0) {
        if (b < this.low || b > this.high) return Math.max(0, i - 1);
        this.need -= 1;
        this.low = 0x80;
        this.high = 0xbf;
        continue;
      }
      if (b <= 0x7f) continue;
      if (b >= 0xc2 && b <= 0xdf) this.need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.need = 2;
        if (b === 0xe0) this.low = 0xa0;
        if (b === 0xed) this.high = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.need = 3;
        if (b === 0xf0) this.low = 0x90;
        if (b === 0xf4) this.high = 0x8f;
      } else return i;
    }
    return -1;
  }

  /** True when the input ended in the middle of a character. */
  get incomplete(): boolean {
    return this.need > 0;
  }
}

/**
 * Follows the decoded text: the line and column (in UTF-16 units), and enough CSV structure
 * to say where a quoted field opened and whether the last line is cut short. A quote opens a
 * field only at its start; inside, `""` is a quote character. Text without a quote, the usual
 * case, takes a fast path that only looks for line ends.
 */
class TextPosition {
  line = 1;
  column = 0;
  private inQuote = false;
  private justClosed = false;
  private atFieldStart = true;
  private fields = 1;
  private headerFields: number | undefined;
  private quoteAt = { line: 0, column: 0 };
  private last = '';

  feed(text: string): void {
    if (text === '') return;
    if (!this.inQuote && !this.justClosed && !text.includes('"')) this.feedUnquoted(text);
    else for (let i = 0; i < text.length; i++) this.feedChar(text[i]);
    this.last = text[text.length - 1];
  }

  private feedUnquoted(text: string): void {
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      this.headerFields ??= this.fields + commasIn(text, start, end);
      this.line += 1;
      this.fields = 1;
      start = end + 1;
    }
    this.column = (start === 0 ? this.column : 0) + text.length - start;
    this.fields += commasIn(text, start, text.length);
    let i = text.length - 1;
    while (i >= start && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i -= 1;
    if (i >= start) this.atFieldStart = text[i] === ',';
    else if (start > 0) this.atFieldStart = true;
  }

  private feedChar(ch: string): void {
    this.column += 1;
    if (this.inQuote) {
      if (ch === '"') {
        this.inQuote = false;
        this.justClosed = true;
      } else if (ch === '\n') this.newLine();
      return;
    }
    if (ch === '"' && (this.atFieldStart || this.justClosed)) {
      if (this.atFieldStart) this.quoteAt = { line: this.line, column: this.column };
      this.inQuote = true;
      this.atFieldStart = false;
    } else if (ch === ',') {
      this.fields += 1;
      this.atFieldStart = true;
    } else if (ch === '\n') {
      this.headerFields ??= this.fields;
      this.fields = 1;
      this.atFieldStart = true;
      this.newLine();
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\r') this.atFieldStart = false;
    this.justClosed = false;
  }

  private newLine(): void {
    this.line += 1;
    this.column = 0;
  }

  /** Refuses a file that ends inside a quoted field, or whose unended last line is short of fields. */
  finish(): void {
    const unended = this.last !== '' && this.last !== '\n';
    if (this.inQuote)
      throw new CsvFileProblem(
        `line ${this.quoteAt.line} column ${this.quoteAt.column}: a quoted field opens here and is never closed` +
          (unended ? ' (the file looks truncated: it ends inside it)' : ''),
      );
    if (unended && this.headerFields !== undefined && this.fields < this.headerFields)
      throw new CsvFileProblem(
        `the file looks truncated: its last line (${this.line}) stops after ${this.fields} of the header's ${this.headerFields} fields, with no line end`,
      );
  }
}

function commasIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(',', from); i >= 0 && i < to; i = text.indexOf(',', i + 1)) n += 1;
  return n;
}

/**
 * The text of a CSV file, decoded chunk by chunk, refusing (with {@link CsvFileProblem}) what
 * would otherwise be read wrongly: a binary file, bytes that are not UTF-8 (never turned
 * silently into U+FFFD; `windows-1252` reads a Latin-1 export), a quoted field never closed,
 * a file cut short. A byte order mark is dropped; a UTF-8 one means UTF-8 whatever `given` says.
 */
export async function* csvText(path: string, given: CsvEncoding = 'utf-8'): AsyncGenerator<string> {
  let decoder = new TextDecoder(given);
  let check = given === 'utf-8' ? new Utf8Check() : undefined;
  const position = new TextPosition();
  let first = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (first) {
      checkNotBinary(chunk);
      // A UTF-8 byte order mark settles the encoding, whatever was given.
      if (!check && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        decoder = new TextDecoder('utf-8');
        check = new Utf8Check();
      }
    }
    first = false;
    const bad = check ? check.push(chunk) : -1;
    if (bad >= 0) {
      position.feed(decoder.decode(chunk.subarray(0, bad), { stream: true }));
      throw new CsvFileProblem(
        `line ${position.line} column ${position.column + 1}: byte 0x${chunk[bad].toString(16).toUpperCase()} is not UTF-8 ` +
          '(a Windows-1252 or Latin-1 export? read it with --encoding windows-1252, or save it as UTF-8)',
      );
    }
    const text = decoder.decode(chunk, { stream: true });
    position.feed(text);
    if (text) yield text;
  }
  if (check?.incomplete)
    throw new CsvFileProblem(
      `line ${position.line} column ${position.column + 1}: the file ends inside a UTF-8 character (it looks truncated)`,
    );
  const rest = decoder.decode();
  position.feed(rest);
  if (rest) yield rest;
  position.finish();
}
