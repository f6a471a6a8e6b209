import { makeFinding, type Finding } from "../findings/finding";
import type { SheetGrid } from "../model/sheetGrid";
import { KAOHE_SHEET_KINDS, KIND_SHEET_NAME, kindOfGrid, type KaoheSheetKind } from "./kaoheSheetContent";
import { sameSheetName } from "./ownedSheets";

/**
 * The roster workbook's sheets sorted for a run, by content (kaoheSheetContent.ts), never by
 * name alone:
 * - Kaohe's current sheets, read back (rules, 列映射, edited grades) and replaced by this run:
 *   those the marker (`KAOHE_SHEETS`) lists, or without a marker those under Kaohe's names;
 * - older copies of Kaohe's sheets (`考核对象 (2)`, a renamed 考核对象): kept as they are and
 *   never read, so no subject is counted twice; an information finding names each;
 * - everything else, read as input, a clerk's own 汇总 or 考核对象 included. A marker naming a
 *   sheet that is not Kaohe's is ignored for it, with a warning: the sheet is the user's.
 * Kaohe's sheets of this run take their kind's name, or, where a sheet of the user's holds it,
 * `名称（考核助手）` (see `planSheetNames`).
 */
export interface RosterSheets {
  current: Map<KaoheSheetKind, SheetGrid>;
  copies: SheetGrid[];
  sources: SheetGrid[];
  /** The name each kind of sheet is written under by this run. */
  names: Record<KaoheSheetKind, string>;
  findings: Finding[];
}

/** The suffix of a Kaohe sheet written beside a user's sheet of the same name. */
export const RENAMED_SUFFIX = "（考核助手）";

export function sortRosterSheets(
  grids: readonly SheetGrid[],
  rosterFile: string,
  /** The sheet names the workbook's marker lists, when the host read one (null: no marker). */
  marked: readonly string[] | null,
  /** Every sheet name of the workbook written into, those not among `grids` included (ReviewInput.workbookSheets). */
  workbookSheets: readonly string[] = [],
): RosterSheets {
  const findings: Finding[] = [];
  const current = new Map<KaoheSheetKind, SheetGrid>();
  const copies: SheetGrid[] = [];
  const sources: SheetGrid[] = [];
  const isCurrentName = (name: string, kind: KaoheSheetKind) =>
    marked !== null && marked.length > 0
      ? marked.some((m) => sameSheetName(m, name))
      : [KIND_SHEET_NAME[kind], renamed(KIND_SHEET_NAME[kind], 1)].some((n) => sameSheetName(n, name));
  for (const grid of grids) {
    const kind = kindOfGrid(grid);
    if (kind === null) {
      sources.push(grid);
      if (marked?.some((m) => sameSheetName(m, grid.sheet))) findings.push(markerIgnored(rosterFile, grid.sheet));
    } else if (!current.has(kind) && isCurrentName(grid.sheet, kind)) current.set(kind, grid);
    else copies.push(grid);
  }
  findings.push(...copies.map((grid) => copyKept(rosterFile, grid.sheet)));
  const { names, notes } = planSheetNames([...grids.map((g) => g.sheet), ...workbookSheets], current, rosterFile);
  return { current, copies, sources, names, findings: [...findings, ...notes] };
}

function renamed(name: string, n: number): string {
  return n === 1 ? `${name}${RENAMED_SUFFIX}` : `${name}（考核助手${n}）`;
}

/**
 * Each kind keeps the name of its current sheet; a kind without one takes its own name unless a
 * sheet of the workbook already has it, then the first `名称（考核助手）`, `名称（考核助手2）` … free.
 */
function planSheetNames(
  sheetNames: readonly string[],
  current: ReadonlyMap<KaoheSheetKind, SheetGrid>,
  rosterFile: string,
): { names: Record<KaoheSheetKind, string>; notes: Finding[] } {
  const names = {} as Record<KaoheSheetKind, string>;
  // Another kind's own name stays free for it, whether or not it is written under it this time.
  const taken = (name: string, kind: KaoheSheetKind) =>
    [...sheetNames, ...Object.values(names)].some((s) => sameSheetName(s, name)) ||
    KAOHE_SHEET_KINDS.some((k) => k !== kind && sameSheetName(KIND_SHEET_NAME[k], name));
  const notes: Finding[] = [];
  for (const kind of KAOHE_SHEET_KINDS) {
    const own = current.get(kind)?.sheet;
    if (own !== undefined) {
      names[kind] = own;
      continue;
    }
    let name = KIND_SHEET_NAME[kind];
    for (let n = 1; taken(name, kind); n++) name = renamed(KIND_SHEET_NAME[kind], n);
    names[kind] = name;
    if (name !== KIND_SHEET_NAME[kind]) notes.push(writtenBeside(rosterFile, KIND_SHEET_NAME[kind], name));
  }
  return { names, notes };
}

function copyKept(file: string, sheet: string): Finding {
  return makeFinding(
    "kaohe_sheet_kept",
    { file, sheet },
    {
      zh: `工作表“${sheet}”是考核助手以前生成的工作表的副本或改名后的工作表：本次未读取（其中修改的建议等次和规则不起作用），也未改动；考核助手的结果在本次写入的工作表中`,
      en: `Sheet "${sheet}" is a copy of a sheet Kaohe wrote earlier, or one renamed: it was neither read (grades or rules edited there do not apply) nor changed; this run's results are in the sheets it writes`,
    },
  );
}

function markerIgnored(file: string, sheet: string): Finding {
  return makeFinding(
    "kaohe_marker_ignored",
    { file, sheet },
    {
      zh: `名称 KAOHE_SHEETS 把工作表“${sheet}”列为考核助手的工作表，但其内容不是考核助手生成的：已按原始数据读取并保留，不作替换`,
      en: `The name KAOHE_SHEETS lists sheet "${sheet}" as Kaohe's, but its content is not Kaohe's: it was read as input and kept, not replaced`,
    },
  );
}

function writtenBeside(file: string, name: string, written: string): Finding {
  return makeFinding(
    "kaohe_sheet_renamed",
    { file },
    {
      zh: `工作簿中已有名为“${name}”的工作表（不是考核助手生成的，已按原始数据读取并保留）：考核助手的“${name}”写入工作表“${written}”`,
      en: `The workbook already has a sheet named "${name}" that Kaohe did not write (read as input and kept): Kaohe's ${name} is written to sheet "${written}"`,
    },
  );
}
