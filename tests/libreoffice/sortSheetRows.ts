import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { formulaTemplate, movedFormula } from "../../src/core/plan/formulaMove";
import { readCells } from "../xlsx/sheetXmlReader";

/**
 * A clerk's sort of a sheet's rows, done to the package as Excel stores its result: the rows
 * `first…last` of the sheet named `sheet` put in `order` (old row numbers, top to bottom), each
 * cell with its row and its formula's relative references moved with it (a shared formula is
 * written out in full first). Cached values move along; LibreOffice recalculates them anyway.
 */
export function sortSheetRows(pkg: Uint8Array, sheet: string, order: readonly number[]): Uint8Array {
  const files = unzipSync(pkg);
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array());
  const workbook = text("xl/workbook.xml");
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const relId = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${relId ?? ""}"[^>]*Target="([^"]+)"`).exec(
    text("xl/_rels/workbook.xml.rels"),
  )?.[1];
  if (target === undefined) throw new Error(`no part for ${sheet}`);
  const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const xml = text(part);
  const formulas = readCells(xml);
  const first = Math.min(...order);
  const rows = new Map<number, string>();
  for (const match of xml.matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g)) rows.set(Number(match[1]), match[0]);
  const moved = order.map((from, i) => {
    const to = first + i;
    const row = rows.get(from);
    if (row === undefined) throw new Error(`no row ${from}`);
    return row
      .replace(/^<row r="\d+"/, `<row r="${to}"`)
      .replace(
        /<c r="([A-Z]+)\d+"([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g,
        (_, col: string, attrs: string, _end: string, body?: string) => {
          if (body === undefined) return `<c r="${col}${to}"${attrs}/>`;
          const formula = formulas.get(`${col}${from}`)?.formula;
          const f =
            formula === null || formula === undefined
              ? ""
              : `<f>${xmlEscape(movedFormula(formulaTemplate(formula), to - from))}</f>`;
          return `<c r="${col}${to}"${attrs}>${f}${body.replace(/<f[^>]*\/>|<f[\s\S]*?<\/f>/, "")}</c>`;
        },
      );
  });
  let out = xml;
  const placeholders = order.map((from) => rows.get(from) ?? "");
  placeholders.forEach((row, i) => (out = out.replace(row, `\u0000${i}\u0000`)));
  moved.forEach((row, i) => (out = out.replace(`\u0000${i}\u0000`, row)));
  files[part] = strToU8(out);
  return zipSync(files);
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
