import { checkPartCount, checkStatedSize, PackageLimitError, PackageTotal, PartCounter } from "./partCounter";
import { CellCount } from "./cellCount";
import { isCountedSheetPart } from "./sheetPartName";
import type { PartInflater } from "./streamWorkbookPackage";
import { declaredEntryCount, storedBytes, zipEntries, type ZipEntry } from "./zipEntries";

/**
 * A look inside an .xlsx before loading it: how many cells its sheets store and whether its
 * structure is protected. ExcelJS builds every cell of a workbook in memory at once (about
 * 600 bytes each), so the cells are counted first, streaming through the unpacked sheets a
 * chunk at a time: a workbook too large to load is refused at the cost of reading it once.
 * Every other part is unpacked the same way against PACKAGE_LIMITS (partCounter.ts), so that no
 * reader after the scan meets a part that unpacks to gigabytes or holds millions of elements.
 * The streaming reader, which counts every part it unpacks itself, may skip the count when the
 * sheets' stated sizes already decide it (scanUncounted).
 */
export interface WorkbookScan extends WorkbookFlags {
  /** `<c>` elements in all worksheets: every cell the file stores, values or formats. */
  storedCells: number;
  /** Rows stored in the tallest worksheet. */
  tallestSheetRows: number;
}

/** What xl/workbook.xml says, read by every scan. */
export interface WorkbookFlags {
  /** Review › Protect Workbook: no sheet may be added or removed. */
  structureLocked: boolean;
  /** The workbook counts dates from 1904, written `1` or `true` (both are the format's boolean). */
  date1904: boolean;
}

/**
 * The fewest unpacked bytes a counted cell takes: `<`, `c` and one of `[\s/>]` (CellCount counts
 * `<c>` and `<c/` alike; `<c/>` is 4, a prefix makes it longer). So parts of N bytes in all hold
 * at most N / 3 cells, as long as none unpacks to more than its directory states.
 */
export const CELL_BYTES_AT_LEAST = 3;

/** The worksheets' unpacked bytes in all, as the directory states them (nothing unpacked). */
export function statedSheetBytes(bytes: Uint8Array): number {
  let total = 0;
  for (const entry of zipEntries(bytes)) if (isCountedSheetPart(entry.name)) total += entry.size;
  return total;
}

/** The most cells worksheet parts of these unpacked sizes can hold (CELL_BYTES_AT_LEAST). */
export function cellsAtMost(sizes: readonly number[]): number {
  let bytes = 0;
  for (const size of sizes) bytes += size;
  return Math.floor(bytes / CELL_BYTES_AT_LEAST);
}

/** Longer than the two workbook elements looked for, attributes and all. */
const TAG_OVERLAP = 4096;
const LOCKED = /<(?:[\w.-]+:)?workbookProtection\b[^>]*\blockStructure="(?:1|true)"/;
const DATE1904 = /<(?:[\w.-]+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/;

/**
 * Counting stops once more than `cellLimit` cells are found: the answer is then "too many",
 * and a small file that unpacks to an enormous sheet is refused without reading all of it.
 * A part beyond PACKAGE_LIMITS throws PackageLimitError (refusedForLimits words it).
 */
export async function scanWorkbook(
  bytes: Uint8Array,
  cellLimit: number,
  /** Sheet parts left uncounted: Kaohe's own sheets of a reviewed workbook. */
  skip: ReadonlySet<string> = new Set(),
  /** An inflater of the reader's (node:zlib in the command line); without one, the platform's DecompressionStream. */
  inflate?: PartInflater,
): Promise<WorkbookScan> {
  const entries = checkedEntries(bytes);
  const total = new PackageTotal();
  const scan: WorkbookScan = { storedCells: 0, tallestSheetRows: 0, structureLocked: false, date1904: false };
  for (const entry of entries) {
    if (isCountedSheetPart(entry.name) && !skip.has(entry.name)) {
      const counter = new PartCounter(entry.name, total);
      const counted = await countElements(chunksOf(bytes, entry, inflate), counter, cellLimit - scan.storedCells);
      scan.storedCells += counted.cells;
      scan.tallestSheetRows = Math.max(scan.tallestSheetRows, counted.rows);
      if (scan.storedCells > cellLimit) return scan;
      counter.end();
    } else await scanPart(bytes, entry, total, scan, inflate);
  }
  return scan;
}

/**
 * The scan without its cell count, for a reader that refuses any part unpacking past its stated
 * size (the streaming reader's PartBytes) and counts every part it reads against PACKAGE_LIMITS:
 * when the worksheets' stated sizes prove fewer than `cellsBelow` cells, they are left for that
 * reader to unpack (once, not twice) and the rest is scanned as scanWorkbook scans it. Null, with
 * nothing unpacked, when the sizes prove nothing: the cells must be counted.
 */
export async function scanUncounted(
  bytes: Uint8Array,
  cellsBelow: number,
  inflate?: PartInflater,
): Promise<WorkbookFlags | null> {
  const sheets = zipEntries(bytes).filter((entry) => isCountedSheetPart(entry.name));
  if (cellsAtMost(sheets.map((entry) => entry.size)) >= cellsBelow) return null;
  const entries = checkedEntries(bytes);
  const total = new PackageTotal();
  const flags: WorkbookFlags = { structureLocked: false, date1904: false };
  for (const entry of entries) if (!isCountedSheetPart(entry.name)) await scanPart(bytes, entry, total, flags, inflate);
  return flags;
}

/** The directory, refused before anything is unpacked when a part could pass the scan unseen or unbounded. */
function checkedEntries(bytes: Uint8Array): ZipEntry[] {
  const entries = zipEntries(bytes);
  // A part this scan cannot see would reach the document reader unchecked.
  const declared = declaredEntryCount(bytes);
  if (declared !== null && declared !== entries.length) throw new PackageLimitError({ what: "directory" });
  checkPartCount(entries.length);
  for (const entry of entries) checkStatedSize(entry.name, entry.size);
  return entries;
}

/** A part other than a counted worksheet unpacked against its limits; the workbook part is read for its flags. */
async function scanPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  total: PackageTotal,
  flags: WorkbookFlags,
  inflate?: PartInflater,
): Promise<void> {
  const counter = new PartCounter(entry.name, total);
  if (entry.name === "xl/workbook.xml")
    Object.assign(flags, await workbookFlags(chunksOf(bytes, entry, inflate), counter));
  else for await (const chunk of chunksOf(bytes, entry, inflate)) counter.add(chunk);
  counter.end();
}

