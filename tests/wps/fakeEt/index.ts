import type { EtApplication } from "../../../src/hosts/wps/etTypes";
import { Counter, FakeApp } from "./objectModel";
import { key, newSheet, parseArea, parseEntry, type CellValue, type FakeBook, type FakeSheet } from "./state";

export { key, parseArea, type FakeBook, type FakeSheet } from "./state";

/** A fake WPS 表格 with one open workbook, its application object and a call counter. */
export class FakeEt {
  readonly counter = new Counter();
  readonly book: FakeBook;
  readonly fake: FakeApp;
  readonly app: EtApplication;

  constructor(name = "名册.xlsx", options: { date1904?: boolean } = {}) {
    this.book = { name, date1904: options.date1904 ?? false, protectStructure: false, sheets: [], names: [] };
    this.fake = new FakeApp(this.counter, this.book);
    this.app = this.counter.wrap(this.fake);
  }

  get calls(): number {
    return this.counter.calls;
  }

  /** Adds a sheet with rows of values from A1 (or `origin`), as a user's workbook would hold them. */
  addSheet(name: string, rows: CellValue[][], origin = "A1"): FakeSheet {
    const sheet = newSheet(name);
    this.book.sheets.push(sheet);
    if (this.fake.activeSheet === null) this.fake.activeSheet = sheet;
    const at = parseArea(origin);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.cells.set(key(at.top + r, at.left + c), { value });
      }),
    );
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.book.sheets.find((s) => s.name === name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** A user's edit: the cells change, then every `SheetChange` listener hears of it. */
  edit(sheetName: string, address: string, rows: CellValue[][]): void {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const k = key(area.top + r, area.left + c);
        const cell = sheet.cells.get(k) ?? { value: null };
        parseEntry(cell, value, this.book.date1904);
        sheet.cells.set(k, cell);
      }),
    );
    for (const listener of this.fake.listeners) {
      listener(this.fake.sheetObject(sheet), this.fake.rangeObject(sheet, area));
    }
  }
}
