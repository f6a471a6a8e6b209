import type { SheetGrid } from "../../core/model/sheetGrid";
import {
  foreignKaoheSheet,
  kaoheMarkedSheets,
  markedSheetNames,
  markerRange,
  ownedSheetNames,
  type MarkerRange,
} from "../../core/plan/ownedSheets";
import { KAOHE_HEAD_COLS, KAOHE_HEAD_ROWS } from "../../core/plan/kaoheSheetContent";
import { isKaoheName } from "../../core/plan/rulesNames";
import { OWNED_SHEETS_NAME, type PlanChart, type PlanSheet, type WritePlan } from "../../core/plan/writePlan";
import { chartXml, drawingXml } from "./chartXml";
import { ProtectedSheetError, SheetNotKaoheError } from "../exceljs/applyPlanErrors";
import { CONTENT_TYPE, rewriteContentTypes } from "./contentTypes";
import { attributeOf, InputPackage, parseRelationships, relsPartOf, type Relationship } from "./inputPackage";
import { commentsXml, notesVmlXml } from "./notesXml";
import { freshIds, REL_TYPE, relationshipsXml, type NewRelationship } from "./relationshipsPart";
import { StylesPart } from "./stylesPart";
import { printNames } from "./sheetFrameXml";
import { tableXml } from "./tableXml";
import { WorkbookPart, type SheetEntry } from "./workbookPart";
import { sheetHasNotes, worksheetXml } from "./worksheetXml";
import { UnusualPackageError } from "./unusualPackage";
import { concatBytes, type ZipCodec } from "./zipCodec";
import { deflatedEntry, ZipWriter, type StoredEntry } from "./zipWriter";

/**
 * The reviewed workbook written as the roster's own package with Kaohe's sheets added: every
 * part of the roster (its sheets, charts, pictures, macros' neighbours, printer settings) is
 * copied byte for byte, and only the workbook part, its relationships, the content types and the
 * styles are rewritten, to list the new sheets and their looks. Kaohe's sheets are written
 * straight from the plan, a few hundred rows at a time. A re-run removes exactly the sheets an
 * earlier run marked as Kaohe's, with the parts only they used.
 */

const WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/** How the host reads a cell of the roster's sheets (for the marker of an earlier run). */
export type CellText = (sheet: string, row: number, col: number) => unknown;

/** A cell of the roster's sheets as read into grids (1-based row and column). */
export function gridCellText(grids: readonly SheetGrid[]): CellText {
  return (sheet, row, col) => {
    const grid = grids.find((g) => g.sheet === sheet);
    if (grid === undefined) return null;
    return grid.values[row - grid.originRow]?.[col - grid.originCol] ?? null;
  };
}

/**
 * The cells of the roster's sheets a write reads, copied out of the grids: the marker's cells and
 * each sheet's head rows, by which Kaohe's sheets are told (kaoheSheetContent.ts). A host that
 * holds these instead of the grids can let the grids go before writing (the command line: tens of
 * megabytes at 20,000 cadres, hundreds at 100,000), and the write reads the same values.
 */
export function writeCellText(grids: readonly SheetGrid[], marker: MarkerRange | null): CellText {
  const kept = new Map<string, unknown>();
  const key = (sheet: string, row: number, col: number) => `${sheet}\u0000${row}\u0000${col}`;
  const keep = (grid: SheetGrid, top: number, left: number, bottom: number, right: number) => {
    const rows = Math.min(bottom, grid.originRow + grid.values.length - 1);
    for (let row = Math.max(top, grid.originRow); row <= rows; row++) {
      const line = grid.values[row - grid.originRow] ?? [];
      const cols = Math.min(right, grid.originCol + line.length - 1);
      for (let col = Math.max(left, grid.originCol); col <= cols; col++) {
        const value = line[col - grid.originCol] ?? null;
        if (value !== null) kept.set(key(grid.sheet, row, col), value);
      }
    }
  };
  for (const grid of grids) {
    // The first grid of a name is the one gridCellText finds.
    if (grids.find((g) => g.sheet === grid.sheet) !== grid) continue;
    keep(grid, 1, 1, KAOHE_HEAD_ROWS, KAOHE_HEAD_COLS);
    if (marker !== null && marker.sheet === grid.sheet)
      keep(grid, marker.top, marker.left, marker.bottom, marker.right);
  }
  return (sheet, row, col) => kept.get(key(sheet, row, col)) ?? null;
}

