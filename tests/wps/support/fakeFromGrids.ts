import { dayNumber, excelSerial } from "../../../src/core/model/calendarDate";
import type { SheetGrid } from "../../../src/core/model/sheetGrid";
import { FakeEt, key } from "../fakeEt";

/**
 * A fake WPS workbook holding the given grids as a clerk's workbook would: dates as serial
 * numbers with a date format, errors as error cells, merged areas as merges.
 */
export function fakeFromGrids(grids: readonly SheetGrid[], name = grids[0]?.file ?? "名册.xlsx"): FakeEt {
  const et = new FakeEt(name, { date1904: grids[0]?.date1904 ?? false });
  for (const grid of grids) {
    const sheet = et.addSheet(grid.sheet, []);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const at = key(grid.originRow + r, grid.originCol + c);
        if (typeof value !== "object") sheet.cells.set(at, { value });
        else if (value.kind === "date") {
          sheet.cells.set(at, {
            value: excelSerial(dayNumber(value.y, value.m, value.d), grid.date1904),
            numFmt: "yyyy-mm-dd",
          });
        } else sheet.cells.set(at, { value: null, error: value.code });
      }),
    );
    for (const m of grid.merges) {
      sheet.merges.push({
        top: grid.originRow + m.top,
        left: grid.originCol + m.left,
        bottom: grid.originRow + m.bottom,
        right: grid.originCol + m.right,
      });
    }
  }
  return et;
}
