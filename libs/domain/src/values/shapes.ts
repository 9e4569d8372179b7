import { isLocalDate, type LocalDate } from './local-date';

/**
 * The shapes of the codes and dates the ledger takes in (docs/architecture.md §4): one
 * definition each, for the API's validators and the CLI's options alike.
 */

/** The first day any date may be: nobody in care today was born, or placed, earlier. */
export const EARLIEST_DATE: LocalDate = '1900-01-01';
/**
 * The last day any date may be. Query windows, inspection dates and the expected end of UASC
 * status may lie ahead; a fact of a child's life dated after today (by the ledger's clock) is
 * refused by the decider as `DATE.IN_FUTURE`, naming the field.
 */
export const LATEST_DATE: LocalDate = '2100-12-31';

/** Whether a date is a calendar date within the supported range, 1900-01-01 to 2100-12-31. */
export function isSupportedDate(value: unknown): value is LocalDate {
  return isLocalDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/**
 * An ONS code of an upper-tier authority responsible for children: English unitary (E06),
 * metropolitan (E08), London borough (E09), county (E10); Welsh (W06), Scottish (S12) and
 * Northern Irish (N09) councils for placements across the border.
 */
export const AUTHORITY_CODE = /^(E06|E08|E09|E10|W06|S12|N09)\d{6}$/;
export const AUTHORITY_CODE_MESSAGE =
  'must be an ONS authority code: E06, E08, E09, E10, W06, S12 or N09 and six digits (e.g. E06000059)';

/** The 903's codes for a placement outside England (PL_LA) besides the ONS codes. */
export const PLACEMENT_AUTHORITY_CODES = ['NIR', 'WAL', 'SCO', 'NUK', 'CON'] as const;

/**
 * A UK postcode, a postcode sector, or an older shape the ONS Postcode Directory still holds
 * (`NPT 5JZ`, the 903's `ZZ99 3VZ` "no fixed abode" codes). Deliberately permissive about
 * shape, strict about characters: letters, digits and at most two spaces, starting with a
 * letter, so nothing a spreadsheet reads as a formula gets in.
 */
export const POSTCODE = /^[A-Z]{1,3}[0-9]{0,2}[A-Z0-9]?(?: {0,2}[0-9](?:[A-Z]{2})?)?$/i;
export const POSTCODE_MESSAGE = 'must be a UK postcode or sector (e.g. DT1 1AA, DT1 1 or ZZ99 3VZ)';

/** Whether text has the shape of a postcode (or sector) the ledger accepts. */
export function isPostcodeShape(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 2 && value.length <= 8 && POSTCODE.test(value);
}