export class RosterPackage {
  private readonly input: InputPackage;
  private readonly workbookPath: string;
  private readonly workbook: WorkbookPart;
  private readonly workbookRels: Relationship[];
  private readonly styles: StylesPart;
  private readonly stylesPath: string;
  /** The last chart part number taken by this write. */
  private chartNumber = 0;

  /**
   * Opens the roster's package; throws UnusualPackageError (or the parts' own errors) when it
   * cannot be edited as text. `codec` packs and unpacks parts: node:zlib in the command line,
   * fflate in the browser (zipCodec.ts).
   */
  constructor(
    bytes: Uint8Array,
    private readonly codec: ZipCodec,
  ) {
    this.input = new InputPackage(bytes, codec);
    const rootRels = parseRelationships(this.input.text("_rels/.rels"), "");
    const main = rootRels.find((r) => r.type === REL_TYPE.officeDocument && !r.external);
    if (main === undefined) throw new UnusualPackageError("no transitional workbook part");
    this.workbookPath = this.input.actualName(main.target);
    const workbookXml = this.input.text(this.workbookPath);
    if (workbookXml === null) throw new UnusualPackageError("workbook part missing");
    this.workbook = new WorkbookPart(workbookXml);
    this.workbookRels = parseRelationships(this.input.text(relsPartOf(this.workbookPath)), this.workbookPath);
    const stylesRel = this.workbookRels.find((r) => r.type === REL_TYPE.styles && !r.external);
    const stylesXml = stylesRel === undefined ? null : this.input.text(stylesRel.target);
    if (stylesRel === undefined || stylesXml === null) throw new UnusualPackageError("styles part missing");
    this.stylesPath = this.input.actualName(stylesRel.target);
    this.styles = new StylesPart(stylesXml);
    const contentTypes = this.input.text("[Content_Types].xml");
    if (contentTypes === null) throw new UnusualPackageError("content types missing");
    // A macro-enabled workbook or a template kept as it is would not open as the .xlsx written.
    const mainType = [...contentTypes.matchAll(/<Override\b[^>]*>/g)]
      .map((m) => m[0])
      .find((o) => attributeOf(o, "PartName")?.toLowerCase() === `/${this.workbookPath.toLowerCase()}`);
    const type = mainType === undefined ? null : attributeOf(mainType, "ContentType");
    if (type !== WORKBOOK_TYPE) throw new UnusualPackageError(`workbook content type ${type ?? "missing"}`);
  }

  /**
   * The reviewed workbook. Refuses, before writing anything, a sheet with a Kaohe name that no
   * earlier run marked (SheetNotKaoheError) and a protected sheet it would replace (ProtectedSheetError).
   */
  async write(plan: WritePlan, cellText: CellText, options: WriteOptions = {}): Promise<Uint8Array> {
    return concatBytes(await this.writePieces(plan, cellText, options));
  }

