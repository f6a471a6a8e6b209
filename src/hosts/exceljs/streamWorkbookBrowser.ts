import ExcelJS from "exceljs";
import { Inflate } from "fflate";
import type { ReadOptions, WorkbookGrids } from "./readWorkbook";
import { readWorkbookStreamingWith, type StreamPieces } from "./streamWorkbook";

/**
 * Compressed bytes given to fflate at a time. Each push unpacks its input whole before returning,
 * so this bounds what one step holds: about 150 KB of XML from a sheet, at most 16 MB from a
 * deflate bomb (1 : 1032), which the part's limit then stops.
 */
const INPUT_CHUNK = 16 * 1024;

/**
 * fflate's streaming inflater (pure JavaScript, as the browser's zip codec uses). Not the
 * browser's DecompressionStream: it refuses bytes after the end of the deflate stream, which
 * node:zlib, fflate and JSZip ignore, so one damaged file would read differently here.
 */
function* inflateWithFflate(deflated: Uint8Array): Generator<Uint8Array> {
  const out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  let at = 0;
  do {
    const end = Math.min(at + INPUT_CHUNK, deflated.length);
    inflate.push(deflated.subarray(at, end), end === deflated.length);
    at = end;
    yield* out.splice(0);
  } while (at < deflated.length);
}

/**
 * The preview's pieces: fflate, and ExcelJS's workbook class from its browser bundle (ExcelJS's
 * sources of that class need Node's streams; the bundle carries its own), the same class the
 * command line loads from the sources.
 */
export const browserStreamPieces: StreamPieces = { inflate: inflateWithFflate, Workbook: ExcelJS.Workbook };

/** The command line's streaming reader (streamWorkbook.ts) with the browser's pieces: the preview's .xlsx reader. */
export function readWorkbookInBrowser(
  data: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  return readWorkbookStreamingWith(browserStreamPieces, data, fileName, options);
}
