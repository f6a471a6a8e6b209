import type { ParsedCell } from "./streamWorkbookCell";
import { excelUtils, ValueType, type RowModel } from "./streamWorkbookInternals";

/**
 * The rows of a worksheet's `<sheetData>` read straight from its text, for the common shape of a
 * sheet (rows of cells holding `<v>`, `<f>` and inline `<is><t>` text, the five named entities),
 * with the models ExcelJS's row and cell parsers (row-xform.js, cell-xform.js over saxes) build
 * for the same rows, field for field as far as the reader reads them (a row's height or spans
 * are not), so that everything after parsing runs unchanged. ExcelJS's way through a SAX parser
 * (an event object per tag and text, an attribute object per tag, a parser object per element)
 * was most of the time a district's ballot workbook took to read.
 *
 * Only what is certainly well-formed and read alike is read here: anything else (a comment,
 * CDATA, a processing instruction, rich text, a character reference, an element of another name
 * or prefix, a carriage return or control character, text where none is read, `]]>`, a duplicate
 * attribute) stops the scanner at the start of its row, and that row and everything after it is
 * parsed by ExcelJS's own parsers as before (sheetDataSplit.ts), which also raise its errors.
 */
export interface ScannedRow extends RowModel {
  styleId?: number;
  cells: ParsedCell[];
}

/** Why the scanner stopped: the text ends within a row, `</sheetData>` is next, or something it does not read. */
export const SCAN_MORE = 0;
export const SCAN_END = 1;
export const SCAN_ODD = 2;
export type ScanStop = typeof SCAN_MORE | typeof SCAN_END | typeof SCAN_ODD;

/** Returned by the readers below in place of a position. */
const MORE = -1;
const ODD = -2;

const LT = 60;
const GT = 62;
const SLASH = 47;
const AMP = 38;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const BRACKET = 93;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9;
/** ASCII name characters only (XML allows more; those fall back). */
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/** The five entities XML predefines; saxes decodes them, and nothing else is read here. */
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Whether `name` starts at `at`, followed by what may follow an element's name (space, `>` or `/`). */
function isTag(s: string, at: number, name: string): boolean {
  if (!s.startsWith(name, at)) return false;
  const c = s.charCodeAt(at + name.length);
  return isSpace(c) || c === GT || c === SLASH;
}

/** The attributes of one start tag, those the parsers read kept (saxes refuses a tag that repeats one). */
class Tag {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
  ref: string | undefined;
  si: string | undefined;
  selfClosing = false;
  /** Where the tag's attribute names start, and their lengths: compared in place, never cut out. */
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];

  /** Reads from just after the tag's name to just after its `>`; returns that position, MORE or ODD. */
  read(s: string, at: number): number {
    this.r = this.s = this.t = this.ref = this.si = undefined;
    this.starts.length = 0;
    this.lengths.length = 0;
    let p = at;
    const end = s.length;
    for (;;) {
      let spaced = false;
      while (p < end && isSpace(s.charCodeAt(p))) {
        spaced = true;
        p++;
      }
      if (p >= end) return MORE;
      let c = s.charCodeAt(p);
      if (c === GT) {
        this.selfClosing = false;
        return p + 1;
      }
      if (c === SLASH) {
        if (p + 1 >= end) return MORE;
        if (s.charCodeAt(p + 1) !== GT) return ODD;
        this.selfClosing = true;
        return p + 2;
      }
      if (!spaced || !isNameStart(c)) return ODD;
      const start = p++;
      while (p < end && isNameChar(s.charCodeAt(p))) p++;
      const length = p - start;
      while (p < end && isSpace(s.charCodeAt(p))) p++;
      if (p >= end) return MORE;
      if (s.charCodeAt(p++) !== EQ) return ODD;
      while (p < end && isSpace(s.charCodeAt(p))) p++;
      if (p >= end) return MORE;
      const quote = s.charCodeAt(p);
      if (quote !== QUOT && quote !== APOS) return ODD;
      const close = s.indexOf(quote === QUOT ? '"' : "'", p + 1);
      if (close < 0) return MORE;
      for (let k = p + 1; k < close; k++) {
        c = s.charCodeAt(k);
        // Whitespace is normalised, entities decoded and surrogates checked by saxes: left to it.
        if (c < 32 || c === LT || c === AMP || c >= 0xd800) return ODD;
      }
      if (this.repeats(s, start, length)) return ODD;
      this.starts.push(start);
      this.lengths.push(length);
      this.keep(s, start, length, p + 1, close);
      p = close + 1;
    }
  }

  private repeats(s: string, start: number, length: number): boolean {
    for (let i = 0; i < this.starts.length; i++) {
      if (this.lengths[i] !== length) continue;
      const other = this.starts[i] as number;
      let k = 0;
      while (k < length && s.charCodeAt(other + k) === s.charCodeAt(start + k)) k++;
      if (k === length) return true;
    }
    return false;
  }

  /** The value of `r`, `s`, `t`, `ref` or `si`; other attributes are not read. */
  private keep(s: string, name: number, length: number, from: number, to: number): void {
    const first = s.charCodeAt(name);
    if (length === 1) {
      if (first === 114) this.r = s.slice(from, to);
      else if (first === 115) this.s = s.slice(from, to);
      else if (first === 116) this.t = s.slice(from, to);
    } else if (length === 2 && first === 115 && s.charCodeAt(name + 1) === 105) this.si = s.slice(from, to);
    else if (length === 3 && s.startsWith("ref", name)) this.ref = s.slice(from, to);
  }
}

