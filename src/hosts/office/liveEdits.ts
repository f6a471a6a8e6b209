import { HostError, type GridEdit, type SourceGrid } from "../../taskpane/host";
import type { ExcelFeatures } from "./features";
import { editedRows, patchGrid } from "./gridPatch";
import { toGridValue } from "./gridValues";
import { toHostError } from "./officeErrors";
import type { OfficeRun } from "./officeRun";
import { readGrids } from "./readGrids";

/** Changes that move cells: the grid is read again whole, as rows below have shifted. */
const STRUCTURAL = new Set([
  "RowInserted",
  "RowDeleted",
  "ColumnInserted",
  "ColumnDeleted",
  "CellInserted",
  "CellDeleted",
]);

export interface EditWatch {
  onEdit: (edit: GridEdit) => void;
  onError: (error: HostError) => void;
}

/**
 * Watches the sheets of the given grids with `worksheet.onChanged`. Office does not wait for an
 * event handler, so two quick edits would race to patch the same grid and one would be lost:
 * each edit is queued and handled after the one before. An edit re-reads only the edited rows
 * (one sync) and patches the grid; an inserted or deleted row or column re-reads the sheet.
 * A failure is reported, not swallowed, and the next edit is still handled. Resolves to a
 * function that removes every handler, in the request context that added them, as Office.js
 * requires.
 */
export async function watchEdits(
  run: OfficeRun,
  features: ExcelFeatures,
  sources: SourceGrid[],
  watch: EditWatch,
): Promise<() => Promise<void>> {
  const current = new Map(sources.map((s) => [s.grid.sheet, s]));
  let queue: Promise<void> = Promise.resolve();
  const handle = async (sheet: string, args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    const source = current.get(sheet);
    if (source === undefined) return;
    const edit = STRUCTURAL.has(args.changeType)
      ? await rereadSheet(run, features, source)
      : await rereadRows(run, source, args.address);
    if (edit === null) return;
    current.set(sheet, edit.source);
    watch.onEdit(edit);
  };
  const { context, handlers } = await run(async (ctx) => {
    const added = [...current.keys()].map((sheet) =>
      ctx.workbook.worksheets.getItem(sheet).onChanged.add((args) => {
        queue = queue.then(() => handle(sheet, args)).catch((error: unknown) => watch.onError(toHostError(error)));
        return queue;
      }),
    );
    await ctx.sync();
    return { context: ctx, handlers: added };
  });
  return async () => {
    await run(
      async (ctx) => {
        for (const handler of handlers) handler.remove();
        await ctx.sync();
      },
      { previousObjects: context },
    );
    await queue;
  };
}

async function rereadRows(run: OfficeRun, source: SourceGrid, address: string): Promise<GridEdit | null> {
  const rows = editedRows(address, source.grid);
  if (rows === null) return null;
  const { grid } = source;
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  return run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(grid.sheet)
      .getRangeByIndexes(rows.first - 1, grid.originCol - 1, rows.last - rows.first + 1, width);
    range.load("values,valueTypes,numberFormat");
    await context.sync();
    const values = range.values.map((row, r) =>
      row.map((value, c) =>
        toGridValue(
          value,
          String(range.valueTypes[r]?.[c] ?? "Empty"),
          String(range.numberFormat[r]?.[c] ?? ""),
          grid.date1904,
        ),
      ),
    );
    return {
      source: { id: source.id, grid: patchGrid(grid, rows.first, values) },
      firstRow: rows.first,
      lastRow: rows.last,
    };
  });
}

/** The whole sheet read again, as it was first read: its used range. */
async function rereadSheet(run: OfficeRun, features: ExcelFeatures, source: SourceGrid): Promise<GridEdit> {
  const { grid } = source;
  const read = await run((context) =>
    readGrids(context, [{ file: grid.file, sheet: grid.sheet, range: null }], features),
  );
  const fresh = read.grids[0];
  if (fresh === undefined) {
    throw new HostError("not_found", {
      zh: `重新读取工作表“${grid.sheet}”失败。`,
      en: `The sheet "${grid.sheet}" could not be read again.`,
    });
  }
  const lastRow = fresh.originRow + Math.max(fresh.values.length, 1) - 1;
  return { source: { id: source.id, grid: fresh }, firstRow: Math.min(fresh.originRow, grid.originRow), lastRow };
}
