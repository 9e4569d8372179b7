import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { Gazetteer } from './gazetteer';

export interface LoadGazetteerOptions {
  /**
   * The upper-tier authority column. By default `utla`; without it, the county (`oscty`)
   * where it is a real county, else the lower tier (`laua`), as in a full ONSPD extract.
   */
  readonly upperTierColumn?: string;
}

/** A pseudo-county code meaning "no county": the district is then the upper tier. */
const NO_COUNTY = /^[A-Z]99999999$/;

/**
 * Loads a postcode gazetteer from a CSV with the ONS Postcode Directory's columns `pcds`,
 * `oseast1m`, `osnrth1m`, `laua` and an upper-tier column; rows may be postcodes or sectors.
 * Throws an Error naming the file and the missing columns when it cannot be used.
 */
export async function loadGazetteer(path: string, options: LoadGazetteerOptions = {}): Promise<Gazetteer> {
  const gazetteer = new Gazetteer();
  const parser = createReadStream(path).pipe(parse({ bom: true, trim: true, relax_column_count: true }));
  let at: ((record: string[]) => void) | undefined;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (at) at(record);
    else at = columnReader(path, record, options, gazetteer);
  }
  if (!at) throw new Error(`${path}: the postcode file is empty`);
  return gazetteer;
}

function columnReader(
  path: string,
  header: string[],
  options: LoadGazetteerOptions,
  gazetteer: Gazetteer,
): (record: string[]) => void {
  const index = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  const [pcds, east, north, laua] = ['pcds', 'oseast1m', 'osnrth1m', 'laua'].map(index);
  const upper = index(options.upperTierColumn ?? 'utla');
  const county = index('oscty');
  const missing = [
    ...(pcds < 0 ? ['pcds'] : []),
    ...(east < 0 ? ['oseast1m'] : []),
    ...(north < 0 ? ['osnrth1m'] : []),
    ...(laua < 0 ? ['laua'] : []),
    ...(options.upperTierColumn && upper < 0 ? [options.upperTierColumn] : []),
  ];
  if (missing.length > 0) throw new Error(`${path}: not a postcode directory, missing ${missing.join(', ')}`);
  const grid = (text: string | undefined) => (text && /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined);
  return (record) => {
    const lowerTier = record[laua] || undefined;
    const countyCode =
      county >= 0 && record[county] && !NO_COUNTY.test(record[county]) ? record[county] : undefined;
    const upperTier = (upper >= 0 ? record[upper] : undefined) || countyCode || lowerTier;
    gazetteer.add(record[pcds] ?? '', {
      easting: grid(record[east]),
      northing: grid(record[north]),
      lowerTier,
      upperTier,
    });
  };
}
