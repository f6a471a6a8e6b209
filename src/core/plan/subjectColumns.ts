import type { TeamLevelSet } from "../rules/levels";
import { TableColumns, type KeyedColumn } from "./columns";
import { SUBJECTS_SHEET } from "./kaoheSheets";
import { levelHeaders } from "./levelHeaders";

/**
 * 考核对象's columns, in the order a leader reads them: who, then the decisions (status, cap,
 * special report, the clerk's 建议等次 and its problem, the core's 说明), then the votes, then
 * the values the core read and derived (a clerk may correct them; the formulas follow), and
 * the link to the roster row last.
 */
export type SubjectColumn =
  | "id"
  | "name"
  | "unit"
  | "kind"
  | "position"
  | "mainPost"
  | "promotedOn"
  | "transferredOn"
  | "transferredFrom"
  | "secondedTo"
  | "hostDays"
  | "leaveDays"
  | "retiredOn"
  | "workedDays"
  | "discipline"
  | "effect"
  | "probationDue"
  | "rosterErrors"
  | SubjectFormulaColumn
  | "grade"
  | "explanation"
  | "source";

/** The columns whose cells are formulas (subjectFormulas.ts): the decisions and the votes, and the keys 汇总 counts by. */
export type SubjectFormulaColumn =
  | "status"
  | "clauses"
  | "cap"
  | "receives"
  | "assessingUnit"
  | "valid"
  | "level0"
  | "level1"
  | "level2"
  | "level3"
  | "abstain"
  | "rateTop"
  | "rateGood"
  | "rateLow"
  | "special"
  | "triggers"
  | "dataErrors"
  | "gradeProblem"
  | "unitKey"
  | "gradeRank";

const DATE = "yyyy-mm-dd";
const PERCENT = "0.00%";

export function subjectColumns(teamLevelSet: TeamLevelSet): TableColumns<SubjectColumn> {
  const levels = levelHeaders(teamLevelSet);
  const v = (key: SubjectColumn, header: string, width: number, extra: Partial<KeyedColumn<SubjectColumn>> = {}) =>
    ({ key, header, width, role: "value", ...extra }) as KeyedColumn<SubjectColumn>;
  const f = (key: SubjectColumn, header: string, width: number, note: string, numFmt?: string) =>
    ({ key, header, width, role: "formula", note, ...(numFmt ? { numFmt } : {}) }) as KeyedColumn<SubjectColumn>;
  // Text that runs long wraps in its column: the columns up to 参加定等 print on one A4
  // landscape width at about 60% (printSetup.ts), so their widths add up to about 230 characters.
  const wrapped = (column: KeyedColumn<SubjectColumn>): KeyedColumn<SubjectColumn> => ({ ...column, wrap: true });
  const level = (i: 0 | 1 | 2 | 3) =>
    f(`level${i}`, `${levels[i]}票`, 6, `测评明细中计入的综合评价“${levels[i]}”票之和`, "0");
  return new TableColumns<SubjectColumn>(SUBJECTS_SHEET, [
    v("id", "ID", 5, { note: "考核对象编号，测评明细按它汇总" }),
    v("name", "姓名", 8),
    v("unit", "单位", 14, { wrap: true }),
    v("kind", "类别", 7),
    v("position", "职务", 14, { wrap: true }),
    wrapped(f("status", "考核状态", 12, "由左侧各列和考核规则计算，多项适用时取最严格的一项")),
    wrapped(f("clauses", "依据条款", 8, "适用的考核范围条款")),
    f("cap", "等次上限", 8, "可评的最高等次；“不定等次”表示本年度不确定等次"),
    f("special", "需专题报告", 6, "第四档票超过有效票的三分之一：3×票数>有效票（三.五）"),
    {
      key: "grade",
      header: "建议等次",
      width: 8,
      role: "input",
      note: "请从下拉列表选择；修改后等次问题和单位名额自动重算",
    },
    wrapped(f("gradeProblem", "等次问题", 10, "缺少建议等次，或建议等次超出等次上限")),
    v("explanation", "说明", 32, { wrap: true }),
    wrapped(f("triggers", "测评提示", 12, "好评不足三分之二或差评达三分之一时提示需组织认定")),
    f("valid", "有效票", 6, "测评明细中计入的综合评价有效票之和", "0"),
    level(0),
    level(1),
    level(2),
    level(3),
    f("abstain", "弃权票", 6, "测评明细中计入的综合评价弃权票之和", "0"),
    f("rateTop", `${levels[0]}率`, 8, "第一档票 / 有效票", PERCENT),
    f("rateGood", "好评率", 8, "（第一档+第二档）/ 有效票", PERCENT),
    f("rateLow", `${levels[3]}率`, 8, "第四档票 / 有效票", PERCENT),
    f("dataErrors", "数据错误", 6, "名册错误与测评明细中本人的错误行数之和", "0"),
    f("receives", "参加定等", 6, "等次上限不是“不定等次”且不需组织认定"),
    wrapped(f("assessingUnit", "考核单位", 12, "挂职超过半年时由挂职（派出）单位考核（一.4）")),
    v("mainPost", "一人多岗", 10, { note: "同一人在名册中有多行时：主职/兼职/未标明主职（一.1）" }),
    v("promotedOn", "提拔时间", 11, { numFmt: DATE }),
    v("transferredOn", "交流时间", 11, { numFmt: DATE }),
    v("transferredFrom", "原单位", 12, { wrap: true }),
    v("secondedTo", "挂职单位", 12, { wrap: true }),
    v("hostDays", "挂职天数", 8, { numFmt: "0", note: "本年度在挂职单位的天数，起止日均计入（一.4）" }),
    v("leaveDays", "病事假天数", 8, { note: "本年度病事假累计天数（一.5）" }),
    v("retiredOn", "退休时间", 11, { numFmt: DATE }),
    v("workedDays", "在岗天数", 8, { numFmt: "0", note: "退休人员：1月1日至退休日前一天的天数（一.6）" }),
    v("discipline", "处分情况", 18, { wrap: true }),
    v("effect", "处分影响", 14, {
      wrap: true,
      note: "按考核规则中的处分规则，影响期内最重的一项（一.7）",
    }),
    v("probationDue", "试用期满考核", 8, { note: "试用期在本年度内且在考核日期前期满（二.2）" }),
    v("rosterErrors", "名册错误", 8, { numFmt: "0", note: "问题清单中指向本行名册的错误数" }),
    v("source", "来源", 14, { note: "点击跳转到名册中的该行" }),
    // Two keys the counts go by, last so that no column a clerk knows moves: a unit's name and a
    // grade are compared exactly here (exactMatch.ts), never used as COUNTIFS patterns.
    f("unitKey", "单位编号", 6, "单位名额中名称与本行单位逐字相同（区分大小写）的单位编号，0为没有", "0"),
    f("gradeRank", "等次位次", 6, "建议等次在本类别等次中的位次：1为最高，0为不是本类别的等次", "0"),
  ]);
}
