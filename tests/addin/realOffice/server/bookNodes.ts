import {
  HEADER_FOOTER_SETTINGS,
  newSheet,
  PAGE_LAYOUT_SETTINGS,
  usedExtent,
  type FakeSheet,
} from "../../fakeExcel/state";
import { ChartsNode } from "./chartNodes";
import { Node, NullNode, numberArg, ServerError, stringArg } from "./node";
import { RangeNode } from "./rangeNodes";
import { findSheet, sameName, sheetOf, type World } from "./world";

/** A node of the workbook as a whole, acting on the world's state rather than one sheet's. */
abstract class WorldNode extends Node {
  constructor(readonly world: World) {
    super();
  }
}

/** The root object every request starts from (`context.workbook`). */
export class WorkbookNode extends WorldNode {
  readonly type = "Workbook";
  override scalarNames(): string[] {
    return ["name"];
  }
  override scalar(name: string): unknown {
    if (name === "name") return this.world.state.name;
    throw this.missing(name);
  }
  override nav(name: string): Node {
    switch (name) {
      case "worksheets":
        return new WorksheetsNode(this.world);
      case "names":
        return new NamesNode(this.world);
      case "protection":
        return new ValueNode("WorkbookProtection", { protected: () => this.world.state.structureProtected });
      case "functions":
        return new FunctionsNode(this.world);
      case "application":
        return new ApplicationNode(this.world);
      default:
        throw this.missing(name);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "getSelectedRange": {
        const selection = this.world.state.selection ?? {
          sheet: this.world.state.sheets[0]?.name ?? "",
          address: "A1",
        };
        return RangeNode.at(this.world, sheetOf(this.world, selection.sheet), selection.address);
      }
      // Excel.run's clean-up of the references it kept.
      case "_RemoveReference":
        stringArg(args, 0);
        return undefined;
      default:
        throw this.missing(name);
    }
  }
}

/** An object of read-only scalars (protection, function results). */
export class ValueNode extends Node {
  constructor(
    readonly type: string,
    readonly values: Record<string, () => unknown>,
  ) {
    super();
  }
  override scalarNames(): string[] {
    return Object.keys(this.values);
  }
  override scalar(name: string): unknown {
    const read = this.values[name];
    if (read === undefined) throw this.missing(name);
    return read();
  }
}

class ApplicationNode extends WorldNode {
  readonly type = "Application";
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "suspendApiCalculationUntilNextSync":
      case "suspendScreenUpdatingUntilNextSync":
        this.world.calls.push(name);
        return undefined;
      // Counted as the fake context counts it, so tests see that a run recalculates once.
      case "calculate":
        this.world.calls.push(`${name}:${stringArg(args, 0)}`);
        this.world.state.calculations += 1;
        return undefined;
      default:
        throw this.missing(name);
    }
  }
}

class FunctionsNode extends WorldNode {
  readonly type = "Functions";
  /** Only what the host asks: DATE(1904,1,1), whose serial tells the date system. */
  override call(name: string, args: unknown[]): unknown {
    if (name !== "date" || args.join() !== "1904,1,1") throw this.missing(`${name}(${args.join()})`);
    const serial = this.world.state.date1904 ? 0 : 1462;
    return new ValueNode("FunctionResult", { value: () => serial, error: () => null });
  }
}

class WorksheetsNode extends WorldNode {
  readonly type = "WorksheetCollection";
  override items(): Node[] {
    return this.world.state.sheets.map((s) => new WorksheetNode(this.world, s));
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "getItem":
        return new WorksheetNode(this.world, sheetOf(this.world, stringArg(args, 0)));
      case "getItemOrNullObject": {
        const sheet = findSheet(this.world, stringArg(args, 0));
        return sheet === undefined ? new NullNode() : new WorksheetNode(this.world, sheet);
      }
      case "add": {
        const name = stringArg(args, 0);
        if (findSheet(this.world, name) !== undefined) {
          throw new ServerError("ItemAlreadyExists", "The resource with the same name or identifier already exists.");
        }
        if (this.world.state.structureProtected)
          throw new ServerError("AccessDenied", "The workbook is protected.", 403);
        const sheet = newSheet(name);
        this.world.state.sheets.push(sheet);
        return new WorksheetNode(this.world, sheet);
      }
      default:
        throw this.missing(name);
    }
  }
}

