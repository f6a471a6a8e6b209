import { SCAN_MORE, SheetDataScanner, type ScannedRow } from "./sheetDataScanner";

/** The worksheet parser's row list (streamWorkbookSheet.ts), as the split below drives it. */
export interface RowList {
  /** `<sheetData>` elements it has been given so far. */
  readonly starts: number;
  onRow(row: ScannedRow): void;
  /** Its own parsers go on from here: ExcelJS's row parser keeps the last row read as its model. */
  resume(lastRow: ScannedRow | undefined): void;
}

const OPEN = "<sheetData>";
/**
 * A row not yet whole is scanned again from its start with each chunk: one longer than this (a
 * row of thousands of cells, or of one enormous text) goes to the parser instead, so that no row
 * is scanned more than a few times over.
 */
const LONGEST_PENDING = 1 << 20;
const HEAD = 0;
const BODY = 1;
const TAIL = 2;

/**
 * A worksheet part's text as the pieces ExcelJS's SAX parser is given, with the rows of its first
 * `<sheetData>` read by the scanner (sheetDataScanner.ts) in between: the parser meets
 * `<sheetData>` and, right after it, `</sheetData>` and the rest, and the rows go to the row list
 * as its own parsers would have handed them on. The parser (parse-sax.js) hands its events on
 * after each piece, so the text up to `<sheetData>` is parsed before the scanner starts; the rows
 * are read by the scanner only if the row list was given that very element (not one within a
 * comment, or within an element of its own), and from the first row the scanner cannot read,
 * the rest goes to the parser as it comes.
 */
export async function* splitSheetData(chunks: AsyncIterable<string>, rows: RowList): AsyncGenerator<string> {
  const scanner = new SheetDataScanner((row) => rows.onRow(row));
  let mode = HEAD;
  let pending = "";
  for await (const chunk of chunks) {
    pending += chunk;
    if (mode === HEAD) {
      const open = pending.indexOf(OPEN);
      if (open < 0) {
        // A `<sheetData>` cut by the chunk's end is kept for the next.
        const cut = Math.max(0, pending.length - (OPEN.length - 1));
        if (cut > 0) yield pending.slice(0, cut);
        pending = pending.slice(cut);
        continue;
      }
      const starts = rows.starts;
      yield pending.slice(0, open + OPEN.length);
      pending = pending.slice(open + OPEN.length);
      // Only the part's first: ExcelJS's row and cell parsers are then as new, and may be left otherwise by odd rows.
      mode = starts === 0 && rows.starts === 1 ? BODY : TAIL;
    }
    if (mode === BODY) {
      const { at, stop } = scanner.scan(pending, 0);
      pending = pending.slice(at);
      if (stop === SCAN_MORE && pending.length <= LONGEST_PENDING) continue;
      rows.resume(scanner.lastRow);
      mode = TAIL;
    }
    if (pending.length > 0) yield pending;
    pending = "";
  }
  if (mode === BODY) rows.resume(scanner.lastRow);
  if (pending.length > 0) yield pending;
}
