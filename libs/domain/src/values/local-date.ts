/**
 * Calendar days as ISO strings (`YYYY-MM-DD`). Dates in a child's life have no time
 * of day, so they are never `Date` objects: string comparison orders them, and the
 * arithmetic below works in UTC days so no time zone can shift a day.
 */
export type LocalDate = string;

const DAY_MS = 86_400_000;
/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar (for {@link fromUtcMs}). */
const EPOCH_FROM_MARCH_0000 = 719_468;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `text[at..at+width)` as a number when it is all ASCII digits, else -1. */
function digits(text: string, at: number, width: number): number {
  let n = 0;
  for (let i = at; i < at + width; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Year, month and day of `YYYY-MM-DD`, or undefined when it is not written so (any day number). */
function fields(value: string): [number, number, number] | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  return y < 0 || m < 0 || d < 0 ? undefined : [y, m, d];
}

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const f = fields(value);
  if (!f) return false;
  const [y, mo, d] = f;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/**
 * Days in the month (1-12), as `Date.UTC(year, month, 0)` counts them, years 0-99 included:
 * `Date.UTC` reads those as 1900-1999, so 0000-02 has 28 days here as it always had.
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return MONTH_DAYS[month - 1];
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

function parts(date: LocalDate): [number, number, number] {
  const f = fields(date);
  if (!f) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return f;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * The UTC day of an instant in milliseconds, as `toISOString` writes it: days to the civil
 * date by whole-number arithmetic for the years 0000-9999, `Date` for the rest.
 */
function fromUtcMs(ms: number): LocalDate {
  const days = Math.floor(ms / DAY_MS);
  if (!Number.isFinite(ms) || days < -719_528 || days > 2_932_896)
    return new Date(ms).toISOString().slice(0, 10);
  const z = days + EPOCH_FROM_MARCH_0000;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function toUtcMs(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Calendar month arithmetic clamped to the month's last day: 31 Aug - 6 months = 28/29 Feb. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/**
 * Age in whole years on `on`. A child born on 29 February turns a year older on
 * 1 March in non-leap years (docs/measures.md §0).
 */
export function ageOn(dateOfBirth: LocalDate, on: LocalDate): number {
  const [by, bm, bd] = parts(dateOfBirth);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** The day a person born on `dateOfBirth` reaches `age` (29 Feb birthdays fall on 1 Mar in other years). */
export function birthday(dateOfBirth: LocalDate, age: number): LocalDate {
  const [by, bm, bd] = parts(dateOfBirth);
  const y = by + age;
  if (bm === 2 && bd === 29 && daysInMonth(y, 2) === 28) return `${String(y).padStart(4, '0')}-03-01`;
  return `${String(y).padStart(4, '0')}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
}

/** The calendar day of an instant, in UTC (the ledger's clock is UTC). */
export function dateOfInstant(instant: string): LocalDate {
  // Every command of a change, every child of an import, asks for the same instant's day.
  if (instant === lastInstant) return lastDay;
  const day = new Date(instant).toISOString().slice(0, 10);
  [lastInstant, lastDay] = [instant, day];
  return day;
}

let lastInstant: string | undefined;
let lastDay = '';

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}
