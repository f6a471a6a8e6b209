import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { DraftColumn, DraftTable } from "../../core/drafts/draftDocument";
import { FONT, LINE, SIZE, TEXT_WIDTH, WIDE_TABLE_COLUMNS } from "./officialStyle";
import { run } from "./textRuns";

/**
 * A draft's table as a Word table across the text width: columns in the model's proportions,
 * the header row repeated on every page, rows never split across pages, a total row in bold.
 */
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const LINE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = {
  top: LINE_BORDER,
  bottom: LINE_BORDER,
  left: LINE_BORDER,
  right: LINE_BORDER,
  insideHorizontal: LINE_BORDER,
  insideVertical: LINE_BORDER,
};

/** Twips per column, the last one taking what rounding left so the widths add up to the text width. */
function columnWidths(columns: readonly DraftColumn[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / total));
  const last = widths.length - 1;
  widths[last] = (widths[last] ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(text: string, width: number, align: DraftColumn["align"], size: number, bold: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { line: LINE.table, lineRule: LineRuleType.AT_LEAST },
        children: [run(text, { face: FONT.body, size, bold })],
      }),
    ],
  });
}

export function draftTable(table: DraftTable): Table {
  const widths = columnWidths(table.columns);
  const size = table.columns.length > WIDE_TABLE_COLUMNS ? SIZE.wideTable : SIZE.table;
  const rows: TableRow[] = [];
  const rowHeight = { value: 400, rule: HeightRule.ATLEAST };
  if (table.header) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        height: rowHeight,
        children: table.columns.map((c, i) => cell(c.header, widths[i] ?? 0, "center", size, true)),
      }),
    );
  }
  for (const row of table.rows) {
    rows.push(
      new TableRow({
        cantSplit: true,
        height: rowHeight,
        children: table.columns.map((c, i) => {
          // A form (no header row) shows its label columns in bold, centred.
          const label = !table.header && c.align === "center";
          return cell(row.cells[i] ?? "", widths[i] ?? 0, c.align, size, row.total === true || label);
        }),
      }),
    );
  }
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows,
  });
}
