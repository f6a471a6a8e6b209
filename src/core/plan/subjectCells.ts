import type { SubjectResult } from "../assess/assessment";
import { sourceCell as fieldCell } from "../model/roster";
import { levelIndex, type TeamLevelSet } from "../rules/levels";
import { CAP_NONE_LABEL, KIND_LABEL, MAIN_POST_LABEL } from "./labels";
import { keptCellLink, type PlanContext } from "./planContext";
import { cachedCell, dateCell, linkCell, numberCell, textCell, yesCell } from "./planCells";
import type { SubjectColumn } from "./subjectColumns";
import { SUBJECT_TEXTS as T } from "./subjectTexts";
import { subjectVoteCache, type SubjectVoteCache } from "./subjectVoteCache";
import type { PlanCell } from "./writePlan";

/** What a row of 考核对象 is made from besides its subject, the same for every row. */
export interface SubjectSheetContext {
  ctx: PlanContext;
  teamLevelSet: TeamLevelSet;
}

/** The counts a subject's row looks up by its id or unit, the same maps for every row. */
export interface SubjectRowCounts {
  /** Errors in the data read from each roster row, by subject id. */
  rosterErrors: ReadonlyMap<string, number>;
  /** Tally rows with a data error, by subject id. */
  tallyErrors: ReadonlyMap<string, number>;
  /** The number of each unit in 单位名额. */
  unitKeys: ReadonlyMap<string, number>;
}

/**
 * One subject's row as its cells are made: the figures its vote columns share, made once a row.
 * The counts are looked up when a cell asks for them: the single cells 汇总 counts by (six
 * columns of each of a district's 21,000 rows) need none of them.
 */
export class SubjectRowFacts {
  private voteCache: SubjectVoteCache | null = null;

  constructor(
    readonly s: SubjectResult,
    private readonly counts: SubjectRowCounts,
  ) {}

  get rosterErrors(): number {
    return this.counts.rosterErrors.get(this.s.row.id) ?? 0;
  }

  get tallyErrors(): number {
    return this.counts.tallyErrors.get(this.s.row.id) ?? 0;
  }

  /** The number of the row's unit in 单位名额, 0 when it has no quota row there. */
  get unitKey(): number {
    return this.counts.unitKeys.get(this.s.row.unit) ?? 0;
  }

  get votes(): SubjectVoteCache {
    this.voteCache ??= subjectVoteCache(this.s, this.rosterErrors + this.tallyErrors);
    return this.voteCache;
  }
}

export type SubjectCellMaker = (row: SubjectRowFacts) => PlanCell;

/**
 * Each column's cell of a subject's row: one definition, whether a whole row is read (a host
 * writing the sheet) or one cell (汇总's counts, the row heights), so that neither keeps the rows.
 */
export function subjectCells(sc: SubjectSheetContext): Record<SubjectColumn, SubjectCellMaker> {
  const cadre = (s: SubjectResult) => s.kind === "cadre";
  const { date1904 } = sc.ctx;
  return {
    id: ({ s }) => textCell(s.row.id),
    name: ({ s }) => textCell(s.row.name),
    unit: ({ s }) => textCell(T.unit(s)),
    kind: ({ s }) => textCell(KIND_LABEL[s.kind]),
    position: ({ s }) => textCell(T.position(s)),
    mainPost: ({ s }) => textCell(s.derived.mainPost === null ? null : MAIN_POST_LABEL[s.derived.mainPost]),
    promotedOn: ({ s }) => dateCell(cadre(s) ? s.row.promotedOn : null, date1904),
    transferredOn: ({ s }) => dateCell(cadre(s) ? s.row.transferredOn : null, date1904),
    transferredFrom: ({ s }) => textCell(T.transferredFrom(s)),
    secondedTo: ({ s }) => textCell(T.secondedTo(s)),
    hostDays: ({ s }) => numberCell(s.derived.hostDays),
    leaveDays: ({ s }) => numberCell(cadre(s) ? s.derived.leaveDays : null),
    retiredOn: ({ s }) => dateCell(cadre(s) ? s.row.retiredOn : null, date1904),
    workedDays: ({ s }) => numberCell(s.derived.workedDays),
    discipline: ({ s }) => textCell(T.discipline(s)),
    effect: ({ s }) => textCell(T.effect(s)),
    probationDue: ({ s }) => yesCell(s.derived.probationDue),
    rosterErrors: (row) => numberCell(row.rosterErrors),
    status: ({ s }) => cachedCell(T.status(s)),
    clauses: ({ s }) => cachedCell(T.clauses(s)),
    cap: ({ s }) => cachedCell(s.cap === null ? "" : s.cap === "none" ? CAP_NONE_LABEL : s.cap),
    receives: ({ s }) => cachedCell(s.receivesGrade ? "是" : ""),
    assessingUnit: ({ s }) => cachedCell(T.assessingUnit(s)),
    valid: ({ votes }) => cachedCell(votes.valid),
    level0: ({ votes }) => cachedCell(votes.counts[0]),
    level1: ({ votes }) => cachedCell(votes.counts[1]),
    level2: ({ votes }) => cachedCell(votes.counts[2]),
    level3: ({ votes }) => cachedCell(votes.counts[3]),
    abstain: ({ votes }) => cachedCell(votes.abstain),
    rateTop: ({ votes }) => cachedCell(votes.rateTop),
    rateGood: ({ votes }) => cachedCell(votes.rateGood),
    rateLow: ({ votes }) => cachedCell(votes.rateLow),
    special: ({ s }) => cachedCell(s.specialReport ? "是" : ""),
    triggers: ({ s }) => cachedCell(T.triggers(s)),
    dataErrors: ({ votes }) => cachedCell(votes.dataErrors),
    grade: ({ s }) => textCell(s.proposedGrade),
    gradeProblem: ({ s }) => cachedCell(T.gradeProblem(s)),
    explanation: ({ s }) => textCell(T.explanation(s)),
    source: ({ s }) => sourceLink(s, sc.ctx),
    unitKey: (row) => cachedCell(row.unitKey),
    gradeRank: ({ s }) =>
      cachedCell(s.proposedGrade === null ? "" : levelIndex(s.kind, sc.teamLevelSet, s.proposedGrade) + 1),
  };
}

/** The roster cell the row was read from, a link to it where the reviewed workbook keeps its sheet. */
function sourceLink(s: SubjectResult, ctx: PlanContext): PlanCell {
  const cell = fieldCell(s.row.source, "name") ?? `A${s.row.source.row}`;
  const link = keptCellLink(ctx, s.row.source.file, s.row.source.sheet, cell);
  const text = `${s.row.source.sheet}!${cell}`;
  return link === null ? textCell(text) : linkCell(text, link);
}