  /**
   * The reviewed workbook as `write` makes it, in pieces to be written out one after another
   * (`fs.writeFile` takes them as they are), without the copy that joins them.
   */
  async writePieces(plan: WritePlan, cellText: CellText, options: WriteOptions = {}): Promise<readonly Uint8Array[]> {
    // Only sheets whose content is Kaohe's are replaced, whatever the marker lists.
    const sheetNames = this.workbook.sheets.map((s) => s.name);
    const planned = plan.sheets.map((s) => s.name).filter((name) => sheetNames.includes(name));
    const marked = kaoheMarkedSheets([...new Set([...this.markedSheets(cellText), ...planned])], cellText);
    const foreign = foreignKaoheSheet(
      this.workbook.sheets.map((s) => s.name),
      marked,
      plan,
    );
    if (foreign !== null) throw new SheetNotKaoheError(foreign);
    const owned = ownedSheetNames(marked, plan);
    const removedSheets = this.workbook.sheets.filter((s) => owned.has(s.name));
    for (const sheet of removedSheets) {
      if (this.isProtected(sheet)) throw new ProtectedSheetError(sheet.name);
    }
    const removed = this.removedParts(removedSheets);
    const keep = this.workbook.sheets.filter((s) => !owned.has(s.name));
    const names = this.workbook.names.filter(
      (n) => !isKaoheName(n.name) && ![...owned].some((sheet) => refersToSheet(n.refersTo, sheet)),
    );
    const added = await this.writeSheets(plan.sheets, removed, options.releaseRows === true);
    const removedIds = new Set(this.workbookRels.filter((r) => removed.has(r.target.toLowerCase())).map((r) => r.id));
    const ids = freshIds(
      this.workbookRels.map((r) => r.id),
      added.length,
    );
    const base = this.workbookPath.slice(0, this.workbookPath.lastIndexOf("/") + 1);
    const newRels: NewRelationship[] = added.map((a, i) => ({
      id: ids[i] ?? "",
      type: REL_TYPE.worksheet,
      target: a.part.slice(base.length),
    }));
    const firstSheetId = Math.max(0, ...this.workbook.sheets.map((s) => s.sheetId)) + 1;
    const workbookXml = this.workbook.rewrite(
      keep,
      added.map((a, i) => ({ name: a.name, sheetId: firstSheetId + i, relId: ids[i] ?? "" })),
      names,
      [
        ...plan.names,
        // Each added sheet's print names, local to it: the added sheets follow the kept ones.
        ...plan.sheets.flatMap((sheet, i) => printNames(sheet).map((n) => ({ ...n, localSheetId: keep.length + i }))),
      ],
    );
    const edited = new Map<string, string>([
      [this.workbookPath.toLowerCase(), workbookXml],
      [
        relsPartOf(this.workbookPath).toLowerCase(),
        relationshipsXml(this.input.text(relsPartOf(this.workbookPath)), removedIds, newRels),
      ],
      [this.stylesPath.toLowerCase(), this.styles.toXml()],
      [
        "[content_types].xml",
        rewriteContentTypes(
          this.input.text("[Content_Types].xml") ?? "",
          removed,
          added.flatMap((a) => a.contentTypes),
        ),
      ],
    ]);
    return this.assemble(
      added.flatMap((a) => a.entries),
      removed,
      edited,
    );
  }

  /** The sheet names the workbook's marker name (`KAOHE_SHEETS`) lists, as they are: the core checks them. */
  markedSheets(cellText: CellText): string[] {
    return markedSheetNames(this.markerRange(), cellText);
  }

  /** The cells the workbook's marker name (`KAOHE_SHEETS`) refers to, or null without one. */
  markerRange(): MarkerRange | null {
    const markerName = this.workbook.names.find((n) => n.name === OWNED_SHEETS_NAME && n.localSheetId === null);
    return markerName === undefined ? null : markerRange(markerName.refersTo);
  }

  /** The owned sheets' parts, their relationships and what only they point at; the calculation chain, which Excel rebuilds. */
  private removedParts(sheets: readonly SheetEntry[]): Set<string> {
    const removed = new Set<string>();
    for (const sheet of sheets) {
      const part = this.workbookRels.find((r) => r.id === sheet.relId && !r.external)?.target;
      if (part === undefined) continue;
      removed.add(part.toLowerCase());
      removed.add(relsPartOf(part).toLowerCase());
      for (const rel of parseRelationships(this.input.text(relsPartOf(part)), part)) {
        if (rel.external) continue;
        removed.add(rel.target.toLowerCase());
        removed.add(relsPartOf(rel.target).toLowerCase());
        // A Kaohe sheet's drawing holds only Kaohe's charts: they go with it.
        if (rel.type !== REL_TYPE.drawing) continue;
        for (const chart of parseRelationships(this.input.text(relsPartOf(rel.target)), rel.target)) {
          if (!chart.external) removed.add(chart.target.toLowerCase());
        }
      }
    }
    for (const rel of this.workbookRels) {
      if (rel.type === REL_TYPE.calcChain) removed.add(rel.target.toLowerCase());
    }
    return removed;
  }

  private isProtected(sheet: SheetEntry): boolean {
    const part = this.workbookRels.find((r) => r.id === sheet.relId && !r.external)?.target;
    const bytes = part === undefined ? null : this.input.bytesOf(part);
    if (bytes === null) return false;
    const at = indexOfAscii(bytes, "<sheetProtection");
    if (at < 0) return false;
    const element = new TextDecoder().decode(bytes.subarray(at, bytes.indexOf(0x3e, at) + 1));
    return /\bsheet="(?:1|true)"/.test(element);
  }

