import { makeFinding } from "../../findings/finding";
import { formatCalDate } from "../../model/calendarDate";
import type { RosterRow } from "../../model/roster";
import type { YearContext } from "../context";
import { rowLocation } from "../locate";
import type { ClauseOutcome } from "./outcome";

/** 一.3 交流任职: transferred within Y; assessed at the current unit, the former unit supplies the earlier part. */
export function transferClause(row: RosterRow, ctx: YearContext, outcome: ClauseOutcome): void {
  if (row.transferredOn === null || row.transferredOn.y !== ctx.year) return;
  const from = row.transferredFrom?.trim() || null;
  const zh = from === null ? "交流前情况由原单位提供（名册未写原单位）" : `交流前情况由原单位(${from})提供`;
  const en =
    from === null
      ? "The former unit (not given in the roster) supplies the record before the transfer"
      : `The former unit (${from}) supplies the record before the transfer`;
  outcome.hits.push({
    clause: "一.3",
    status: "graded",
    zh: `交流任职，在现工作单位考核，${zh}`,
    en: `Transferred: assessed at the current unit. ${en}`,
  });
  outcome.findings.push(
    makeFinding("note", rowLocation(row, "transferredOn"), {
      zh: `${row.name}于${formatCalDate(row.transferredOn)}交流任职，在现工作单位考核，${zh}（一.3）`,
      en: `${row.name} was transferred on ${formatCalDate(row.transferredOn)}: assessed at the current unit. ${en} (1.3)`,
    }),
  );
}