export class WorksheetNode extends Node {
  readonly type = "Worksheet";
  constructor(
    readonly world: World,
    readonly sheet: FakeSheet,
  ) {
    super();
  }
  /** A worksheet is found again by its id, which Office.js takes from here. */
  override idResult(): Record<string, unknown> {
    return { Id: this.sheet.id };
  }
  private live(): FakeSheet {
    if (!this.world.state.sheets.includes(this.sheet)) {
      throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    return this.sheet;
  }
  override scalarNames(): string[] {
    return ["id", "name", "position", "visibility"];
  }
  override scalar(name: string): unknown {
    const sheet = this.live();
    if (name === "id") return sheet.id;
    if (name === "name") return sheet.name;
    if (name === "position") return this.world.state.sheets.indexOf(sheet);
    if (name === "tabColor") return sheet.tabColor ?? "";
    if (name === "visibility") return sheet.visibility;
    throw this.missing(name);
  }
  /** Whether another sheet than this one stays visible: Excel keeps one visible sheet. */
  private othersVisible(): boolean {
    return this.world.state.sheets.some((s) => s !== this.sheet && s.visibility === "Visible");
  }
  override nav(name: string): Node {
    const sheet = this.live();
    switch (name) {
      case "protection":
        return new ValueNode("WorksheetProtection", { protected: () => sheet.protected });
      case "tables":
        return new TablesNode(this.world, sheet);
      case "charts":
        return new ChartsNode(this.world, sheet);
      case "freezePanes":
        return new FreezePanesNode(sheet);
      case "pageLayout":
        return new PageLayoutNode(sheet, "PageLayout");
      case "horizontalPageBreaks":
        return new PageBreaksNode(this.world, sheet);
      default:
        throw this.missing(name);
    }
  }
  override set(name: string, value: unknown): void {
    const sheet = this.live();
    switch (name) {
      case "tabColor":
        sheet.tabColor = String(value);
        return;
      case "visibility": {
        const visibility = String(value);
        if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) {
          throw new ServerError("InvalidArgument", `The argument is invalid or missing: ${visibility}`);
        }
        if (visibility !== "Visible" && !this.othersVisible()) {
          throw new ServerError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
        sheet.visibility = visibility;
        return;
      }
      default:
        throw this.missing(name);
    }
  }
  override call(name: string, args: unknown[]): unknown {
    const sheet = this.live();
    switch (name) {
      case "getRange":
        return RangeNode.at(this.world, sheet, args[0] === undefined ? "A1:XFD1048576" : stringArg(args, 0));
      case "getRangeByIndexes": {
        const [row, col, rows, cols] = [0, 1, 2, 3].map((i) => numberArg(args, i)) as [number, number, number, number];
        return new RangeNode(this.world, sheet, { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols });
      }
      case "getUsedRangeOrNullObject": {
        const extent = usedExtent(sheet);
        return extent === null ? new NullNode() : new RangeNode(this.world, sheet, extent);
      }
      case "delete":
        if (sheet.protected) throw new ServerError("AccessDenied", "The sheet is protected.", 403);
        if (this.world.state.structureProtected)
          throw new ServerError("AccessDenied", "The workbook is protected.", 403);
        // Excel refuses to delete a very hidden sheet, and the last visible one.
        if (sheet.visibility === "VeryHidden") {
          throw new ServerError("InvalidOperation", "This operation is not allowed on a very hidden worksheet.");
        }
        if (sheet.visibility === "Visible" && !this.othersVisible()) {
          throw new ServerError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
        }
        this.world.state.sheets = this.world.state.sheets.filter((s) => s !== sheet);
        return undefined;
      case "activate":
        return undefined;
      case "_RegisterDataChangedEvent":
        this.world.changeEvents.set(sheet.id, (this.world.changeEvents.get(sheet.id) ?? 0) + 1);
        return undefined;
      case "_UnregisterDataChangedEvent":
        this.world.changeEvents.set(sheet.id, Math.max(0, (this.world.changeEvents.get(sheet.id) ?? 0) - 1));
        return undefined;
      default:
        throw this.missing(name);
    }
  }
}

class TablesNode extends Node {
  readonly type = "TableCollection";
  constructor(
    readonly world: World,
    readonly sheet: FakeSheet,
  ) {
    super();
  }
  override items(): Node[] {
    return this.sheet.tables.map((t) => new TableNode(this.world, this.sheet, t));
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "add": {
        const table = { address: stringArg(args, 0), hasHeaders: args[1] === true, name: null, style: null };
        this.sheet.tables.push(table);
        return new TableNode(this.world, this.sheet, table);
      }
      case "getItem": {
        const wanted = stringArg(args, 0);
        const table = this.sheet.tables.find((t) => t.name !== null && sameName(t.name, wanted));
        if (table === undefined) throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
        return new TableNode(this.world, this.sheet, table);
      }
      default:
        throw this.missing(name);
    }
  }
}

