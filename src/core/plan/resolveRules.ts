import type { Finding } from "../findings/finding";
import type { SheetGrid } from "../model/sheetGrid";
import { issueText } from "../rules/issueText";
import { RulesSchema, type Rules, type RulesInput } from "../rules/rules";
import { kindOfGrid } from "./kaoheSheetContent";
import { readRulesSheet } from "./rulesSheetRead";

/**
 * The rules of a review (CONTRACT.md §2): `--rules` overrides the workbook's 考核规则 sheet,
 * which overrides the defaults. The year: `--year`, else the rules, else a `YYYY年度` in the
 * roster's title rows; without any of them the review cannot start.
 */
export type RulesResolution =
  | { ok: true; rules: Rules; findings: Finding[] }
  | { ok: false; message: string; messageEn: string; code: RulesRefusal };

/**
 * Why the rules cannot be settled. The message names no control of any host: each host adds how
 * to fix it with its own (`--year` on the command line, the 考核年度 box in the task pane).
 */
export type RulesRefusal = "year_unknown" | "rules_invalid";

/** `--rules`: any subset of the rules; a key holding undefined is a key left out. */
export type RulesOverride = { [K in keyof RulesInput]?: RulesInput[K] | undefined };

export interface RulesSources {
  /** The roster workbook's grids: a 考核规则 sheet among them is read back. */
  kaoheGrids: readonly SheetGrid[];
  rulesOverride?: RulesOverride | undefined;
  year?: number | undefined;
  yearHint: number | null;
}

export function resolveRules(sources: RulesSources): RulesResolution {
  const grid = sources.kaoheGrids.find((g) => kindOfGrid(g) === "rules");
  const sheet = grid === undefined ? null : readRulesSheet(grid);
  const fromSheet = sheet?.input ?? {};
  const override = definedOnly(sources.rulesOverride ?? {});
  const year = sources.year ?? override.year ?? fromSheet.year ?? sources.yearHint;
  if (year === null || year === undefined) {
    return {
      ok: false,
      message: "无法确定考核年度：名册标题中没有“YYYY年度”，也没有给出考核年度",
      messageEn: "The assessment year is unknown: the roster's title has no YYYY年度 and no year was given",
      code: "year_unknown",
    };
  }
  const parsed = RulesSchema.safeParse({ ...fromSheet, ...override, year });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    const text = issue === undefined ? null : issueText(issue);
    return {
      ok: false,
      message: `规则无效：“${path}”${text === null ? "" : `（${text.zh}）`}`,
      messageEn: `The rules are invalid at "${path}"${text === null ? "" : ` (${text.en})`}`,
      code: "rules_invalid",
    };
  }
  return { ok: true, rules: parsed.data, findings: sheet?.findings ?? [] };
}

function definedOnly(override: RulesOverride): Partial<RulesInput> {
  return Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined));
}
