import { dayNumber, fromDayNumber } from "../../core/model/calendarDate";
import type { GridValue, SheetGrid } from "../../core/model/sheetGrid";

/**
 * ExcelJS takes a workbook for the 1904 date system only when it says `date1904="1"`; the
 * format's boolean may also be written `true` (Apache POI, which many exporting systems use,
 * writes it so). ExcelJS then reads every date 1,462 days early, four years and a day. The
 * readers correct the grids afterwards with the system the file declares.
 */
const DAYS_1900_TO_1904 = 1462;

export function withDeclaredDateSystem(
  grids: SheetGrid[],
  readAs1904: boolean,
  declared1904: boolean,
): { date1904: boolean; grids: SheetGrid[] } {
  if (readAs1904 || !declared1904) return { date1904: readAs1904, grids };
  return {
    date1904: true,
    grids: grids.map((grid) => ({ ...grid, date1904: true, values: grid.values.map((row) => row.map(shifted)) })),
  };
}

function shifted(value: GridValue): GridValue {
  if (typeof value !== "object" || value === null || value.kind !== "date") return value;
  const { y, m, d } = fromDayNumber(dayNumber(value.y, value.m, value.d) + DAYS_1900_TO_1904);
  return { kind: "date", y, m, d };
}