async function countElements(
  chunks: AsyncIterable<Uint8Array>,
  counter: PartCounter,
  cellLimit: number,
): Promise<{ cells: number; rows: number }> {
  const count = new CellCount();
  for await (const chunk of chunks) {
    counter.add(chunk);
    count.add(chunk);
    if (count.cells > cellLimit) break;
  }
  count.end();
  return { cells: count.cells, rows: count.rows };
}

/** Looked for a chunk at a time: the workbook part is never held whole. */
async function workbookFlags(chunks: AsyncIterable<Uint8Array>, counter: PartCounter): Promise<WorkbookFlags> {
  let structureLocked = false;
  let date1904 = false;
  let carry = "";
  for await (const chunk of textChunks(chunks, counter)) {
    const text = carry + chunk;
    structureLocked ||= LOCKED.test(text);
    date1904 ||= DATE1904.test(text);
    carry = text.slice(Math.max(0, text.length - TAG_OVERLAP));
  }
  return { structureLocked, date1904 };
}

/** The entry unpacked and decoded a chunk at a time, each chunk counted first. */
async function* textChunks(chunks: AsyncIterable<Uint8Array>, counter: PartCounter): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    counter.add(chunk);
    yield decoder.decode(chunk, { stream: true });
  }
  yield decoder.decode();
}

/** Compressed bytes written to the inflater at a time (see chunksOf). */
const WRITE_SLICE = 16 * 1024;

/** The stored bytes written a slice at a time, each once the inflater's output before it was read. */
async function writeInSlices(writer: WritableStreamDefaultWriter<BufferSource>, stored: Uint8Array): Promise<void> {
  for (let at = 0; at < stored.length; at += WRITE_SLICE) await writer.write(stored.slice(at, at + WRITE_SLICE));
  await writer.close();
}

/**
 * The entry unpacked a chunk at a time; a damaged entry ends early (the readers then say the
 * file is damaged). A consumer that stops (a limit passed) stops the unpacking with it.
 */
async function* chunksOf(bytes: Uint8Array, entry: ZipEntry, inflate?: PartInflater): AsyncGenerator<Uint8Array> {
  const stored = storedBytes(bytes, entry);
  if (stored === null || (entry.method !== 0 && entry.method !== 8)) return;
  if (entry.method === 0) {
    yield stored;
    return;
  }
  if (inflate !== undefined) {
    try {
      for await (const chunk of inflate(stored)) yield chunk;
    } catch {
      // Damaged: the counting ends here, and the reader after it refuses the part.
    }
    return;
  }
  const inflater = new DecompressionStream("deflate-raw");
  const writer = inflater.writable.getWriter();
  // Written in slices, not awaited here: the reader below pulls the output as it is needed.
  // Chromium unpacks each write whole before its output can be read (a district's ballot sheet
  // given at once held its 44 MB of XML), so a slice bounds what one step holds.
  writeInSlices(writer, stored).catch(() => undefined);
  const reader = inflater.readable.getReader();
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch {
        return;
      }
      if (read.done) return;
      yield read.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
