import { parseA1 } from "../../../src/core/model/address";
import { dayNumber, excelSerial } from "../../../src/core/model/calendarDate";
import { CVERR } from "../../../src/hosts/wps/etValues";
import type { FakeEtChart } from "./charts";

/**
 * The in-memory workbook behind the fake ET object model: what WPS would hold, kept as plain
 * data the tests can inspect without going through (and counting) object-model calls.
 */
export type CellValue = string | number | boolean | null;

export interface FakeCell {
  value: CellValue;
  formula?: string;
  /** An error value, as `#N/A`; Value2 gives its CVErr number. */
  error?: string;
  numFmt?: string;
  fill?: number;
  bold?: boolean;
  wrap?: boolean;
  vAlign?: number;
  hAlign?: number;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeRule {
  ref: string;
  type: number;
  formula: string;
  /** The active cell when the rule was added: ET reads relative references from it. */
  activeCell: string;
  fill?: number;
  fontColor?: number;
  priority: number;
}

export interface FakeValidation {
  ref: string;
  type: number;
  formula1: string;
  /** The active cell when it was added: ET reads relative references from it. */
  activeCell: string;
  prompt?: string;
  error?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  merges: Area[];
  rules: FakeRule[];
  validations: FakeValidation[];
  tables: { name: string; ref: string; style: string }[];
  /** What `PageSetup` was given, by property, as WPS keeps it. */
  pageSetup: Map<string, unknown>;
  /** Manual horizontal page breaks (`HPageBreaks`), by the row each starts, ascending. */
  rowBreaks: number[];
  widths: Map<number, number>;
  /** The areas whose rows were fitted to their text (`Rows.AutoFit`), in order. */
  fittedRows: Area[];
  notes: Map<string, string>;
  tabColor?: number;
  frozen: { rows: number; cols: number };
  protectedContents: boolean;
  /** Embedded charts, in the order they were added (`ChartObjects(1)` is the first). */
  charts: FakeEtChart[];
}

export interface FakeBook {
  name: string;
  date1904: boolean;
  protectStructure: boolean;
  sheets: FakeSheet[];
  names: { name: string; refersTo: string }[];
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    merges: [],
    rules: [],
    validations: [],
    tables: [],
    pageSetup: new Map(),
    rowBreaks: [],
    widths: new Map(),
    fittedRows: [],
    notes: new Map(),
    frozen: { rows: 0, cols: 0 },
    protectedContents: false,
    charts: [],
  };
}

export const key = (row: number, col: number) => `${row},${col}`;

/** `A1`, `A1:C3`, `C:C` or `2:4` (with or without `$`) as an area. */
export function parseArea(address: string): Area {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from = "", to = from] = bare.split(":");
  if (/^[A-Z]+$/i.test(from) && /^[A-Z]+$/i.test(to)) {
    const left = parseA1(`${from}1`)?.col ?? 1;
    const right = parseA1(`${to}1`)?.col ?? left;
    return { top: 1, left, bottom: 1048576, right };
  }
  if (/^\d+$/.test(from) && /^\d+$/.test(to)) return { top: Number(from), left: 1, bottom: Number(to), right: 16384 };
  const a = parseA1(from);
  const b = parseA1(to);
  if (a === null || b === null) throw new Error(`Range 方法失败：无效的引用“${address}”`);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * What ET stores for an entry written through `Formula` or `Value2`, as WPS parses it: a leading
 * apostrophe makes text (and is dropped), `=` a formula, a text format keeps text, and otherwise
 * numbers, booleans and dates are recognised (`001` becomes 1, `2020-07-02` a date).
 */
export function parseEntry(cell: FakeCell, entry: unknown, date1904: boolean): void {
  delete cell.formula;
  delete cell.error;
  if (entry === null || entry === undefined || entry === "") {
    cell.value = null;
    return;
  }
  if (typeof entry === "number" || typeof entry === "boolean") {
    cell.value = entry;
    return;
  }
  const text = typeof entry === "string" ? entry : JSON.stringify(entry);
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (cell.numFmt === "@") {
    cell.value = text;
    return;
  }
  if (text.startsWith("=") && text.length > 1) {
    cell.formula = text.slice(1);
    cell.value = null;
    return;
  }
  if (NUMBER.test(text.trim())) {
    cell.value = Number(text.trim());
    return;
  }
  if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === "true";
    return;
  }
  const date = ISO_DATE.exec(text);
  if (date !== null) {
    cell.value = excelSerial(dayNumber(Number(date[1]), Number(date[2]), Number(date[3])), date1904);
    if (cell.numFmt === undefined || cell.numFmt === "General") cell.numFmt = "yyyy/m/d";
    return;
  }
  cell.value = text;
}

/** `Value2` of a cell: errors as their CVErr number, as WPS gives them. */
export function value2Of(cell: FakeCell | undefined): CellValue {
  if (cell === undefined) return null;
  if (cell.error !== undefined) {
    const code = Object.entries(CVERR).find(([, text]) => text === cell.error)?.[0];
    return Number(code);
  }
  return cell.value;
}