type TableRecord = FakeSheet["tables"][number];

class TableNode extends Node {
  readonly type = "Table";
  constructor(
    readonly world: World,
    readonly sheet: FakeSheet,
    readonly table: TableRecord,
  ) {
    super();
  }
  override scalarNames(): string[] {
    return ["name", "style"];
  }
  override scalar(name: string): unknown {
    if (name === "name" || name === "style") return this.table[name] ?? "";
    throw this.missing(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== "name" && name !== "style") throw this.missing(name);
    this.table[name] = String(value);
  }
  /**
   * Both take the table off the sheet, as the fake context does; `convertToRange` keeps the cells
   * and returns the range they are in (Office.js makes it an object path).
   */
  override call(name: string): unknown {
    if (name !== "convertToRange" && name !== "delete") throw this.missing(name);
    if (!this.sheet.tables.includes(this.table)) {
      throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    this.sheet.tables = this.sheet.tables.filter((t) => t !== this.table);
    return name === "delete" ? undefined : RangeNode.at(this.world, this.sheet, this.table.address);
  }
}

/**
 * `pageLayout` and its `headersFooters.defaultForAllPages`: what each setting was given, kept as
 * the fake context keeps it (`FakeSheet.pageLayout`), so the two can be compared.
 */
class PageLayoutNode extends Node {
  constructor(
    readonly sheet: FakeSheet,
    readonly type: string,
  ) {
    super();
  }
  override nav(name: string): Node {
    if (this.type === "PageLayout" && name === "headersFooters")
      return new PageLayoutNode(this.sheet, "HeaderFooterGroup");
    if (this.type === "HeaderFooterGroup" && name === "defaultForAllPages") {
      return new PageLayoutNode(this.sheet, "HeaderFooter");
    }
    throw this.missing(name);
  }
  override call(name: string, args: unknown[]): unknown {
    if (this.type !== "PageLayout") throw this.missing(name);
    if (name === "setPrintTitleRows") this.sheet.pageLayout.set("printTitleRows", stringArg(args, 0));
    else if (name === "setPrintArea") this.sheet.pageLayout.set("printArea", stringArg(args, 0));
    else throw this.missing(name);
    return undefined;
  }
  override set(name: string, value: unknown): void {
    const known =
      this.type === "PageLayout" ? PAGE_LAYOUT_SETTINGS.includes(name) : HEADER_FOOTER_SETTINGS.includes(name);
    if (this.type === "HeaderFooterGroup" || !known) throw this.missing(name);
    this.sheet.pageLayout.set(name, value);
  }
}

/**
 * `horizontalPageBreaks`: the manual breaks, kept as the fake context keeps them
 * (`FakeSheet.rowBreaks`, by the row each starts); `add` takes a range or an address on the sheet.
 */
class PageBreaksNode extends Node {
  readonly type = "PageBreakCollection";
  constructor(
    readonly world: World,
    readonly sheet: FakeSheet,
  ) {
    super();
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "add": {
        const before = args[0];
        const range = typeof before === "string" ? RangeNode.at(this.world, this.sheet, before) : before;
        if (!(range instanceof RangeNode) || range.sheet !== this.sheet) {
          throw new ServerError("InvalidArgument", "The argument is invalid or missing: pageBreakRange");
        }
        const row = range.rect.top;
        if (!this.sheet.rowBreaks.includes(row))
          this.sheet.rowBreaks = [...this.sheet.rowBreaks, row].sort((x, y) => x - y);
        return new PageBreakNode();
      }
      case "removePageBreaks":
        this.sheet.rowBreaks = [];
        return undefined;
      default:
        throw this.missing(name);
    }
  }
}

