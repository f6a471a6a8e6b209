import { UnusualPackageError } from "./unusualPackage";
import type { CellLook, DifferentialLook, StyleRegistry } from "./styleRegistry";
import { unescapeXml } from "./inputPackage";
import { xmlAttribute } from "./xmlText";

/**
 * The workbook's own styles part with Kaohe's looks appended: the roster's styles keep their
 * indexes (its cells point at them), Kaohe's fonts, fills, number formats, cell formats and
 * conditional-format looks go after them. Works on the part's text, section by section.
 */

/** Excel's built-in number formats Kaohe uses, which a file refers to by id without defining them. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
/** Ids below this are Excel's; a file's own formats start here. */
const FIRST_CUSTOM_FORMAT = 164;

interface Section {
  /** The opening tag's attributes other than `count` (`x14ac:knownFonts="1"`). */
  attributes: string;
  /** The children's text, appended to. */
  body: string;
  count: number;
}

const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"] as const;
type SectionName = (typeof SECTIONS)[number];
const CHILD: Record<SectionName, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
  dxfs: "dxf",
};

export class StylesPart implements StyleRegistry {
  private readonly sections = new Map<SectionName, Section>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly cellIds = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();

  constructor(private readonly xml: string) {
    if (!/<styleSheet[\s>]/.test(xml)) throw new UnusualPackageError("styles part without a plain <styleSheet>");
    for (const name of SECTIONS) {
      const section = readSection(xml, name);
      if (section === null && name !== "numFmts" && name !== "dxfs") {
        throw new UnusualPackageError(`styles part without <${name}>`);
      }
      this.sections.set(name, section ?? { attributes: "", body: "", count: 0 });
    }
    for (const match of (this.sections.get("numFmts")?.body ?? "").matchAll(/<numFmt\b([^>]*)\/?>/g)) {
      const id = Number(/\bnumFmtId="(\d+)"/.exec(match[1] ?? "")?.[1] ?? NaN);
      const code = /\bformatCode="([^"]*)"/.exec(match[1] ?? "")?.[1];
      if (!Number.isInteger(id)) continue;
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      if (code !== undefined) this.formatIds.set(unescapeXml(code), id);
    }
  }

  cellStyle(look: CellLook): number {
    const key = JSON.stringify([
      look.numFmt ?? "",
      look.fill ?? "",
      look.bold === true,
      look.wrap === true,
      look.vertical ?? "",
      look.horizontal ?? "",
    ]);
    const known = this.cellIds.get(key);
    if (known !== undefined) return known;
    const numFmtId = look.numFmt === undefined ? 0 : this.formatId(look.numFmt);
    const fontId = look.bold === true ? this.boldFont() : 0;
    const fillId = look.fill === undefined ? 0 : this.fillId(look.fill);
    const alignment =
      (look.horizontal === undefined ? "" : ` horizontal="${look.horizontal}"`) +
      (look.vertical === undefined ? "" : ` vertical="${look.vertical}"`) +
      (look.wrap === true ? ' wrapText="1"' : "");
    const applies = [
      numFmtId === 0 ? "" : ' applyNumberFormat="1"',
      fontId === 0 ? "" : ' applyFont="1"',
      fillId === 0 ? "" : ' applyFill="1"',
      alignment === "" ? "" : ' applyAlignment="1"',
    ].join("");
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}` +
      (alignment === "" ? "/>" : `><alignment${alignment}/></xf>`);
    const id = this.append("cellXfs", xf);
    this.cellIds.set(key, id);
    return id;
  }

  differentialStyle(look: DifferentialLook): number {
    const key = `${look.fill}|${look.fontColor ?? ""}`;
    const known = this.dxfIds.get(key);
    if (known !== undefined) return known;
    // In a conditional format's fill Excel paints the background colour; both are given.
    const font = look.fontColor === undefined ? "" : `<font><color rgb="FF${look.fontColor}"/></font>`;
    const fill = `<fill><patternFill patternType="solid"><fgColor rgb="FF${look.fill}"/><bgColor rgb="FF${look.fill}"/></patternFill></fill>`;
    const id = this.append("dxfs", `<dxf>${font}${fill}</dxf>`);
    this.dxfIds.set(key, id);
    return id;
  }

  /** The part with everything asked for appended. */
  toXml(): string {
    let xml = this.xml;
    for (const name of SECTIONS) {
      const section = this.sections.get(name);
      if (section === undefined) continue;
      const element = `<${name} count="${section.count}"${section.attributes}>${section.body}</${name}>`;
      const existing = sectionPattern(name);
      if (existing.test(xml)) {
        xml = xml.replace(sectionPattern(name), () => element);
      } else if (section.count > 0) {
        xml = insertSection(xml, name, element);
      }
    }
    return xml;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.append("numFmts", `<numFmt numFmtId="${id}" formatCode="${xmlAttribute(code)}"/>`);
    this.formatIds.set(code, id);
    return id;
  }

  /** The workbook's default font, bold: the headers keep the roster's typeface. */
  private boldFont(): number {
    const known = this.fontIds.get("bold");
    if (known !== undefined) return known;
    const first = /<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/.exec(this.sections.get("fonts")?.body ?? "");
    const inner = (first?.[1] ?? "").replace(/<b\s*\/>|<b\s+val="[^"]*"\s*\/>/g, "");
    const id = this.append("fonts", `<font><b/>${inner}</font>`);
    this.fontIds.set("bold", id);
    return id;
  }

  private fillId(rgb: string): number {
    const known = this.fillIds.get(rgb);
    if (known !== undefined) return known;
    const id = this.append(
      "fills",
      `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor rgb="FF${rgb}"/></patternFill></fill>`,
    );
    this.fillIds.set(rgb, id);
    return id;
  }

  /**
   * The element's index, appending it unless the section already holds the very same text: a
   * re-run finds the looks the earlier run wrote, so the styles do not grow with every run.
   */
  private append(name: SectionName, element: string): number {
    const section = this.sections.get(name);
    if (section === undefined) throw new UnusualPackageError(`no <${name}>`);
    const existing = this.existing(name).get(element);
    if (existing !== undefined) return existing;
    section.body += element;
    return section.count++;
  }

  private readonly children = new Map<SectionName, Map<string, number>>();

  /** The section's children as written, by text, the first of equal ones. */
  private existing(name: SectionName): Map<string, number> {
    let known = this.children.get(name);
    if (known === undefined) {
      known = new Map();
      const tag = CHILD[name];
      const pattern = new RegExp(`<${tag}\\b[^>]*?/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, "g");
      let index = 0;
      for (const match of (this.sections.get(name)?.body ?? "").matchAll(pattern)) {
        if (!known.has(match[0])) known.set(match[0], index);
        index++;
      }
      this.children.set(name, known);
    }
    return known;
  }
}