  /**
   * Kaohe's sheets as new parts, named so as not to meet any part the package keeps, in the
   * conventional pattern (`sheetN.xml`, `tableN.xml`): some readers, ExcelJS among them, find
   * parts by that pattern rather than by their relationships.
   */
  private async writeSheets(
    sheets: readonly PlanSheet[],
    removed: ReadonlySet<string>,
    releaseRows: boolean,
  ): Promise<AddedSheet[]> {
    const taken = (n: number) =>
      [
        `xl/worksheets/sheet${n}.xml`,
        `xl/tables/table${n}.xml`,
        `xl/comments${n}.xml`,
        `xl/drawings/vmlDrawing${n}.vml`,
        `xl/drawings/drawing${n}.xml`,
      ].some((name) => this.input.has(name) && !removed.has(name.toLowerCase()));
    let tableId = this.highestTableId(removed) + 1;
    const tableNames = this.keptTableNames(removed);
    this.chartNumber = 0;
    let n = 0;
    const added: AddedSheet[] = [];
    for (const sheet of sheets) {
      do n++;
      while (taken(n));
      const part = `xl/worksheets/sheet${n}.xml`;
      const tablePart = `xl/tables/table${n}.xml`;
      const notes = sheetHasNotes(sheet);
      const charts = sheet.charts ?? [];
      const rels: NewRelationship[] = [{ id: "rId1", type: REL_TYPE.table, target: `../tables/table${n}.xml` }];
      const contentTypes: { part: string; type: string }[] = [
        { part, type: CONTENT_TYPE.worksheet },
        { part: tablePart, type: CONTENT_TYPE.table },
      ];
      const entries: StoredEntry[] = [
        await this.deflated(
          part,
          worksheetXml(sheet, this.styles, {
            tableRelId: "rId1",
            notesRelId: notes ? "rId2" : null,
            drawingRelId: charts.length > 0 ? "rId4" : null,
          }),
        ),
        await this.deflated(tablePart, [tableXml(sheet, tableId++, freeName(sheet.table.name, tableNames))]),
      ];
      // Nothing below reads the table's rows again.
      if (releaseRows) sheet.table.rows = [];
      if (notes) {
        rels.push({ id: "rId2", type: REL_TYPE.vmlDrawing, target: `../drawings/vmlDrawing${n}.vml` });
        rels.push({ id: "rId3", type: REL_TYPE.comments, target: `../comments${n}.xml` });
        contentTypes.push({ part: `xl/comments${n}.xml`, type: CONTENT_TYPE.comments });
        entries.push(await this.deflated(`xl/drawings/vmlDrawing${n}.vml`, [notesVmlXml(sheet)]));
        entries.push(await this.deflated(`xl/comments${n}.xml`, [commentsXml(sheet)]));
      }
      if (charts.length > 0) {
        const drawing = await this.chartParts(n, charts, removed);
        rels.push({ id: "rId4", type: REL_TYPE.drawing, target: `../drawings/drawing${n}.xml` });
        contentTypes.push(...drawing.contentTypes);
        entries.push(...drawing.entries);
      }
      entries.push(await this.deflated(relsPartOf(part), [relationshipsXml(null, new Set(), rels)]));
      added.push({ name: sheet.name, part, contentTypes, entries });
    }
    return added;
  }