export class SheetDataScanner {
  private readonly tag = new Tag();
  /** The text of the element last read by `text`. */
  private read = "";
  /** The last row handed on: ExcelJS's row parser still holds it when its own parsers go on. */
  lastRow: ScannedRow | undefined;

  constructor(private readonly onRow: (row: ScannedRow) => void) {}

  /**
   * Hands on every whole row of `s` from `at`, and says where it stopped (the start of the row
   * it could not finish or read, or of `</sheetData>`) and why.
   */
  scan(s: string, at: number): { at: number; stop: ScanStop } {
    let p = at;
    const end = s.length;
    for (;;) {
      while (p < end && isSpace(s.charCodeAt(p))) p++;
      // Enough to tell `</sheetData>` and `<row ` apart from anything else.
      if (end - p < 13) return { at: p, stop: SCAN_MORE };
      if (s.charCodeAt(p) !== LT) return { at: p, stop: SCAN_ODD };
      if (s.startsWith("</sheetData", p)) {
        let q = p + 11;
        while (q < end && isSpace(s.charCodeAt(q))) q++;
        if (q >= end) return { at: p, stop: SCAN_MORE };
        return { at: p, stop: s.charCodeAt(q) === GT ? SCAN_END : SCAN_ODD };
      }
      if (!isTag(s, p, "<row")) return { at: p, stop: SCAN_ODD };
      const q = this.row(s, p + 4);
      if (q === MORE) return { at: p, stop: SCAN_MORE };
      if (q === ODD) return { at: p, stop: SCAN_ODD };
      p = q;
    }
  }

  /** One row from just after `<row`: handed on whole, or not at all. */
  private row(s: string, at: number): number {
    const tag = this.tag;
    let p = tag.read(s, at);
    if (p < 0) return p;
    // As row-xform.js reads them: `r` and `s` through parseInt (no `r` is NaN), `s` only when not empty.
    const row: ScannedRow = { number: parseInt(tag.r as string, 10), cells: [] };
    if (tag.s) row.styleId = parseInt(tag.s, 10);
    if (!tag.selfClosing) {
      p = this.cells(s, p, row.cells);
      if (p < 0) return p;
    }
    this.lastRow = row;
    this.onRow(row);
    return p;
  }

  private cells(s: string, at: number, cells: ParsedCell[]): number {
    let p = at;
    const end = s.length;
    const tag = this.tag;
    for (;;) {
      while (p < end && isSpace(s.charCodeAt(p))) p++;
      if (end - p < 6) return MORE;
      if (s.charCodeAt(p) !== LT) return ODD;
      if (isTag(s, p, "</row")) return closeTag(s, p + 5);
      if (!isTag(s, p, "<c")) return ODD;
      p = tag.read(s, p + 2);
      if (p < 0) return p;
      // As cell-xform.js's parseOpen: the address as written, `s` through parseInt when not empty.
      const cell: ParsedCell = { address: tag.r } as ParsedCell;
      const type = tag.t;
      if (tag.s) cell.styleId = parseInt(tag.s, 10);
      if (!tag.selfClosing) {
        p = this.cellContent(s, p, cell);
        if (p < 0) return p;
      }
      closeCell(cell, type);
      cells.push(cell);
    }
  }

