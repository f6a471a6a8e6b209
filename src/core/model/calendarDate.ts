/**
 * Calendar dates as plain integers, so that no time zone can ever shift them.
 * A `CalDate` keeps what the clerk wrote (a month alone has `d === null`); a `DayNumber`
 * is the count of days since 1970-01-01 and is what all arithmetic uses.
 */
export interface CalDate {
  readonly y: number;
  readonly m: number;
  /** null when only the month was written (`2020.07`, `2020年7月`). */
  readonly d: number | null;
}

export type DayNumber = number;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1900 &&
    y <= 2200 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** Days since 1970-01-01 (proleptic Gregorian), pure integer arithmetic. */
export function dayNumber(y: number, m: number, d: number): DayNumber {
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: DayNumber): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The first day a date can mean: a month alone means its first day. */
export function startDay(date: CalDate): DayNumber {
  return dayNumber(date.y, date.m, date.d ?? 1);
}

/** The last day a date can mean: a month alone means its last day. */
export function endDay(date: CalDate): DayNumber {
  return dayNumber(date.y, date.m, date.d ?? daysInMonth(date.y, date.m));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `2020-07-02`, or `2020-07` for a month alone. */
export function formatCalDate(date: CalDate): string {
  const ym = `${pad(date.y, 4)}-${pad(date.m, 2)}`;
  return date.d === null ? ym : `${ym}-${pad(date.d, 2)}`;
}

export function formatDayNumber(n: DayNumber): string {
  const { y, m, d } = fromDayNumber(n);
  return formatCalDate({ y, m, d });
}

/**
 * Excel's serial for a day: 1900 system counts from 1899-12-30 (its phantom 1900-02-29 is
 * before every date we handle), 1904 system from 1904-01-01.
 */
export function excelSerial(n: DayNumber, date1904 = false): number {
  return n - (date1904 ? dayNumber(1904, 1, 1) : dayNumber(1899, 12, 30));
}

export function fromExcelSerial(serial: number, date1904 = false): DayNumber {
  return Math.floor(serial) + (date1904 ? dayNumber(1904, 1, 1) : dayNumber(1899, 12, 30));
}
