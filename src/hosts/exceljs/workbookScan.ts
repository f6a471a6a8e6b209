import { storedBytes, zipEntries, type ZipEntry } from "./zipEntries";

/**
 * A look inside an .xlsx before loading it: how many cells its sheets store and whether its
 * structure is protected. ExcelJS builds every cell of a workbook in memory at once (about
 * 600 bytes each), so the cells are counted first, streaming through the unpacked sheets a
 * chunk at a time: a workbook too large to load is refused at the cost of reading it once.
 */
export interface WorkbookScan {
  /** `<c>` elements in all worksheets: every cell the file stores, values or formats. */
  storedCells: number;
  /** Rows stored in the tallest worksheet. */
  tallestSheetRows: number;
  /** Review › Protect Workbook: no sheet may be added or removed. */
  structureLocked: boolean;
  /** The workbook counts dates from 1904, written `1` or `true` (both are the format's boolean). */
  date1904: boolean;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
/** A cell or row element, with or without a namespace prefix (`<c `, `<x:c>`, `<row …>`). */
const ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(c|row)[\s/>]/g;
/** Longer than any match, so that a match cut by a chunk boundary is found whole in the next text. */
const OVERLAP = 64;

/**
 * Counting stops once more than `cellLimit` cells are found: the answer is then "too many",
 * and a small file that unpacks to an enormous sheet is refused without reading all of it.
 */
export async function scanWorkbook(
  bytes: Uint8Array,
  cellLimit: number,
  /** Sheet parts left uncounted: Kaohe's own sheets of a reviewed workbook. */
  skip: ReadonlySet<string> = new Set(),
): Promise<WorkbookScan> {
  const entries = zipEntries(bytes);
  let storedCells = 0;
  let tallestSheetRows = 0;
  for (const entry of entries.filter((e) => WORKSHEET.test(e.name) && !skip.has(e.name))) {
    if (storedCells > cellLimit) break;
    const counted = await countElements(bytes, entry, cellLimit - storedCells);
    storedCells += counted.cells;
    tallestSheetRows = Math.max(tallestSheetRows, counted.rows);
  }
  const workbookPart = entries.find((e) => e.name === "xl/workbook.xml");
  const workbookXml = workbookPart === undefined ? "" : await entryText(bytes, workbookPart);
  const structureLocked = /<(?:[\w.-]+:)?workbookProtection\b[^>]*\blockStructure="(?:1|true)"/.test(workbookXml);
  const date1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml);
  return { storedCells, tallestSheetRows, structureLocked, date1904 };
}

async function countElements(
  bytes: Uint8Array,
  entry: ZipEntry,
  cellLimit: number,
): Promise<{ cells: number; rows: number }> {
  let cells = 0;
  let rows = 0;
  let carry = "";
  const count = (text: string, upTo: number) => {
    for (const match of text.matchAll(ELEMENT)) {
      if (match.index >= upTo) break;
      if (match[1] === "c") cells++;
      else rows++;
    }
  };
  for await (const chunk of textChunks(bytes, entry)) {
    const text = carry + chunk;
    const upTo = Math.max(0, text.length - OVERLAP);
    count(text, upTo);
    carry = text.slice(upTo);
    if (cells > cellLimit) return { cells, rows };
  }
  count(carry, carry.length);
  return { cells, rows };
}

async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string> {
  let text = "";
  for await (const chunk of textChunks(bytes, entry)) text += chunk;
  return text;
}

/** The entry unpacked and decoded a chunk at a time; a damaged entry ends early (ExcelJS then says the file is damaged). */
async function* textChunks(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<string> {
  const stored = storedBytes(bytes, entry);
  if (stored === null || (entry.method !== 0 && entry.method !== 8)) return;
  const decoder = new TextDecoder();
  if (entry.method === 0) {
    yield decoder.decode(stored);
    return;
  }
  const source = new Blob([stored.slice()]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
  } catch {
    return;
  } finally {
    reader.releaseLock();
  }
  yield decoder.decode();
}
