import { endDay, startDay, type CalDate } from "../model/calendarDate";
import type { GridValue } from "../model/sheetGrid";
import { parseDateText } from "./dateText";
import { dropSpaces, toHalfWidth } from "./textNormalise";

/** A secondment period read from one 挂职起止时间 cell; `until` is null while it lasts (至今). */
export interface Period {
  from: CalDate;
  until: CalDate | null;
}

// Separators that never occur inside a date; the hyphen does (2020-03-01), so it is tried last.
const SEPARATORS = /至|到|—+|–|~|―|−/;
// `2020.03-至今`: still seconded. Checked before splitting, since 至 is also a separator.
const ONGOING = /^(.+?)(?:至今|-今|-现在|-目前|至现在|至目前)$/;
const MONTH_OF_SAME_YEAR = /^(\d{1,2})月?$/;

/**
 * `2020.03-2020.12`, `2020.3—2020.12`, `2020年3月至2020年12月`, `2020-03-01-2020-12-31`,
 * `2020.03-12` (a month of the same year), `2020.03-至今`. A single date is a start without an
 * end. Null when the text cannot be read without guessing, or the end is before the start.
 */
export function parsePeriodText(value: GridValue, date1904: boolean): Period | null {
  if (typeof value !== "string") {
    const single = parseDateText(value, date1904);
    return single ? { from: single, until: null } : null;
  }
  const text = dropSpaces(toHalfWidth(value));
  const ongoing = ONGOING.exec(text);
  if (ongoing) {
    const from = parseDateText((ongoing[1] ?? "").replace(/[-—–~―−]+$/, ""), date1904);
    return from ? { from, until: null } : null;
  }
  const parts = text.split(SEPARATORS);
  if (parts.length === 2) return periodFrom(parts[0] ?? "", parts[1] ?? "", date1904);
  if (parts.length > 2) return null;
  const single = parseDateText(text, date1904);
  if (single) return { from: single, until: null };
  return splitAtHyphen(text, date1904);
}

/** Tries every hyphen as the separator and accepts the one reading that works, if it is the only one. */
function splitAtHyphen(text: string, date1904: boolean): Period | null {
  const readings: Period[] = [];
  for (let i = text.indexOf("-"); i >= 0; i = text.indexOf("-", i + 1)) {
    const period = periodFrom(text.slice(0, i), text.slice(i + 1), date1904);
    if (period) readings.push(period);
  }
  return readings.length === 1 ? (readings[0] ?? null) : null;
}

function periodFrom(left: string, right: string, date1904: boolean): Period | null {
  const from = parseDateText(left, date1904);
  if (!from) return null;
  const until = parseDateText(right, date1904) ?? monthOfSameYear(from, right);
  if (!until || endDay(until) < startDay(from)) return null;
  return { from, until };
}

function monthOfSameYear(from: CalDate, text: string): CalDate | null {
  const m = MONTH_OF_SAME_YEAR.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  return month >= from.m && month <= 12 ? { y: from.y, m: month, d: null } : null;
}
