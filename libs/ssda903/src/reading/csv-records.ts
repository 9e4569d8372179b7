import { Readable } from 'node:stream';
import { parse, type Options } from 'csv-parse';

/** One parsed CSV record and the line it ends on. */
export interface CsvRecord {
  readonly record: string[];
  readonly line: number;
}

/** The parser settings every 903 read uses: blank lines skipped, values trimmed, a byte order mark dropped. */
const OPTIONS: Options = {
  bom: true,
  info: true,
  relax_column_count: true,
  skip_empty_lines: true,
  trim: true,
};

/** A line csv-parse skips: nothing but the characters its left trim drops. */
const BLANK = /^[ \t\f]*$/;
/** What csv-parse's trim takes off a value's start (its trimmable characters)... */
const LEADING = /^[\r\n\f \t]+/;

/** ...and off its end (JavaScript's own whitespace, `trimEnd`): the common case is neither. */
function trimmed(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(n - 1);
  if (first > 32 && last > 32 && last < 127) return value;
  return value.replace(LEADING, '').trimEnd();
}

/**
 * The records of decoded CSV text, exactly as csv-parse gives them with {@link OPTIONS} (records
 * and line numbers alike), but without its per-character state machine for the lines that need
 * none: while lines hold no quote and end the way the first line ends (`\n` or `\r\n`), a line is
 * its values split at commas and trimmed. From the first line that is anything else (a quoted
 * value, a stray carriage return), the rest of the text goes to csv-parse itself, told the line
 * ending found and how many lines came before, so every file reads as csv-parse reads it.
 */
export async function* csvRecordsOfText(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  const iterator = chunks[Symbol.asyncIterator]();
  let pending = '';
  let line = 0;
  /** '\n' or '\r\n' once the first line end is seen; csv-parse discovers it the same way. */
  let ending: '\n' | '\r\n' | undefined;
  let handOver = false;
  let done = false;
  while (!done && !handOver) {
    const next = await iterator.next();
    if (next.done) done = true;
    else pending += next.value;
    if (line === 0 && pending.charCodeAt(0) === 0xfeff) handOver = true;
    let start = 0;
    while (!handOver) {
      if (ending === undefined) {
        const cr = pending.indexOf('\r', start);
        const nl = pending.indexOf('\n', start);
        if (cr >= 0 && (nl < 0 || cr < nl)) {
          if (cr === pending.length - 1 && !done) break;
          if (pending[cr + 1] !== '\n') {
            handOver = true;
            break;
          }
          ending = '\r\n';
        } else if (nl >= 0) ending = '\n';
      }
      const nl = pending.indexOf('\n', start);
      const end = nl >= 0 ? nl : done ? pending.length : -1;
      if (end < 0) break;
      if (end === start && nl < 0) {
        start = end;
        break;
      }
      let text = pending.slice(start, end);
      if (nl >= 0 && ending === '\r\n') {
        if (text.charCodeAt(text.length - 1) !== 13) {
          handOver = true;
          break;
        }
        text = text.slice(0, -1);
      }
      if (text.includes('"') || text.includes('\r')) {
        handOver = true;
        break;
      }
      line += 1;
      start = nl >= 0 ? nl + 1 : end;
      if ((text.length === 0 || text.charCodeAt(0) <= 32) && BLANK.test(text)) continue;
      const record = text.split(',');
      for (let i = 0; i < record.length; i++) record[i] = trimmed(record[i]);
      yield { record, line };
    }
    pending = pending.slice(start);
  }
  if (!handOver) return;
  yield* handedOver(pending, iterator, line, ending);
}

/** The rest of the text through csv-parse, its line numbers counted on from `before`. */
async function* handedOver(
  pending: string,
  iterator: AsyncIterator<string>,
  before: number,
  ending: string | undefined,
): AsyncGenerator<CsvRecord> {
  async function* rest(): AsyncGenerator<string> {
    if (pending) yield pending;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const text = Readable.from(rest());
  // A byte order mark counts only at the file's start; the line ending is the one already found.
  const options: Options =
    before === 0 ? OPTIONS : { ...OPTIONS, bom: false, ...(ending ? { record_delimiter: ending } : {}) };
  const parser = text.pipe(parse(options));
  text.on('error', (error) => parser.destroy(error));
  try {
    for await (const chunk of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { record: chunk.record, line: before + chunk.info.lines };
    }
  } catch (error) {
    // csv-parse names the line it stopped at, counted from where it took over.
    if (before === 0 || !(error instanceof Error) || (error as { code?: unknown }).code === undefined)
      throw error;
    error.message = error.message.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) + before}`);
    throw error;
  }
}
