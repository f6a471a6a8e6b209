import type { CalDate } from "../../model/calendarDate";
import type { DisciplineRule } from "../../rules/rules";

/**
 * Reading a 处分情况 cell (一.7): it may hold several records separated by `；;，,、` or line
 * breaks; each is matched against the discipline table's keywords. A record's year comes from
 * its own text, else the 处分时间 column, else it counts as Y.
 */
export interface DisciplineRecord {
  text: string;
  year: number;
  /** The rules this record matches (a rule matches when a keyword is present and no exclusion is). */
  rules: DisciplineRule[];
}

const SEPARATORS = /[；;，,、\r\n]+/;
const FULL_WIDTH_DIGIT = /[０-９]/g;
/** `2019年`, `2019.12`, `2019-12`, `2019/12`: a four-digit year followed by a date mark. */
const YEAR_IN_TEXT = /((?:19|20|21)\d{2})\s*(?:年|[.\-/．]\s*\d)/;

export function splitRecords(cell: string): string[] {
  return cell
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function yearInText(text: string): number | null {
  const digits = text.replace(FULL_WIDTH_DIGIT, (ch) => String(ch.charCodeAt(0) - 0xff10));
  const m = YEAR_IN_TEXT.exec(digits);
  return m?.[1] === undefined ? null : Number(m[1]);
}

export function matchingRules(text: string, table: readonly DisciplineRule[]): DisciplineRule[] {
  return table.filter(
    (rule) => rule.keywords.some((k) => text.includes(k)) && !rule.excludes.some((x) => text.includes(x)),
  );
}

/**
 * The records of a cell. Clerks also use commas inside one record (`2019年12月，受记大过处分`,
 * `被立案审查，已结案`), so a fragment without any keyword of the table is not a record of its
 * own: it belongs to the record before it, or, at the start, to the record after it. That keeps
 * a record's year and its 已结案 with the record they qualify.
 */
export function readRecords(
  cell: string,
  column: CalDate | null,
  year: number,
  table: readonly DisciplineRule[],
): DisciplineRecord[] {
  const groups: string[][] = [];
  let lead: string[] = [];
  for (const fragment of splitRecords(cell)) {
    const last = groups[groups.length - 1];
    if (hasKeyword(fragment, table)) {
      groups.push([...lead, fragment]);
      lead = [];
    } else if (last !== undefined) {
      last.push(fragment);
    } else {
      lead.push(fragment);
    }
  }
  if (lead.length > 0) groups.push(lead);
  return groups.map((parts) => {
    const text = parts.join("，");
    return { text, year: yearInText(text) ?? column?.y ?? year, rules: matchingRules(text, table) };
  });
}

function hasKeyword(text: string, table: readonly DisciplineRule[]): boolean {
  return table.some((rule) => rule.keywords.some((k) => text.includes(k)));
}

/**
 * Whether a matched rule still applies in Y. An open investigation (deferred) applies until
 * the record says 已结案, whenever it began: the table gives it no year limit. Sanctions apply
 * in their record's year and, for `years: 2`, the next year too. A record dated after Y
 * cannot affect Y.
 */
export function inForce(rule: DisciplineRule, recordYear: number, year: number): boolean {
  if (recordYear > year) return false;
  if (rule.effect === "deferred") return true;
  return year - recordYear < rule.years;
}
