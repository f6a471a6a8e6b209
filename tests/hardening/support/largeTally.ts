import ExcelJS from "exceljs";
import { VOTE_HEADERS } from "../../../bench/district/tallyHeaders";

/**
 * A district-sized tally in the long layout with items: subjects × four evaluator categories
 * × six items, one row each, written with ExcelJS's streaming writer and shared strings as
 * Excel stores text, so that writing it costs little next to reading it.
 */
const CATEGORIES = ["班子成员", "中层干部", "干部职工代表", "服务对象"];
const ITEMS = ["德", "能", "勤", "绩", "廉", "综合评价"];
export const LARGE_TALLY_HEADER = ["姓名", "单位", "评价主体", "测评项目", ...VOTE_HEADERS];

export async function writeLargeTally(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = workbook.addWorksheet("测评汇总");
  ws.addRow(["2020年度民主测评汇总表"]).commit();
  ws.addRow(LARGE_TALLY_HEADER).commit();
  const perSubject = CATEGORIES.length * ITEMS.length;
  for (let i = 0; i < rows; i++) {
    const subject = Math.floor(i / perSubject);
    const category = CATEGORIES[Math.floor(i / ITEMS.length) % CATEGORIES.length] ?? "";
    const item = ITEMS[i % ITEMS.length] ?? "";
    ws.addRow([
      `干部${subject}`,
      `单位${subject % 90}`,
      category,
      item,
      40,
      39,
      39,
      10 + (i % 7),
      25 - (i % 7),
      3,
      1,
      0,
    ]).commit();
  }
  ws.commit();
  await workbook.commit();
}
