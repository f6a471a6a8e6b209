import type { GridEdit, SourceGrid } from "../../taskpane/host";
import { editedRows, patchGrid } from "./gridPatch";
import { toGridValue } from "./gridValues";
import type { OfficeRun } from "./officeRun";

/**
 * Watches the sheets of the given grids with `worksheet.onChanged`. On an edit, reads back only
 * the edited rows (one sync), patches the grid and hands it on; later edits patch the grid as
 * last patched. Resolves to a function that removes the handlers.
 */
export async function watchEdits(
  run: OfficeRun,
  sources: SourceGrid[],
  onEdit: (edit: GridEdit) => void,
): Promise<() => Promise<void>> {
  const current = new Map(sources.map((s) => [s.grid.sheet, s]));
  const handlers = await run(async (context) => {
    const results = [...current.keys()].map((sheet) =>
      context.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
        const source = current.get(sheet);
        if (source === undefined) return;
        const rows = editedRows(args.address, source.grid);
        if (rows === null) return;
        const edited = await readRows(run, source, rows.first, rows.last);
        current.set(sheet, edited);
        onEdit({ source: edited, firstRow: rows.first, lastRow: rows.last });
      }),
    );
    await context.sync();
    return results;
  });
  return async () => {
    for (const handler of handlers) handler.remove();
    const context = handlers[0]?.context;
    if (context !== undefined) await context.sync();
  };
}

async function readRows(run: OfficeRun, source: SourceGrid, first: number, last: number): Promise<SourceGrid> {
  const { grid } = source;
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  return run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(grid.sheet)
      .getRangeByIndexes(first - 1, grid.originCol - 1, last - first + 1, width);
    range.load("values,valueTypes,numberFormat");
    await context.sync();
    const rows = range.values.map((row, r) =>
      row.map((value, c) =>
        toGridValue(
          value,
          String(range.valueTypes[r]?.[c] ?? "Empty"),
          String(range.numberFormat[r]?.[c] ?? ""),
          grid.date1904,
        ),
      ),
    );
    return { id: source.id, grid: patchGrid(grid, first, rows) };
  });
}
