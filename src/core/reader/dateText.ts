import { fromDayNumber, fromExcelSerial, isValidYmd, type CalDate } from "../model/calendarDate";
import { isGridDate, type GridValue } from "../model/sheetGrid";
import { dropSpaces, toHalfWidth } from "./textNormalise";

/**
 * Dates in every form CONTRACT.md §1 lists: date cells, Excel serials (1900 or 1904 based),
 * `2020-07-02`, `2020/7/2`, `2020.7.2`, `2020.07`, `2020年7月2日`, `2020年7月`, and the
 * compact `20200702` / `202007`. A month alone keeps `d: null`. Anything else is null, and the
 * caller reports `date_invalid` at the cell.
 */
export function parseDateText(value: GridValue, date1904: boolean): CalDate | null {
  if (value === null) return null;
  if (isGridDate(value)) return dayDate(value.y, value.m, value.d);
  if (typeof value === "number") return dateFromNumber(value, date1904);
  if (typeof value !== "string") return null;
  return dateFromText(value, date1904);
}

const FULL_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const MONTH_ONLY = /^(\d{4})[-/.年](\d{1,2})月?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const COMPACT_MONTH = /^(\d{4})(\d{2})$/;
const SERIAL_TEXT = /^\d{3,7}(\.\d+)?$/;
// A time part that some programs append to a date typed as text.
const TIME_SUFFIX = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)$/;

function dateFromText(text: string, date1904: boolean): CalDate | null {
  const plain = dropSpaces(toHalfWidth(text).trim().replace(TIME_SUFFIX, ""));
  const full = FULL_DATE.exec(plain) ?? COMPACT_DATE.exec(plain);
  if (full) return dayDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = MONTH_ONLY.exec(plain) ?? COMPACT_MONTH.exec(plain);
  if (month) return monthDate(Number(month[1]), Number(month[2]));
  if (SERIAL_TEXT.test(plain)) return dateFromNumber(Number(plain), date1904);
  return null;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
// The last serial Excel can show (9999-12-31).
const MAX_SERIAL = 2958465;
// Below this the 1900 system is off by one day because of Excel's phantom 1900-02-29; no
// assessment date is that old, so such serials are rejected rather than shifted.
const FIRST_RELIABLE_1900_SERIAL = 61;

function dateFromNumber(n: number, date1904: boolean): CalDate | null {
  if (!Number.isFinite(n) || n < 0) return null;
  // `1975.03` typed into a cell becomes the number 1975.03: a year and a month, not a serial
  // (serials 1900–2200 are dates in 1905–1906, long before anyone assessed here was born).
  if (n >= FIRST_YEAR && n < LAST_YEAR + 1) return yearMonthNumber(n);
  if (Number.isInteger(n) && n >= 19000101 && n <= 22001231) {
    return dayDate(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  if (Number.isInteger(n) && n >= 190001 && n <= 220012) return monthDate(Math.floor(n / 100), n % 100);
  if (n > MAX_SERIAL || (!date1904 && n < FIRST_RELIABLE_1900_SERIAL)) return null;
  const { y, m, d } = fromDayNumber(fromExcelSerial(n, date1904));
  return dayDate(y, m, d);
}

/**
 * `2020.07` → July 2020, `2020.2` → February. The number 2020.1 is refused: Excel shows
 * `2020.10` typed into a number cell as 2020.1, so it may mean January or October, and
 * guessing would move a date by nine months.
 */
function yearMonthNumber(n: number): CalDate | null {
  const hundredths = Math.round(n * 100);
  if (Math.abs(n * 100 - hundredths) > 1e-6) return null;
  const digits = hundredths % 100;
  if (digits === 10) return null;
  return monthDate(Math.floor(n), digits % 10 === 0 ? digits / 10 : digits);
}

// isValidYmd also bounds the year to 1900–2200.
function dayDate(y: number, m: number, d: number): CalDate | null {
  return isValidYmd(y, m, d) ? { y, m, d } : null;
}

function monthDate(y: number, m: number): CalDate | null {
  return isValidYmd(y, m, 1) ? { y, m, d: null } : null;
}
