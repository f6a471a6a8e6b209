import type { TeamLevelSet } from "../rules/levels";
import { TableColumns, type KeyedColumn } from "./columns";
import { TALLIES_SHEET } from "./kaoheSheets";
import { levelHeaders } from "./levelHeaders";

/**
 * 测评明细's columns: the normalised tally as values (with where each row came from), then the
 * row checks as formulas. The nine count columns sit side by side, from 应到 to 弃权, so a
 * check can read them as one range.
 */
export type TallyColumn =
  | "id"
  | "subjectId"
  | "name"
  | "unit"
  | "category"
  | "item"
  | "expected"
  | "issued"
  | "returned"
  | "valid"
  | "level0"
  | "level1"
  | "level2"
  | "level3"
  | "abstain"
  | "excluded"
  | TallyFormulaColumn
  | "source";

/** The row checks, whose cells are formulas (tallyFormulas.ts). */
export type TallyFormulaColumn =
  | "overall"
  | "counted"
  | "countInvalid"
  | "sumOver"
  | "validOver"
  | "returnedOver"
  | "turnoutLow"
  | "dataError"
  | "included";

/** The count columns, in sheet order: the fields a count check reads. */
export const COUNT_COLUMNS = [
  "expected",
  "issued",
  "returned",
  "valid",
  "level0",
  "level1",
  "level2",
  "level3",
  "abstain",
] as const satisfies readonly TallyColumn[];

export function tallyColumns(teamLevelSet: TeamLevelSet): TableColumns<TallyColumn> {
  const levels = levelHeaders(teamLevelSet);
  const v = (key: TallyColumn, header: string, width: number, note?: string) =>
    ({ key, header, width, role: "value", ...(note ? { note } : {}) }) as KeyedColumn<TallyColumn>;
  const n = (key: TallyColumn, header: string) =>
    ({ key, header, width: 7, role: "value", numFmt: "0" }) as KeyedColumn<TallyColumn>;
  const f = (key: TallyColumn, header: string, width: number, note: string) =>
    ({ key, header, width, role: "formula", note }) as KeyedColumn<TallyColumn>;
  return new TableColumns<TallyColumn>(TALLIES_SHEET, [
    v("id", "行号", 6),
    v("subjectId", "对象ID", 7, "考核对象表中的ID；空白表示未能对应到名册中的人"),
    v("name", "姓名", 10),
    { ...v("unit", "单位", 14), wrap: true },
    v("category", "评价主体", 12),
    v("item", "测评项目", 10),
    n("expected", "应到"),
    n("issued", "发出"),
    n("returned", "收回"),
    n("valid", "有效"),
    n("level0", levels[0]),
    n("level1", levels[1]),
    n("level2", levels[2]),
    n("level3", levels[3]),
    n("abstain", "弃权"),
    { ...v("excluded", "排除原因", 12, "重复出现，或未能对应到名册中的人：该行不计入统计"), wrap: true },
    f("overall", "综合", 6, "1：综合评价行（测评项目为空或“综合评价”），计入考核对象的票数"),
    f("counted", "计票有效", 6, "有效票；未填时为各档票与弃权之和"),
    f("countInvalid", "计数无效", 6, "票数不是0到10000000之间的整数"),
    f("sumOver", "合计超有效", 6, "各档票合计超过有效票"),
    f("validOver", "有效超收回", 6, "有效票多于收回票"),
    f("returnedOver", "收回超发出", 6, "收回票多于发出票：本轮测评无效，不计入"),
    f("turnoutLow", "参评率低", 6, "收回票未超过应到人数的参评率（考核规则）"),
    f("dataError", "数据错误", 6, "本行有任一错误"),
    f("included", "计入", 6, "1：计入统计；0：排除（重复、未匹配名册、计数无效或收回超发出）"),
    { ...v("source", "来源", 20, "原测评表的文件、工作表和单元格"), wrap: true },
  ]);
}
