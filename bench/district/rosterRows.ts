import type { GridDate, GridValue } from "../../src/core/model/sheetGrid";
import { birthDate, idNumber, pad, personName, unitName } from "./people";
import type { DistrictShape } from "./shape";

/**
 * The roster of a generated district, as a clerk would send it: a title row, one header row,
 * cadres unit by unit and then the units' leadership teams. Every clause kind of DOMAIN.md is
 * sprinkled in at a fixed share of the cadres (the case below is `i % 100`), with dates
 * written in each of the ways clerks write them, so the reader and the core do their real work.
 */
export const ROSTER_TITLE = "2020年度区管干部基本情况表";

export const ROSTER_HEADER = [
  "序号",
  "姓名",
  "性别",
  "出生日期",
  "身份证号",
  "单位",
  "职务",
  "类别",
  "是否主职",
  "提拔时间",
  "交流时间",
  "原单位",
  "挂职单位",
  "挂职起止时间",
  "病事假天数",
  "退休日期",
  "试用期满时间",
  "处分情况",
  "处分时间",
  "建议等次",
  "述职报告字数",
];

const POSITIONS = ["党组书记", "局长", "副局长", "副局长", "纪检组长", "副局长", "总工程师"];
type Fields = Partial<Record<(typeof ROSTER_HEADER)[number], GridValue>>;

const date = (y: number, m: number, d: number): GridDate => ({ kind: "date", y, m, d });

/** What case `k` (= i % 100) adds to a cadre's row: one clause of 一 each, or an input problem. */
function caseFields(k: number, i: number, units: number): Fields {
  const otherUnit = unitName((Math.floor(i / 25) + 1) % units);
  switch (k) {
    case 3:
      return { 提拔时间: "2020.3.18" }; // 一.2
    case 8:
      return { 交流时间: date(2020, 10, 9), 原单位: otherUnit }; // 一.3
    case 13:
      return { 挂职单位: "省人社厅", 挂职起止时间: "2020.01-2020.09" }; // 一.4, host unit assesses
    case 14:
      return { 挂职单位: "市发改委", 挂职起止时间: "2020.10-2021.03" }; // 一.4, home unit assesses
    case 21:
      return { 病事假天数: 200 }; // 一.5
    case 22:
      return { 病事假天数: "４５" }; // full-width digits
    case 29:
      return { 退休日期: "2020-08-20" }; // 一.6, unit recommends
    case 30:
      return { 退休日期: "2020年3月1日" }; // 一.6, not assessed
    case 37:
      return { 处分情况: "2020年4月受政务警告处分" }; // 一.7 no_excellent
    case 38:
      return { 处分情况: "诫勉谈话" };
    case 39:
      return { 处分情况: "记过", 处分时间: date(2020, 6, 1) }; // no_grade
    case 40:
      return { 处分情况: "2019年12月受记大过处分" }; // no_grade this year and next
    case 41:
      return { 处分情况: "留党察看一年" }; // incompetent
    case 42:
      return { 处分情况: "立案审查调查中" }; // deferred
    case 47:
      return { 试用期满时间: "2020-12-20" }; // 二.2
    case 71:
      return { 提拔时间: "2020.13.5" }; // date_invalid
    case 83:
      return { 述职报告字数: 3150 }; // report_too_long
    default:
      return {};
  }
}

function proposedGrade(k: number): string | null {
  if (k === 67) return null; // grade_missing
  if (k === 91) return "基本称职";
  // A quarter proposes 优秀 against a 20% quota: most units go over, as they do in real rosters.
  return k % 4 === 0 ? "优秀" : "称职";
}

function birthCell(i: number): GridValue {
  const b = birthDate(i);
  if (i % 3 === 0) return date(b.y, b.m, b.d);
  if (i % 3 === 1) return `${b.y}-${pad(b.m)}-${pad(b.d)}`;
  return `${b.y}.${pad(b.m)}`;
}

export function cadreRows(i: number, units: number): GridValue[][] {
  const k = i % 100;
  const unit = Math.floor(i / 25) % units;
  const { surname, given } = personName(i);
  // A full-width space inside a name, as clerks align two-character names.
  const name = k === 61 && given.length === 1 ? `${surname}\u3000${given}` : surname + given;
  const fields: Fields = {
    姓名: name,
    性别: i % 3 === 1 ? "女" : "男",
    出生日期: birthCell(i),
    身份证号: idNumber(i, k !== 77),
    单位: unitName(unit),
    职务: POSITIONS[i % POSITIONS.length] ?? "",
    类别: "领导干部",
    建议等次: proposedGrade(k),
    述职报告字数: 1800 + ((i * 37) % 1100),
    ...caseFields(k, i, units),
  };
  if (k !== 53) return [rowOf(fields)];
  // 一.1: the same person holds a second post in the next unit; the main post is marked.
  const second: Fields = { ...fields, 单位: unitName((unit + 1) % units), 职务: "党组成员（兼）", 是否主职: "否" };
  return [rowOf({ ...fields, 是否主职: "是" }), rowOf({ ...second, 建议等次: null, 述职报告字数: null })];
}

export function teamRow(u: number): GridValue[] {
  return rowOf({
    姓名: "领导班子",
    单位: unitName(u),
    职务: "领导班子",
    类别: "领导班子",
    建议等次: u % 3 === 0 ? "好" : "较好",
    述职报告字数: 2600 + ((u * 53) % 1200),
  });
}

function rowOf(fields: Fields): GridValue[] {
  return ROSTER_HEADER.map((h) => fields[h] ?? null);
}

/** The roster's data rows, numbered in the first column as clerks number them. */
export function rosterRows(shape: DistrictShape): GridValue[][] {
  const rows: GridValue[][] = [];
  for (let i = 0; i < shape.cadres; i++) rows.push(...cadreRows(i, shape.units));
  for (let u = 0; u < shape.units; u++) rows.push(teamRow(u));
  rows.forEach((row, n) => (row[0] = n + 1));
  return rows;
}
