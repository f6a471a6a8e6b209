import { FakeOfficeError, type FakeRequestContext } from "./context";
import type { FakeRange } from "./rangeProxies";
import { FakeWorksheet, FakeWorksheetCollection } from "./sheetProxies";
import { nameKey, sameName } from "./state";

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.record("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.record("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
  /** Counted, so tests can see that a run recalculates once it has written. */
  calculate(type: string): void {
    this.ctx.record("application.calculate", [type], () => void (this.ctx.state.calculations += 1));
  }
}

class FakeNamedItem {
  constructor(
    private readonly ctx: FakeRequestContext,
    readonly name: string,
  ) {}
  /** The range a name refers to (`='考核规则'!$C$2:$G$2`); a null object when its sheet is gone. */
  getRangeOrNullObject(): FakeRange {
    const reference = this.ctx.state.names.get(nameKey(this.ctx.state.names, this.name) ?? "") ?? "";
    const m = /^=?(?:'((?:[^']|'')*)'|([^!]+))!(.+)$/.exec(reference);
    const sheetName = (m?.[1] ?? m?.[2] ?? "").replace(/''/g, "'");
    const sheet = new FakeWorksheet(this.ctx, sheetName);
    const exists = this.ctx.state.sheets.some((s) => sameName(s.name, sheetName));
    const range = sheet.getRange(exists ? (m?.[3] ?? "A1") : "A1");
    return exists ? range : Object.assign(range, { rect: () => null });
  }

  set formula(reference: string) {
    this.ctx.record("names.formula", [this.name, reference], () => {
      if (!this.ctx.state.names.has(this.name)) throw new FakeOfficeError("ItemNotFound", `no name ${this.name}`);
      this.ctx.state.names.set(this.name, reference);
    });
  }
  get formula(): string {
    return this.ctx.state.names.get(this.name) ?? "";
  }

  delete(): void {
    this.ctx.record("names.delete", [this.name], () => {
      if (!this.ctx.state.names.delete(nameKey(this.ctx.state.names, this.name) ?? "")) {
        throw new FakeOfficeError("ItemNotFound", `no name ${this.name}`);
      }
    });
  }
}

class FakeNames {
  items: FakeNamedItem[] = [];
  constructor(private readonly ctx: FakeRequestContext) {}
  load(props: string): void {
    this.ctx.record("names.load", [props], () => {
      this.items = [...this.ctx.state.names].map(([name]) => new FakeNamedItem(this.ctx, name));
      this.ctx.respond([...this.ctx.state.names]);
    });
  }
  add(name: string, reference: string): void {
    this.ctx.record("names.add", [name, reference], () => {
      if (nameKey(this.ctx.state.names, name) !== undefined) {
        throw new FakeOfficeError("ItemAlreadyExists", `name ${name} exists`);
      }
      this.ctx.state.names.set(name, reference);
    });
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
}

class FakeProtection {
  protected = false;
  constructor(private readonly ctx: FakeRequestContext) {}
  load(props: string): void {
    this.ctx.record("workbook.protection.load", [props], () => {
      this.protected = this.ctx.state.structureProtected;
    });
  }
}

class FakeFunctionResult {
  value: number | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly compute: () => number,
  ) {}
  load(props: string): void {
    this.ctx.record("functionResult.load", [props], () => {
      this.value = this.compute();
    });
  }
}

class FakeFunctions {
  constructor(private readonly ctx: FakeRequestContext) {}
  /** Only what the host asks: the serial of 1904-01-01, which tells the date system. */
  date(y: number, m: number, d: number): FakeFunctionResult {
    if (y !== 1904 || m !== 1 || d !== 1) throw new Error("the fake computes DATE(1904,1,1) only");
    return new FakeFunctionResult(this.ctx, () => (this.ctx.state.date1904 ? 0 : 1462));
  }
}

export class FakeWorkbookProxy {
  name = "";
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNames;
  readonly protection: FakeProtection;
  readonly functions: FakeFunctions;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNames(ctx);
    this.protection = new FakeProtection(ctx);
    this.functions = new FakeFunctions(ctx);
  }

  load(props: string): void {
    this.ctx.record("workbook.load", [props], () => {
      this.name = this.ctx.state.name;
    });
  }

  /** The user's selection: set `state.selection` to choose it. */
  getSelectedRange(): FakeRange {
    const selection = this.ctx.state.selection ?? { sheet: this.ctx.state.sheets[0]?.name ?? "", address: "A1" };
    if (selection.address.includes(",")) throw new FakeOfficeError("InvalidSelection", "several areas are selected");
    return new FakeWorksheet(this.ctx, selection.sheet).getRange(selection.address);
  }

  /** The selection as Excel's RangeAreas: `address` lists every area (`名册!A1:B2,名册!D4`). */
  getSelectedRanges(): FakeSelectedAreas {
    return new FakeSelectedAreas(this.ctx);
  }
}

class FakeSelectedAreas {
  address = "";
  areaCount = 0;
  readonly worksheet: { name: string; load: (props: string) => void };
  constructor(private readonly ctx: FakeRequestContext) {
    const sheet = {
      name: "",
      load: (props: string) =>
        ctx.record("selection.worksheet.load", [props], () => void (sheet.name = this.selection().sheet)),
    };
    this.worksheet = sheet;
  }
  private selection(): { sheet: string; address: string } {
    return this.ctx.state.selection ?? { sheet: this.ctx.state.sheets[0]?.name ?? "", address: "A1" };
  }
  load(props: string): void {
    this.ctx.record("selection.load", [props], () => {
      const { sheet, address } = this.selection();
      const areas = address.split(",");
      this.areaCount = areas.length;
      this.address = areas.map((a) => `${sheet}!${a}`).join(",");
    });
  }
}
