import type { Finding } from "../findings/finding";
import type { GridValue } from "../model/sheetGrid";
import type { TallyRow } from "../model/tally";
import type { GridView } from "./gridView";
import { readNumber } from "./numberText";
import type { ReadColumn } from "./readColumn";
import { cellFinding } from "./readerFindings";
import { RowSource, type ColumnTable } from "./rowSource";
import { shownValue } from "./textNormalise";

/** A vote count as read: a number, unreadable (null, with its finding), or a blank cell. */
export type VoteCount = number | null | "blank";

/**
 * Reads the counts of one tally row, recording the cell of each field (`where`, the row's
 * `SourceRef`) and a `count_invalid` finding for text that is not a number.
 */
export class TallyCells {
  readonly where: RowSource;
  readonly findings: Finding[] = [];

  constructor(
    private readonly view: GridView,
    private readonly r: number,
    private readonly subject: string,
    private readonly subjectUnit: string | null,
    sheetTables: ColumnTable,
  ) {
    this.where = new RowSource(view, r, sheetTables);
  }

  /**
   * 应到 / 发出 / 收回 / 有效: a figure of the meeting, so a cell merged over several rows
   * gives it to each of them. Blank is unknown.
   */
  meeting(field: string, col: ReadColumn | undefined): number | null {
    if (!col) return null;
    this.where.fixed(field, col.c);
    const count = this.read(field, col, this.view.label(this.r, col.c));
    return count === "blank" ? null : count;
  }

  /** Votes for a level and abstentions: a merged cell counts once, in its first row. */
  vote(field: string, col: ReadColumn | undefined): VoteCount {
    if (!col) return null;
    this.where.own(field, col.c);
    return this.read(field, col, this.view.own(this.r, col.c));
  }

  /** A figure that does not come from this row's cells, such as a note above the table. */
  given(field: string, value: number, cell: string): number {
    this.where.at(field, cell);
    return value;
  }

  /** The value of the cell just recorded for `field`; its A1 text is made only for a finding. */
  private read(field: string, col: ReadColumn, value: GridValue): VoteCount {
    const reading = readNumber(value);
    if (typeof reading === "number" || reading === "blank") return reading;
    const header = col.group ? `${col.group}·${col.header}` : col.header;
    const shown = shownValue(value);
    this.findings.push(
      cellFinding(
        this.view,
        "count_invalid",
        this.where.cell(field) ?? this.view.address(this.r, col.c),
        {
          zh: `“${header}”的“${shown}”不是票数，请填写数字`,
          en: `"${shown}" in "${header}" is not a count; enter a number`,
        },
        { subject: this.subject, subjectUnit: this.subjectUnit },
      ),
    );
    return null;
  }
}

/** The votes of one row as read: the four levels (index 0 the highest), then abstentions. */
export type LevelVotes = readonly [VoteCount, VoteCount, VoteCount, VoteCount];

/** A row's votes once settled, as its tally row keeps them. */
export interface SettledVotes {
  counts: TallyRow["counts"];
  abstain: number | null;
}

/** Whether any vote cell of a row holds a figure. */
export function anyFigure(levels: LevelVotes, abstain: VoteCount): boolean {
  return typeof abstain === "number" || levels.some((v) => typeof v === "number");
}

/**
 * Blank vote cells in a row that has figures mean none (clerks leave zeros out); in a row
 * without any figure they mean unknown. The counts are made here as the row keeps them, with no
 * array in between: a district settles 100,000 rows.
 */
export function settleVotes(levels: LevelVotes, abstain: VoteCount): SettledVotes {
  const blank = anyFigure(levels, abstain) ? 0 : null;
  return {
    counts: [
      settled(levels[0], blank),
      settled(levels[1], blank),
      settled(levels[2], blank),
      settled(levels[3], blank),
    ],
    abstain: settled(abstain, blank),
  };
}

function settled(vote: VoteCount, blank: 0 | null): number | null {
  return vote === "blank" ? blank : vote;
}
