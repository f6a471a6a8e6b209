import type { GridValue } from "../../src/core/model/sheetGrid";
import { personName, unitName } from "./people";
import type { DistrictShape } from "./shape";
import { COUNT_HEADERS } from "./tallyHeaders";

/**
 * The district's democratic evaluation in the long layout: one row per subject and evaluator
 * category, five categories each, cadres unit by unit and each unit's team after them. Each
 * ballot check of DOMAIN.md fires at a fixed share of the subjects (the case below is `i % 100`).
 */
export const BALLOT_TITLE = "2020年度区管领导班子和领导干部民主测评汇总表";

export const BALLOT_HEADER = ["序号", "姓名", "单位", "评价主体", ...COUNT_HEADERS];

export const CATEGORIES = ["班子成员", "中层干部", "干部职工代表", "服务对象", "离退休干部代表"];

/** One category's counts for subject `i`; `k` picks the problem planted in it, if any. */
function tallyRow(name: string, unit: string, i: number, c: number, k: number): GridValue[] {
  const s = i + c;
  const expected = c === 0 ? 5 + (s % 8) : 20 + ((i * 7 + c * 3) % 30);
  const issued = expected;
  let returned = issued - (s % 3);
  if (k === 73 && c === 3) returned = Math.floor(expected / 3); // turnout_low
  const valid = returned - (s % 5 === 0 ? 1 : 0);
  const abstain = s % 4 === 0 ? 1 : 0;
  const marked = valid - abstain;
  // 三.五: the lowest level over a third of the valid votes calls for a special report.
  const lowest = k === 89 ? Math.floor(valid / 3) + 1 : s % 7 === 0 ? 1 : 0;
  const basic = s % 3 === 0 && marked - lowest > 1 ? 1 : 0;
  const excellent = Math.floor(((marked - lowest - basic) * ((i * 13 + c * 11) % 60)) / 100);
  const competent = Math.max(0, marked - lowest - basic - excellent);
  const row: GridValue[] = [null, name, unit, CATEGORIES[c] ?? "", expected, issued, returned, valid];
  row.push(excellent, competent, basic, lowest, abstain);
  if (k === 93 && c === 2) row[9] = competent + 3; // sum_exceeds_valid
  if (k === 97 && c === 1) row[6] = issued + 2; // returned_exceeds_issued
  return row;
}

function subjectRows(name: string, unit: string, i: number, k: number): GridValue[][] {
  const rows = CATEGORIES.map((_, c) => tallyRow(name, unit, i, c, k));
  // subject_duplicate: the first category entered twice.
  if (k === 99 && rows[0]) rows.push([...rows[0]]);
  return rows;
}

export function ballotRows(shape: DistrictShape): GridValue[][] {
  const rows: GridValue[][] = [];
  const cadresOf = (u: number) => Math.min(shape.cadres, (u + 1) * 25) - u * 25;
  for (let u = 0; u < shape.units; u++) {
    for (let i = u * 25; i < u * 25 + cadresOf(u); i++) {
      const k = i % 100;
      // ballots_missing: nobody entered this cadre's tally.
      if (k === 57) continue;
      // The ballot clerk types names without the roster's padding spaces.
      const { surname, given } = personName(i);
      rows.push(...subjectRows(surname + given, unitName(u), i, k));
      if (i % 500 === 250) {
        // subject_unknown: someone who is not in this roster.
        const stranger = personName(shape.cadres + i);
        rows.push(...subjectRows(stranger.surname + stranger.given, unitName(u), i, -1));
      }
    }
    rows.push(...subjectRows("领导班子", unitName(u), u, -1));
  }
  rows.forEach((row, n) => (row[0] = n + 1));
  return rows;
}
