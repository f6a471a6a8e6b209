import { storedBytes, zipEntries } from "../exceljs/zipEntries";
import { isLegacyXls, isZip } from "../exceljs/readWorkbookParts";
import { UnreadableFileError } from "./readErrors";

/**
 * Which reader a file needs, from its content first: clerks rename files, and systems export
 * .xls files that are really web pages. The extension only words the refusal of a file that is
 * none of them (a damaged `.xls` is named as such).
 * - `xlsx`: a zip that is not an OpenDocument file (the .xlsx readers refuse what is not one);
 * - `xls`: an OLE2 compound file (Excel 97–2003, also how Office wraps a password-protected file);
 * - `ods`: a zip whose `mimetype` says OpenDocument spreadsheet;
 * - `markup`: an HTML table or SpreadsheetML 2003 XML, as many systems' "Excel" exports are;
 * - `csv`: any other text under a name a table may have.
 */
export type FileFormat = "xlsx" | "xls" | "ods" | "markup" | "csv";

const ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
const ODF_PREFIX = "application/vnd.oasis.opendocument.";
const SPREADSHEET_EXTENSIONS = /\.(xlsx|xlsm|xls|ods|csv)$/i;
/**
 * Text is a table only under a name a table may have (a spreadsheet's, a text export's, or none):
 * a `.json` or `.md` file is refused as what it is rather than read as a one-column CSV.
 */
const TABLE_TEXT_NAME = /(^|[\\/])[^.\\/]*$|\.(xlsx|xlsm|xls|ods|csv|tsv|txt|htm|html|xml)$/i;
/** How far text is looked into: enough for any header, little for a large file. */
const SNIFF_BYTES = 8192;

export function fileFormat(bytes: Uint8Array, fileName: string): FileFormat {
  if (bytes.length === 0) throw UnreadableFileError.empty(fileName);
  if (isLegacyXls(bytes)) return "xls";
  if (isZip(bytes)) return zipFormat(bytes, fileName);
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (startsWith(head, "%PDF")) throw UnreadableFileError.notSpreadsheet(fileName, " PDF 文件", "a PDF file");
  if (head.includes(0) && !isUtf16(head)) {
    const extension = SPREADSHEET_EXTENSIONS.exec(fileName)?.[1];
    if (extension === undefined) throw UnreadableFileError.unknownFormat(fileName);
    throw UnreadableFileError.damaged(fileName, `.${extension.toLowerCase()}`);
  }
  if (!TABLE_TEXT_NAME.test(fileName)) throw UnreadableFileError.unknownFormat(fileName);
  return firstText(head) === "<" ? "markup" : "csv";
}

function zipFormat(bytes: Uint8Array, fileName: string): FileFormat {
  const entries = zipEntries(bytes);
  const mimetype = entries.find((e) => e.name === "mimetype");
  if (mimetype === undefined) return "xlsx";
  // OpenDocument stores its mimetype first and uncompressed, so it can be read without unpacking.
  const stored = mimetype.method === 0 ? storedBytes(bytes, mimetype) : null;
  const type = stored === null ? "" : new TextDecoder().decode(stored).trim();
  if (type === ODS_TYPE || type === `${ODS_TYPE}-template`) return "ods";
  if (type.startsWith(ODF_PREFIX))
    throw UnreadableFileError.notSpreadsheet(fileName, " OpenDocument 文档", "an OpenDocument document");
  return entries.some((e) => e.name === "content.xml") ? "ods" : "xlsx";
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  return [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The first character that is not a byte-order mark or white space. */
function firstText(bytes: Uint8Array): string {
  const text = new TextDecoder(isUtf16(bytes) && bytes[0] === 0xfe ? "utf-16be" : isUtf16(bytes) ? "utf-16le" : "utf-8")
    .decode(bytes.subarray(0, 512))
    .replace(/^[\uFEFF\s]+/, "");
  return text.charAt(0);
}