  /** A cell's `<v>`, `<f>`, `<is>` and `<t>`, in any order and number, as cell-xform.js gathers them, up to `</c>`. */
  private cellContent(s: string, at: number, cell: ParsedCell): number {
    let p = at;
    const end = s.length;
    const tag = this.tag;
    for (;;) {
      while (p < end && isSpace(s.charCodeAt(p))) p++;
      if (end - p < 5) return MORE;
      if (s.charCodeAt(p) !== LT) return ODD;
      if (isTag(s, p, "</c")) return closeTag(s, p + 3);
      if (isTag(s, p, "<v") || isTag(s, p, "<t")) {
        const name = s.charCodeAt(p + 1) === 118 ? "v" : "t";
        p = this.element(s, p + 2, name);
        if (p < 0) return p;
        if (this.read.length > 0) cell.value = cell.value ? (cell.value as string) + this.read : this.read;
      } else if (isTag(s, p, "<f")) {
        p = tag.read(s, p + 2);
        if (p < 0) return p;
        cell.si = tag.si;
        cell.shareType = tag.t;
        cell.ref = tag.ref;
        this.read = "";
        if (!tag.selfClosing) p = this.text(s, p, "f");
        if (p < 0) return p;
        if (this.read.length > 0) cell.formula = cell.formula ? cell.formula + this.read : this.read;
      } else if (isTag(s, p, "<is")) {
        p = this.inline(s, p + 3, cell);
        if (p < 0) return p;
      } else return ODD;
    }
  }

  /** `<is>`'s `<t>` elements (its runs of rich text fall back), read as cell-xform.js reads a `<t>`. */
  private inline(s: string, at: number, cell: ParsedCell): number {
    let p = this.tag.read(s, at);
    if (p < 0 || this.tag.selfClosing) return p;
    const end = s.length;
    for (;;) {
      while (p < end && isSpace(s.charCodeAt(p))) p++;
      if (end - p < 5) return MORE;
      if (s.charCodeAt(p) !== LT) return ODD;
      if (isTag(s, p, "</is")) return closeTag(s, p + 4);
      if (!isTag(s, p, "<t")) return ODD;
      p = this.element(s, p + 2, "t");
      if (p < 0) return p;
      if (this.read.length > 0) cell.value = cell.value ? (cell.value as string) + this.read : this.read;
    }
  }

  /** An element whose attributes are not read, from just after its name to after its end tag; its text in `read`. */
  private element(s: string, at: number, name: string): number {
    const p = this.tag.read(s, at);
    this.read = "";
    if (p < 0 || this.tag.selfClosing) return p;
    return this.text(s, p, name);
  }

  /** Character data up to `</name>`, entities decoded, into `read`; any markup within falls back. */
  private text(s: string, at: number, name: string): number {
    const lt = s.indexOf("<", at);
    if (lt < 0) return MORE;
    let decoded = "";
    let from = at;
    for (let k = at; k < lt; k++) {
      const c = s.charCodeAt(k);
      if (c < 32 ? c !== 9 && c !== 10 : c >= 0xfffe) return ODD;
      if (c === BRACKET && s.startsWith("]]>", k)) return ODD;
      if (c !== AMP) continue;
      const semi = s.indexOf(";", k);
      const entity = semi < 0 || semi > lt ? undefined : ENTITIES.get(s.slice(k + 1, semi));
      if (entity === undefined) return ODD;
      decoded += s.slice(from, k) + entity;
      from = semi + 1;
      k = semi;
    }
    this.read = from === at ? s.slice(at, lt) : decoded + s.slice(from, lt);
    if (s.length - lt < name.length + 3) return MORE;
    if (!isTag(s, lt, `</${name}`)) return ODD;
    return closeTag(s, lt + 2 + name.length);
  }
}

/** After an end tag's name: optional spaces and `>`. */
function closeTag(s: string, at: number): number {
  let p = at;
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  if (p >= s.length) return MORE;
  return s.charCodeAt(p) === GT ? p + 1 : ODD;
}

/** cell-xform.js's parseClose of `</c>`: the cell's type and value from what its elements held. */
function closeCell(model: ParsedCell, t: string | undefined): void {
  const value = model.value as string | undefined;
  if (model.formula || model.shareType) {
    model.type = ValueType.Formula;
    if (value) {
      if (t === "str") model.result = excelUtils.xmlDecode(value);
      else if (t === "b") model.result = parseInt(value, 10) !== 0;
      else if (t === "e") model.result = { error: value };
      else model.result = parseFloat(value);
      model.value = undefined;
    }
  } else if (value !== undefined) {
    switch (t) {
      case "s":
        model.type = ValueType.String;
        model.value = parseInt(value, 10);
        break;
      case "str":
        model.type = ValueType.String;
        model.value = excelUtils.xmlDecode(value);
        break;
      case "inlineStr":
        model.type = ValueType.String;
        break;
      case "b":
        model.type = ValueType.Boolean;
        model.value = parseInt(value, 10) !== 0;
        break;
      case "e":
        model.type = ValueType.Error;
        model.value = { error: value };
        break;
      default:
        model.type = ValueType.Number;
        model.value = parseFloat(value);
    }
  } else if (model.styleId) model.type = ValueType.Null;
  else model.type = ValueType.Merge;
}
