import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import type ExcelJS from "exceljs";
import type { ReadOptions, WorkbookGrids } from "./readWorkbook";
import { readWorkbookStreamingWith, type StreamPieces } from "./streamWorkbook";

const CHUNK = 64 * 1024;

/** Native zlib, the fastest inflater in Node; the consumer stopping early destroys it. */
async function* inflateWithZlib(deflated: Uint8Array): AsyncGenerator<Uint8Array> {
  const inflater = Readable.from([deflated]).pipe(createInflateRaw({ chunkSize: CHUNK }));
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } finally {
    inflater.destroy();
  }
}

/**
 * The command line's pieces: node:zlib, and ExcelJS's workbook class from its sources without the
 * rest of the library (see streamWorkbookInternals.ts). That class requires ExcelJS's CSV module,
 * which needs Node's streams: this file stays out of the browser bundles.
 */
export const nodeStreamPieces: StreamPieces = {
  inflate: inflateWithZlib,
  countInflate: inflateWithZlib,
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a deep path of ExcelJS's CommonJS sources, untyped
  Workbook: require("exceljs/lib/doc/workbook") as typeof ExcelJS.Workbook,
};

/** The command line's streaming reader (streamWorkbook.ts). */
export function readWorkbookStreaming(
  data: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<WorkbookGrids> {
  return readWorkbookStreamingWith(nodeStreamPieces, data, fileName, options);
}
