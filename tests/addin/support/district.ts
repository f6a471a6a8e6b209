import { withCheckCharacter } from "../../../bench/district/people";
import { VOTE_HEADERS } from "../../../bench/district/tallyHeaders";
import type { GridValue, SheetGrid } from "../../../src/core/model/sheetGrid";

/**
 * A district of `subjects` cadres in 80 units, each evaluated by five categories (one long
 * ballot row per subject and category): the size the batching must hold up at. Every 37th
 * cadre gets 14 不称职 votes in each category, more than a third of any total (at most 190), so a special report;
 * every 5th proposes 优秀.
 */
const CATEGORIES = ["班子成员", "中层干部", "干部职工代表", "服务对象", "党代表"];

export function districtGrids(subjects: number): { roster: SheetGrid; ballots: SheetGrid } {
  const roster: GridValue[][] = [
    ["2020年度区管干部名册"],
    ["序号", "姓名", "单位", "职务", "类别", "身份证号", "建议等次"],
  ];
  const ballots: GridValue[][] = [["序号", "姓名", "单位", "评价主体", ...VOTE_HEADERS]];
  for (let i = 0; i < subjects; i++) {
    const name = `干部${i}`;
    const unit = `单位${i % 80}`;
    roster.push([i + 1, name, unit, "副局长", "领导干部", idNumber(i), i % 5 === 0 ? "优秀" : "称职"]);
    CATEGORIES.forEach((category, c) => {
      const issued = 30 + ((i + c) % 9);
      const low = i % 37 === 0 ? 14 : c % 2;
      const excellent = (i + c) % 10;
      ballots.push([
        ballots.length,
        name,
        unit,
        category,
        issued,
        issued,
        issued,
        excellent,
        issued - excellent - low - 1,
        1,
        low,
        0,
      ]);
    });
  }
  const grid = (sheet: string, file: string, values: GridValue[][]): SheetGrid => ({
    file,
    sheet,
    originRow: 1,
    originCol: 1,
    values,
    merges: [],
    date1904: false,
  });
  return { roster: grid("名册", "district.xlsx", roster), ballots: grid("测评汇总", "ballots.xlsx", ballots) };
}

/** A valid 18-digit ID number (GB 11643 check digit) for person i. */
function idNumber(i: number): string {
  return withCheckCharacter(`410927${1960 + (i % 30)}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, "0")}`);
}
