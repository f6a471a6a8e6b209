import { makeFinding, type Finding } from "../../findings/finding";
import type { RosterRow } from "../../model/roster";
import type { Rules } from "../../rules/rules";
import { rowLocation } from "../locate";

/** 三.一 a team's work summary "一般不超过" 3500 characters, a cadre's 述职述廉述学 report 3000. */
export function reportTooLong(row: RosterRow, rules: Rules): Finding | null {
  const chars = row.reportChars;
  const limit = rules.reportLimits[row.kind];
  if (chars === null || !(chars > limit)) return null;
  const what = row.kind === "team" ? "领导班子工作总结" : "述职述廉述学报告";
  return makeFinding("report_too_long", rowLocation(row, "reportChars"), {
    zh: `${row.name}（${row.unit}）${what}${chars}字，超过${limit}字`,
    en: `${row.name} (${row.unit}): the ${row.kind === "team" ? "team summary" : "report"} has ${chars} characters, more than ${limit}`,
  });
}
