import { mergeClasses } from "@fluentui/react-components";
import { useEffect, useMemo, useRef } from "react";
import { a1, columnLetters, parseA1 } from "../../core/model/address";
import type { SheetGrid } from "../../core/model/sheetGrid";
import type { PlanSheet } from "../../core/plan/writePlan";
import { useStrings } from "../../taskpane/i18n";
import { cellFills } from "../cellFills";
import { cellText } from "../cellText";
import { useSheetTableStyles } from "./styles";

export interface SheetTableProps {
  grid: SheetGrid;
  /** The plan of a reviewed sheet: its highlights, legend and number formats. */
  plan: PlanSheet | null;
  /** A1 address to outline and scroll to. */
  selected: string | null;
}

/** The page shows this many rows; the download has them all. */
export const MAX_ROWS = 400;

/** One sheet as a table with Excel's row numbers and column letters, its highlights and the selected cell. */
export function SheetTable({ grid, plan, selected }: SheetTableProps) {
  const styles = useSheetTableStyles();
  const { t } = useStrings();
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const rows = grid.values.slice(0, MAX_ROWS);
  const width = Math.max(0, ...rows.map((r) => r.length));
  const lastRow = grid.originRow + rows.length - 1;
  const fills = useMemo(
    () => (plan === null ? new Map<string, string>() : cellFills(grid, plan, lastRow)),
    [grid, plan, lastRow],
  );
  const formats = useMemo(() => columnFormats(plan), [plan]);
  const target = selected === null ? null : parseA1(selected);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "nearest" });
  }, [selected, grid]);

  return (
    <div className={styles.scroller}>
      <table className={mergeClasses(styles.table, plan !== null && styles.fixed)} data-testid={`sheet-${grid.sheet}`}>
        {plan !== null && (
          <colgroup>
            <col className={styles.rowHeadCol} />
            {Array.from({ length: width }, (_, c) => (
              <col key={c} style={{ width: columnPixels(plan, grid.originCol + c) }} />
            ))}
          </colgroup>
        )}
        <thead>
          <tr>
            <th className={styles.corner} />
            {Array.from({ length: width }, (_, c) => (
              <th key={c} className={styles.colHead}>
                {columnLetters(grid.originCol + c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const sheetRow = grid.originRow + r;
            return (
              <tr key={sheetRow}>
                <th className={styles.rowHead}>{sheetRow}</th>
                {Array.from({ length: width }, (_, c) => {
                  const sheetCol = grid.originCol + c;
                  const fill = fills.get(`${sheetRow}:${sheetCol}`);
                  const isSelected = target !== null && target.row === sheetRow && target.col === sheetCol;
                  // Above a reviewed sheet's table (title, legend, hint), text runs on into empty cells, as in Excel.
                  const spill = plan !== null && sheetRow < plan.table.anchorRow;
                  const className = mergeClasses(styles.cell, spill && styles.spill, isSelected && styles.selected);
                  return (
                    <td
                      key={c}
                      ref={isSelected ? selectedRef : undefined}
                      className={className}
                      style={fill === undefined ? undefined : { backgroundColor: `#${fill}`, color: "#000" }}
                      data-cell={a1(sheetRow, sheetCol)}
                      data-fill={fill}
                    >
                      {cellText(
                        row[c] ?? null,
                        plan === null || sheetRow <= plan.table.anchorRow ? undefined : formats.get(sheetCol),
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      {grid.values.length > MAX_ROWS && <p className={styles.more}>{t("previewMore", { count: MAX_ROWS })}</p>}
    </div>
  );
}

/** A reviewed sheet's columns as wide as the plan makes them in Excel (characters of 7 px and 5 px padding). */
function columnPixels(plan: PlanSheet, col: number): string {
  const width = plan.table.columns[col - plan.table.anchorCol]?.width ?? 9;
  return `${width * 7 + 5}px`;
}

function columnFormats(plan: PlanSheet | null): Map<number, string> {
  const formats = new Map<number, string>();
  plan?.table.columns.forEach((column, i) => {
    if (column.numFmt !== undefined) formats.set(plan.table.anchorCol + i, column.numFmt);
  });
  return formats;
}