  /** A sheet's drawing with its charts, each chart part named so as not to meet a kept one. */
  private async chartParts(
    n: number,
    charts: readonly PlanChart[],
    removed: ReadonlySet<string>,
  ): Promise<{ contentTypes: { part: string; type: string }[]; entries: StoredEntry[] }> {
    const drawing = `xl/drawings/drawing${n}.xml`;
    const contentTypes: { part: string; type: string }[] = [{ part: drawing, type: CONTENT_TYPE.drawing }];
    const entries: StoredEntry[] = [await this.deflated(drawing, [drawingXml(charts)])];
    const rels: NewRelationship[] = [];
    for (const [i, chart] of charts.entries()) {
      do this.chartNumber++;
      while (
        this.input.has(`xl/charts/chart${this.chartNumber}.xml`) &&
        !removed.has(`xl/charts/chart${this.chartNumber}.xml`)
      );
      const part = `xl/charts/chart${this.chartNumber}.xml`;
      contentTypes.push({ part, type: CONTENT_TYPE.chart });
      entries.push(await this.deflated(part, [chartXml(chart)]));
      rels.push({ id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/chart${this.chartNumber}.xml` });
    }
    entries.push(await this.deflated(relsPartOf(drawing), [relationshipsXml(null, new Set(), rels)]));
    return { contentTypes, entries };
  }

  private deflated(name: string, text: Iterable<string | Uint8Array>): Promise<StoredEntry> {
    return deflatedEntry(name, text, this.codec);
  }

  /** Table ids are unique in a workbook: Kaohe's continue after the roster's own tables. */
  private highestTableId(removed: ReadonlySet<string>): number {
    let highest = 0;
    for (const name of this.input.names) {
      if (!/^xl\/tables\/[^/]+\.xml$/i.test(name) || removed.has(name.toLowerCase())) continue;
      const head = this.input.text(name)?.slice(0, 2000) ?? "";
      const id = Number(/<table\b[^>]*?\bid="(\d+)"/.exec(head)?.[1] ?? 0);
      highest = Math.max(highest, id);
    }
    return highest;
  }

  /**
   * The names of the tables the package keeps, upper-cased as Excel compares them: a copy or a
   * renamed sheet of an earlier run keeps its table, named as the plan names Kaohe's.
   */
  private keptTableNames(removed: ReadonlySet<string>): Set<string> {
    const names = new Set<string>();
    for (const name of this.input.names) {
      if (!/^xl\/tables\/[^/]+\.xml$/i.test(name) || removed.has(name.toLowerCase())) continue;
      const head = /<table\b[^>]*>/.exec(this.input.text(name)?.slice(0, 2000) ?? "")?.[0] ?? "";
      for (const attribute of ["name", "displayName"]) {
        const value = attributeOf(head, attribute);
        if (value !== null) names.add(value.toUpperCase());
      }
    }
    return names;
  }

  /** The kept parts copied as stored, in the roster's order, the edited ones replaced; the new parts after them. */
  private async assemble(
    newParts: readonly StoredEntry[],
    removed: ReadonlySet<string>,
    edited: ReadonlyMap<string, string>,
  ): Promise<readonly Uint8Array[]> {
    const zip = new ZipWriter(this.codec);
    // [Content_Types].xml goes first, where some readers look for it.
    const order = [...this.input.names].sort(
      (a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"),
    );
    for (const name of order) {
      const key = name.toLowerCase();
      if (removed.has(key)) continue;
      const text = edited.get(key);
      if (text !== undefined) {
        await zip.addText(name, [text]);
        continue;
      }
      const stored = this.input.stored(name);
      if (stored !== null) zip.copy(stored);
    }
    const relsOfWorkbook = relsPartOf(this.workbookPath).toLowerCase();
    if (!this.input.has(relsOfWorkbook))
      await zip.addText(relsPartOf(this.workbookPath), [edited.get(relsOfWorkbook) ?? ""]);
    for (const entry of newParts) zip.copy(entry);
    return zip.finishPieces();
  }
}

/** `name`, or `name_2`, `name_3` … when a kept table has it; the name taken is added to `taken`. */
function freeName(name: string, taken: Set<string>): string {
  let free = name;
  for (let n = 2; taken.has(free.toUpperCase()); n++) free = `${name}_${n}`;
  taken.add(free.toUpperCase());
  return free;
}

export interface WriteOptions {
  /**
   * Empty each sheet's table rows in the plan once its part is written, so that its cells can go
   * while the next sheet is written (the command line, which needs the plan no further: 3.6
   * million cells at 20,000 cadres). The plan's rows are then gone for the caller too.
   */
  releaseRows?: boolean;
}

interface AddedSheet {
  name: string;
  part: string;
  contentTypes: { part: string; type: string }[];
  entries: StoredEntry[];
}

/** Whether a defined name's formula refers to the sheet (`'考核对象'!$A$1`, `考核对象!A1`). */
function refersToSheet(refersTo: string, sheet: string): boolean {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  return refersTo.includes(quoted) || refersTo.includes(`${sheet}!`);
}

/** Where ASCII text first occurs in bytes (a sheet part is searched without decoding all of it), or -1. */
function indexOfAscii(bytes: Uint8Array, text: string): number {
  const first = text.charCodeAt(0);
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let i = 1;
    while (i < text.length && bytes[at + i] === text.charCodeAt(i)) i++;
    if (i === text.length) return at;
  }
  return -1;
}
