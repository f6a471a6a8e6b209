import { z } from "zod";

/**
 * One roster row (干部名册) after reading: normalised values plus where each came from.
 * Dates keep their precision (a month alone has `d: null`).
 */
export const CalDateSchema = z.object({
  y: z.number().int(),
  m: z.number().int().min(1).max(12),
  d: z.number().int().min(1).max(31).nullable(),
});

export const ROSTER_FIELDS = [
  "name",
  "unit",
  "position",
  "kind",
  "idNumber",
  "birthDate",
  "mainPost",
  "promotedOn",
  "transferredOn",
  "transferredFrom",
  "secondedTo",
  "secondedFrom",
  "secondedUntil",
  "secondedPeriod",
  "leaveDays",
  "retiredOn",
  "probationEnds",
  "discipline",
  "disciplineDate",
  "proposedGrade",
  "reportChars",
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const SourceRefSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  /** The workbook's own 1-based row. */
  row: z.number().int().min(1),
  /**
   * The column letters of each field read from this row's own cell (`{ name: "B" }`: cell B of
   * `row`). The reader gives the rows of a sheet read alike one shared table, instead of an A1
   * text per field and row; `sourceCell` makes the A1 text where a finding or the plan needs it.
   */
  columns: z.record(z.string(), z.string()).optional(),
  /** A1 address of each field read from another cell (a covered cell's merge top-left, a note above the table); it wins over `columns`. */
  cells: z.record(z.string(), z.string()).default({}),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** The A1 address of the cell a field was read from, if the reader recorded one. */
export function sourceCell(source: SourceRef, field: string): string | undefined {
  const cell = source.cells[field];
  if (cell !== undefined) return cell;
  const letters = source.columns?.[field];
  return letters === undefined ? undefined : `${letters}${source.row}`;
}

export const RosterRowSchema = z.object({
  /** Stable id within one review: `R<n>` in roster order. */
  id: z.string(),
  source: SourceRefSchema,
  name: z.string().min(1),
  unit: z.string(),
  kind: z.enum(["cadre", "team"]),
  position: z.string().nullable(),
  idNumber: z.string().nullable(),
  birthDate: CalDateSchema.nullable(),
  /** 是否主职: true / false / null when not given. */
  mainPost: z.boolean().nullable(),
  promotedOn: CalDateSchema.nullable(),
  transferredOn: CalDateSchema.nullable(),
  transferredFrom: z.string().nullable(),
  secondedTo: z.string().nullable(),
  secondedFrom: CalDateSchema.nullable(),
  secondedUntil: CalDateSchema.nullable(),
  leaveDays: z.number().nullable(),
  retiredOn: CalDateSchema.nullable(),
  probationEnds: CalDateSchema.nullable(),
  /** Free text; discipline records are found in it by the discipline table's keywords. */
  discipline: z.string().nullable(),
  disciplineDate: CalDateSchema.nullable(),
  proposedGrade: z.string().nullable(),
  reportChars: z.number().nullable(),
});
export type RosterRow = z.infer<typeof RosterRowSchema>;

/** A roster row with every optional field empty, for tests and generators. */
export function blankRosterRow(id: string, name: string, unit: string, kind: "cadre" | "team" = "cadre"): RosterRow {
  return {
    id,
    source: { file: "roster.xlsx", sheet: "名册", row: 1, cells: {} },
    name,
    unit,
    kind,
    position: null,
    idNumber: null,
    birthDate: null,
    mainPost: null,
    promotedOn: null,
    transferredOn: null,
    transferredFrom: null,
    secondedTo: null,
    secondedFrom: null,
    secondedUntil: null,
    leaveDays: null,
    retiredOn: null,
    probationEnds: null,
    discipline: null,
    disciplineDate: null,
    proposedGrade: null,
    reportChars: null,
  };
}
