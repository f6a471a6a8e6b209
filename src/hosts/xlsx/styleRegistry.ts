import type { TABLE_VERTICAL_ALIGNMENT } from "../../core/plan/kaoheSheets";

/**
 * The looks Kaohe's sheets give their cells, as the package writer turns them into style ids of
 * the workbook's own styles part: the sheet writer asks for a look, the registry appends it to
 * the styles once and answers its index.
 */
export interface CellLook {
  /** Excel number format code (`0.00%`, `yyyy-mm-dd`, `@`); none: General. */
  numFmt?: string | undefined;
  /** Solid fill `RRGGBB`. */
  fill?: string | undefined;
  bold?: boolean | undefined;
  /** Where the text sits across its cell; none: the format's default (text left, numbers right). */
  horizontal?: "right" | undefined;
  /** Wrap text within the column's width. */
  wrap?: boolean | undefined;
  /**
   * Where the text sits in a row taller than it; none: at the bottom, the format's default. The
   * plan's word (TABLE_VERTICAL_ALIGNMENT) is the format's own.
   */
  vertical?: typeof TABLE_VERTICAL_ALIGNMENT | undefined;
}

/** A conditional format's look: fill and font colour `RRGGBB`. */
export interface DifferentialLook {
  fill: string;
  fontColor?: string | undefined;
}

export interface StyleRegistry {
  /** The `s` attribute of a cell with this look (0 only for the workbook's default look). */
  cellStyle(look: CellLook): number;
  /** The `dxfId` of a conditional format with this look. */
  differentialStyle(look: DifferentialLook): number;
}