/** The break `add` makes: the host keeps nothing of it. */
class PageBreakNode extends Node {
  readonly type = "PageBreak";
}

class FreezePanesNode extends Node {
  readonly type = "WorksheetFreezePanes";
  constructor(readonly sheet: FakeSheet) {
    super();
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "freezeAt": {
        const range = args[0];
        if (!(range instanceof RangeNode)) throw new ServerError("InvalidArgument", "freezeAt takes a range");
        this.sheet.freeze = { rows: range.rect.bottom, cols: range.rect.right };
        return undefined;
      }
      case "freezeRows":
        this.sheet.freeze = { rows: numberArg(args, 0), cols: 0 };
        return undefined;
      case "freezeColumns":
        this.sheet.freeze = { rows: 0, cols: numberArg(args, 0) };
        return undefined;
      case "unfreeze":
        this.sheet.freeze = null;
        return undefined;
      default:
        throw this.missing(name);
    }
  }
}

class NamesNode extends WorldNode {
  readonly type = "NamedItemCollection";
  override items(): Node[] {
    return [...this.world.state.names.keys()].map((name) => new NameNode(this.world, name));
  }
  private key(name: string): string | undefined {
    return [...this.world.state.names.keys()].find((n) => sameName(n, name));
  }
  override call(name: string, args: unknown[]): unknown {
    switch (name) {
      case "getItem": {
        const key = this.key(stringArg(args, 0));
        if (key === undefined) throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
        return new NameNode(this.world, key);
      }
      case "add": {
        const added = stringArg(args, 0);
        if (this.key(added) !== undefined) {
          throw new ServerError("ItemAlreadyExists", "The resource with the same name or identifier already exists.");
        }
        this.world.state.names.set(added, stringArg(args, 1));
        return new NameNode(this.world, added);
      }
      default:
        throw this.missing(name);
    }
  }
}

class NameNode extends Node {
  readonly type = "NamedItem";
  constructor(
    readonly world: World,
    readonly name: string,
  ) {
    super();
  }
  override idResult(): Record<string, unknown> {
    return { _Id: this.name };
  }
  override scalarNames(): string[] {
    return ["name", "formula"];
  }
  override scalar(name: string): unknown {
    if (name === "name") return this.name;
    if (name === "formula") return this.world.state.names.get(this.name) ?? "";
    throw this.missing(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== "formula") throw this.missing(name);
    if (!this.world.state.names.has(this.name)) {
      throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
    }
    this.world.state.names.set(this.name, String(value));
  }
  override call(name: string): unknown {
    switch (name) {
      case "delete":
        this.world.state.names.delete(this.name);
        return undefined;
      case "getRangeOrNullObject": {
        // `='考核规则'!$C$2:$G$2`: a null object once its sheet is gone.
        const reference = this.world.state.names.get(this.name) ?? "";
        const m = /^=?(?:'((?:[^']|'')*)'|([^!]+))!(.+)$/.exec(reference);
        const sheet = findSheet(this.world, (m?.[1] ?? m?.[2] ?? "").replace(/''/g, "'"));
        return sheet === undefined || m?.[3] === undefined ? new NullNode() : RangeNode.at(this.world, sheet, m[3]);
      }
      default:
        throw this.missing(name);
    }
  }
}
