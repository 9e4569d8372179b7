// Every shape the ONS Postcode Directory holds: the usual outward codes, and the legacy
// three-letter ones some terminated postcodes still carry (Newport's "NPT 5JZ").
const FULL_POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{3})\d[A-Z]{2}$/;
const SECTOR = /^(?:[A-Z]{1,2}\d[A-Z\d]?|[A-Z]{3})\d$/;

/**
 * A full postcode in the ONS `pcds` form ("DT1 1AB": upper case, one space before the inward
 * code), or undefined when the text is not a full postcode.
 */
export function normalisePostcode(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return FULL_POSTCODE.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : undefined;
}

/**
 * The postcode sector ("DT1 1"): the postcode less its last two characters. Accepts a full
 * postcode or a sector already; undefined when the text is neither.
 */
export function postcodeSector(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (FULL_POSTCODE.test(compact)) return `${compact.slice(0, -3)} ${compact.slice(-3, -2)}`;
  if (SECTOR.test(compact)) return `${compact.slice(0, -1)} ${compact.slice(-1)}`;
  return undefined;
}
