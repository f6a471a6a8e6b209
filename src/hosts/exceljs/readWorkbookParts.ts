import { zipEntries } from "./zipEntries";

/**
 * What the file is, from its first bytes, and which content ExcelJS cannot carry into the
 * output, from the names of the parts inside it (the zip's directory; nothing is unpacked).
 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The old binary .xls format (an OLE compound file), which needs saving as .xlsx first. */
export function isLegacyXls(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function zipPartNames(bytes: Uint8Array): string[] {
  return zipEntries(bytes).map((entry) => entry.name);
}

/** Content an .xlsx may hold that ExcelJS drops when the workbook is written back. */
const NOT_KEPT: ReadonlyArray<{ prefix: string; zh: string; en: string }> = [
  { prefix: "xl/charts/", zh: "图表", en: "charts" },
  { prefix: "xl/chartsheets/", zh: "图表工作表", en: "chart sheets" },
  { prefix: "xl/pivotTables/", zh: "数据透视表", en: "pivot tables" },
  { prefix: "xl/media/", zh: "图片", en: "images" },
  { prefix: "xl/vbaProject.bin", zh: "宏", en: "macros" },
  { prefix: "xl/slicers/", zh: "切片器", en: "slicers" },
];

/** English for each label `notKept` may hold, for messages in English. */
export const NOT_KEPT_ENGLISH: Readonly<Record<string, string>> = Object.fromEntries(NOT_KEPT.map((k) => [k.zh, k.en]));

/** Chinese labels (图表, 数据透视表, 图片, 宏 …) of the content found that the output cannot carry. */
export function contentNotKept(partNames: readonly string[]): string[] {
  return NOT_KEPT.filter((kind) => partNames.some((name) => name.startsWith(kind.prefix))).map((kind) => kind.zh);
}
