import { KAOHE_HEAD_ROWS, RERUN_HEADERS, type KaoheSheetKind } from "../../../src/core/plan/kaoheSheetContent";
import { readBookParts } from "../../../src/hosts/exceljs/streamWorkbookBook";
import { packageParts } from "../../../src/hosts/exceljs/streamWorkbookPackage";
import { sheetPartKind } from "../../../src/hosts/exceljs/streamWorkbookSheet";
import { inflateRawSync } from "node:zlib";
import { zip } from "./zipFile";

/** Each of a package's sheet parts that is one of Kaohe's sheets, by its kind (told as the readers tell it). */
export async function kaohePartKinds(parts: ReadonlyMap<string, Buffer>): Promise<Map<string, KaoheSheetKind>> {
  const book = await readBookParts(await packageParts(zip(parts), (deflated) => [inflateRawSync(deflated)]));
  const kinds = new Map<string, KaoheSheetKind>();
  for (const sheet of book.sheets) {
    const kind = await sheetPartKind(book, sheet);
    if (kind !== null) kinds.set(sheet.part.name, kind);
  }
  return kinds;
}

/** Whether a re-run reads nothing of a Kaohe sheet of this kind below its head rows. */
export const rerunKeepsHeadOnly = (kind: KaoheSheetKind): boolean => RERUN_HEADERS[kind].length === 0;

/** Where the first row below a sheet part's head rows ends (after `</row>`); the part's length if it has none. */
export function belowHeadEnd(xml: string): number {
  const start = xml.search(new RegExp(`<row [^>]*r="${KAOHE_HEAD_ROWS + 1}"`));
  const end = start < 0 ? -1 : xml.indexOf("</row>", start);
  return end < 0 ? xml.length : end + "</row>".length;
}

/**
 * A sheet part whose body is damaged past where a reader stops that reads only the head rows:
 * after the first row below them, 200 KB of an XML comment that barely compresses (so that no
 * inflater hands it over with the head rows in one chunk), then a row that is no XML.
 */
export function damagedBody(xml: string): string {
  let seed = 1;
  let filler = "";
  while (filler.length < 200_000) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    filler += seed.toString(16);
  }
  const at = belowHeadEnd(xml);
  return `${xml.slice(0, at)}<!-- ${filler} --><row r="999999"><c r="A999999"><v>1</c></row>${xml.slice(at)}`;
}