function sectionPattern(name: SectionName): RegExp {
  return new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`);
}

function readSection(xml: string, name: SectionName): Section | null {
  const match = sectionPattern(name).exec(xml);
  if (match === null) return null;
  const text = match[0];
  const open = /^<[^>]*>/.exec(text)?.[0] ?? "";
  const selfClosing = open.endsWith("/>");
  const body = selfClosing ? "" : text.slice(open.length, -`</${name}>`.length);
  const attributes = open
    .slice(name.length + 1, selfClosing ? -2 : -1)
    .replace(/\s+count="[^"]*"/, "")
    .trimEnd();
  const count = (body.match(new RegExp(`<${CHILD[name]}[\\s/>]`, "g")) ?? []).length;
  return { attributes: attributes === "" ? "" : ` ${attributes.trim()}`, body, count };
}

/** Where a section the part lacks goes, by the schema's order of a styleSheet's children. */
function insertSection(xml: string, name: SectionName, element: string): string {
  if (name === "numFmts") return xml.replace(/<styleSheet\b[^>]*>/, (open) => open + element);
  // dxfs come after cellStyles (or cellXfs when there is none).
  const after = /<\/cellStyles>|<cellStyles\b[^>]*\/>/.exec(xml) ?? /<\/cellXfs>/.exec(xml);
  if (after === null) throw new UnusualPackageError(`nowhere to put <${name}>`);
  const at = after.index + after[0].length;
  return xml.slice(0, at) + element + xml.slice(at);
}
