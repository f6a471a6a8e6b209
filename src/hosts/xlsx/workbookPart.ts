import { UnusualPackageError } from "./unusualPackage";
import { attributeOf, unescapeXml } from "./inputPackage";
import { xmlAttribute, xmlText } from "./xmlText";

/**
 * The workbook part (`xl/workbook.xml`) as the writer edits it: its sheet list and defined
 * names. Only what Kaohe changes is rewritten; every other element and attribute stays as the
 * roster's program wrote it.
 */
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The element as written, kept for the sheets that stay. */
  xml: string;
}

export interface DefinedName {
  name: string;
  /** Index of the sheet it belongs to, or null for a workbook-wide name. */
  localSheetId: number | null;
  refersTo: string;
  xml: string;
}

export class WorkbookPart {
  readonly sheets: SheetEntry[];
  readonly names: DefinedName[];
  /** The prefix the part gives the relationships namespace (`r`). */
  private readonly relsPrefix: string;

  constructor(private readonly xml: string) {
    const root = /<workbook\b[^>]*>/.exec(xml)?.[0];
    if (root === undefined || !root.includes(`xmlns="${MAIN_NS}"`)) {
      throw new UnusualPackageError("workbook part without the transitional main namespace as its default");
    }
    this.relsPrefix = new RegExp(`xmlns:([\\w.-]+)="${RELS_NS}"`).exec(root)?.[1] ?? "r";
    this.sheets = [...xml.matchAll(/<sheet\b[^>]*?\/?>/g)].map((m) => {
      const name = attributeOf(m[0], "name");
      const relId = attributeOf(m[0], `${this.relsPrefix}:id`);
      const sheetId = Number(attributeOf(m[0], "sheetId"));
      if (name === null || relId === null) throw new UnusualPackageError("a sheet without name or relationship");
      return { name, relId, sheetId: Number.isFinite(sheetId) ? sheetId : 0, xml: m[0] };
    });
    this.names = [...xml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>|<definedName\b[^>]*\/>/g)].map(
      (m) => {
        const local = attributeOf(m[1] ?? "", "localSheetId");
        return {
          name: attributeOf(m[1] ?? "", "name") ?? "",
          localSheetId: local === null ? null : Number(local),
          refersTo: unescapeXml(m[2] ?? ""),
          xml: m[0],
        };
      },
    );
  }

  /**
   * The part with `keep` sheets followed by `add`, and `names` (local names re-pointed to their
   * sheets' new places) followed by `newNames` (a local one names its sheet's index in the new list). The workbook recalculates on opening, so every program shows the
   * formulas' results computed by itself, not only the cached ones.
   */
  rewrite(
    keep: readonly SheetEntry[],
    add: readonly { name: string; sheetId: number; relId: string }[],
    names: readonly DefinedName[],
    newNames: readonly { name: string; refersTo: string; localSheetId?: number }[],
  ): string {
    const added = add.map(
      (s) =>
        `<sheet name="${xmlAttribute(s.name)}" sheetId="${s.sheetId}" ${this.relsPrefix}:id="${xmlAttribute(s.relId)}"/>`,
    );
    const sheets = `<sheets>${keep.map((s) => s.xml).join("")}${added.join("")}</sheets>`;
    const indexOf = new Map(this.sheets.map((s, i) => [i, keep.indexOf(s)]));
    const kept = names.flatMap((n) => {
      if (n.localSheetId === null) return [n.xml];
      const moved = indexOf.get(n.localSheetId) ?? -1;
      return moved < 0 ? [] : [n.xml.replace(/\blocalSheetId="\d+"/, `localSheetId="${moved}"`)];
    });
    const written = newNames.map(
      (n) =>
        `<definedName name="${xmlAttribute(n.name)}"${n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`}>` +
        `${xmlText(n.refersTo)}</definedName>`,
    );
    const allNames = [...kept, ...written];
    const definedNames = allNames.length === 0 ? "" : `<definedNames>${allNames.join("")}</definedNames>`;
    let xml = this.xml.replace(/<sheets\b[^>]*>[\s\S]*?<\/sheets>|<sheets\b[^>]*\/>/, () => sheets);
    xml = /<definedNames\b/.test(xml)
      ? xml.replace(/<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\b[^>]*\/>/, () => definedNames)
      : xml.replace("</sheets>", () => `</sheets>${definedNames}`);
    xml = recalculateOnLoad(xml);
    return keepActiveTabInRange(xml, keep.length + add.length);
  }
}

/** `<calcPr fullCalcOnLoad="1">`, added to the roster's own calculation settings. */
function recalculateOnLoad(xml: string): string {
  const calcPr = /<calcPr\b([^>]*?)(\/?)>/.exec(xml);
  if (calcPr === null) {
    // calcPr follows definedNames (and sheets) in the schema's order.
    const after = /<\/definedNames>/.exec(xml) ?? /<\/sheets>/.exec(xml);
    if (after === null) return xml;
    const at = after.index + after[0].length;
    return `${xml.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
  }
  const attributes = (calcPr[1] ?? "").replace(/\s+fullCalcOnLoad="[^"]*"/, "");
  return xml.replace(calcPr[0], () => `<calcPr${attributes} fullCalcOnLoad="1"${calcPr[2] ?? ""}>`);
}

/** A workbook view whose active or first tab was a removed sheet opens on the first sheet. */
function keepActiveTabInRange(xml: string, sheetCount: number): string {
  return xml.replace(/\b(activeTab|firstSheet)="(\d+)"/g, (whole, attribute: string, index: string) =>
    Number(index) < sheetCount ? whole : `${attribute}="0"`,
  );
}
