import type { GridEdit, SourceGrid } from "../../taskpane/host";
// Which rows of a grid an edit touches, and the grid with them replaced: the same for every host.
import { editedRows, patchGrid } from "../office/gridPatch";
import { addressOf, type EtBook } from "./etFacade";
import type { EtEventHandler } from "./etTypes";
import { readBlock } from "./readBlock";

/**
 * Watches the given grids' sheets through ET's application-wide `SheetChange` event (WPS has no
 * per-sheet handler to add). On an edit it re-reads only the edited rows, patches the grid and
 * hands it on; later edits patch the grid as last patched. The handler runs synchronously inside
 * WPS's event, so the re-read is deferred to the next turn and never blocks the edit itself.
 * Returns a function that removes the listener.
 */
export function watchEtEdits(
  makeBook: () => EtBook,
  sources: SourceGrid[],
  onEdit: (edit: GridEdit) => void,
): () => void {
  const current = new Map(sources.map((s) => [s.grid.sheet, s]));
  const handler: EtEventHandler = (sheet, target) => {
    const name = String(sheet.Name);
    const source = current.get(name);
    if (source === undefined) return;
    const rows = editedRows(addressOf(target), source.grid);
    if (rows === null) return;
    setTimeout(() => {
      const latest = current.get(name) ?? source;
      const { grid } = latest;
      const width = Math.max(1, ...grid.values.map((r) => r.length));
      const block = { top: rows.first, left: grid.originCol, rows: rows.last - rows.first + 1, cols: width };
      const values = readBlock(makeBook(), name, block, grid.date1904);
      const edited = { id: latest.id, grid: patchGrid(grid, rows.first, values) };
      current.set(name, edited);
      onEdit({ source: edited, firstRow: rows.first, lastRow: rows.last });
    }, 0);
  };
  const book = makeBook();
  book.app.ApiEvent.AddApiEventListener("SheetChange", handler);
  return () => book.app.ApiEvent.RemoveApiEventListener("SheetChange", handler);
}
