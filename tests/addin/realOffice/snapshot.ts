import type { FakeSheet, FakeWorkbook } from "../fakeExcel";

/**
 * Everything a sheet holds that a plan writes, as one string: a district's sheets hold 200,000
 * cells, which `toEqual` compares and prints far slower than strings. Cells that hold nothing
 * and look like nothing are left out, so two hosts that touched different blank cells compare equal.
 */
export function sheetSnapshot(sheet: FakeSheet): string {
  const cells = [...sheet.cells]
    .filter(([, c]) => c.value !== null || c.formula !== null || c.numFmt !== "General" || c.fill !== null || c.bold)
    .map(([key, c]) => {
      const [row = 0, col = 0] = key.split(":").map(Number);
      return {
        row,
        col,
        text: `${key}=${c.formula === null ? JSON.stringify(c.value) : `=${c.formula}`}|${c.numFmt}|${c.fill}|${c.bold}`,
      };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => c.text);
  return JSON.stringify({
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    tabColor: sheet.tabColor,
    tables: sheet.tables,
    conditionalFormats: sheet.conditionalFormats,
    validations: sheet.validations,
    freeze: sheet.freeze,
    notes: [...sheet.notes],
    pageLayout: [...sheet.pageLayout],
    rowBreaks: sheet.rowBreaks,
    columnWidths: [...sheet.columnWidths],
    charts: sheet.charts,
  });
}

/** The workbook's sheets (in order) and defined names, one string each. */
export function workbookSnapshot(state: FakeWorkbook): string[] {
  return [...state.sheets.map(sheetSnapshot), JSON.stringify([...state.names].sort())];
}
