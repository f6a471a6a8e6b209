import type { DisciplineEffect, DisciplineRule } from "../../rules/rules";
import { makeFinding } from "../../findings/finding";
import type { RosterRow } from "../../model/roster";
import { EFFECT_CAP, EFFECT_RANK } from "../../rules/disciplineEffects";
import type { YearContext } from "../context";
import { rowLocation } from "../locate";
import { inForce, readRecords } from "./disciplineRecords";
import type { ClauseOutcome } from "./outcome";

/** 一.7 涉嫌违纪违法被立案审查调查尚未结案、受党纪政务处分或者组织处理: the heaviest effect in force wins. */
export interface DisciplineResult {
  readonly effect: DisciplineEffect | null;
  readonly effectRecord: string | null;
}

/** The answer for the rows without an effect in force, nearly all: one object for all of them. */
const NO_EFFECT: DisciplineResult = { effect: null, effectRecord: null };

/** Cells that mean "nothing to record": not worth a note. */
const NOTHING = /^(无|没有|否|未受处分|[/\\\-—－])$/;

export function disciplineClause(row: RosterRow, ctx: YearContext, outcome: ClauseOutcome): DisciplineResult {
  if (row.discipline === null) return NO_EFFECT;
  const records = readRecords(row.discipline, row.disciplineDate, ctx.year, ctx.rules.discipline);
  let best: { rule: DisciplineRule; text: string } | null = null;
  const unmatched: string[] = [];
  const expired = new Set<string>();
  for (const record of records) {
    if (record.rules.length === 0 && !NOTHING.test(record.text)) unmatched.push(record.text);
    for (const rule of record.rules) {
      if (!inForce(rule, record.year, ctx.year)) {
        expired.add(record.text);
        continue;
      }
      if (best === null || EFFECT_RANK[rule.effect] > EFFECT_RANK[best.rule.effect]) best = { rule, text: record.text };
    }
  }
  if (unmatched.length > 0 || expired.size > 0)
    outcome.findings.push(recordNote(row, unmatched, [...expired], ctx.year));
  if (best === null) return NO_EFFECT;
  const { effect } = best.rule;
  outcome.hits.push({
    clause: "一.7",
    status: "regulated",
    cap: EFFECT_CAP[effect],
    ...effectSentence(effect, best.text),
  });
  return { effect, effectRecord: best.text };
}

function effectSentence(effect: DisciplineEffect, record: string): { zh: string; en: string } {
  switch (effect) {
    case "deferred":
      return {
        zh: `${record}：立案审查调查尚未结案，不写评语、不确定等次，结案后再确定`,
        en: `${record}: under investigation; no comment and no grade until the case is closed`,
      };
    case "no_excellent":
      return { zh: `${record}：本年度不得评为优秀`, en: `${record}: cannot be rated 优秀 this year` };
    case "no_grade":
      return { zh: `${record}：影响期内不确定等次`, en: `${record}: no grade while the sanction is in force` };
    case "incompetent":
      return { zh: `${record}：年度考核确定为不称职`, en: `${record}: the grade is 不称职` };
  }
}

/** Records that had no effect are listed, so that a missing keyword is never a silent miss. */
function recordNote(row: RosterRow, unmatched: string[], expired: string[], year: number) {
  const parts: string[] = [];
  const partsEn: string[] = [];
  if (unmatched.length > 0) {
    parts.push(`“${unmatched.join("；")}”不属于处分规则中的任何一项`);
    partsEn.push(`"${unmatched.join("; ")}" matches no discipline rule`);
  }
  if (expired.length > 0) {
    parts.push(`“${expired.join("；")}”不在${year}年度的影响期内`);
    partsEn.push(`"${expired.join("; ")}" does not apply in ${year}`);
  }
  return makeFinding("note", rowLocation(row, "discipline"), {
    zh: `${row.name}：${parts.join("，")}，未影响等次；如有影响，请在考核规则的处分表中补充`,
    en: `${row.name}: ${partsEn.join("; ")}, so the grade is not affected; extend the rules' discipline table if it should be`,
  });
}
