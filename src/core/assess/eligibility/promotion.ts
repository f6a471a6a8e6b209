import { makeFinding } from "../../findings/finding";
import { formatCalDate } from "../../model/calendarDate";
import type { RosterRow } from "../../model/roster";
import type { YearContext } from "../context";
import { rowLocation } from "../locate";
import type { ClauseOutcome } from "./outcome";

/**
 * 一.2 新提拔任职: promoted or appointed within Y. A transfer within Y is the more specific
 * case (一.3 covers the previous post), so the promotion note is left out then.
 */
export function promotionClause(row: RosterRow, ctx: YearContext, outcome: ClauseOutcome): void {
  if (row.promotedOn === null || row.promotedOn.y !== ctx.year) return;
  if (row.transferredOn !== null && row.transferredOn.y === ctx.year) return;
  const zh = "新提拔任职，按现任职务考核，注意了解原任职岗位情况";
  const en = "Newly promoted: assessed in the current post; also learn how the previous post went";
  outcome.hits.push({ clause: "一.2", status: "graded", zh, en });
  outcome.findings.push(
    makeFinding("note", rowLocation(row, "promotedOn"), {
      zh: `${row.name}于${formatCalDate(row.promotedOn)}提拔任职：${zh}（一.2）`,
      en: `${row.name} was promoted on ${formatCalDate(row.promotedOn)}: ${en} (1.2)`,
    }),
  );
}
