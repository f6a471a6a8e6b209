/**
 * The names of the parts inside an .xlsx file, read from the zip's central directory without
 * unpacking anything: enough to tell which content ExcelJS cannot carry into the output.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The old binary .xls format (an OLE compound file), which needs saving as .xlsx first. */
export function isLegacyXls(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function zipPartNames(bytes: Uint8Array): string[] {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - END_RECORD_SIZE; i >= lowest; i--) {
    if (data.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = data.getUint16(end + 10, true);
  const decoder = new TextDecoder();
  const names: string[] = [];
  let p = data.getUint32(end + 16, true);
  for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
    if (data.getUint32(p, true) !== DIRECTORY_ENTRY) break;
    const nameLength = data.getUint16(p + 28, true);
    const extraLength = data.getUint16(p + 30, true);
    const commentLength = data.getUint16(p + 32, true);
    names.push(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
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
