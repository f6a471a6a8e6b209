import type { Finding } from "../findings/finding";
import type { SheetGrid } from "../model/sheetGrid";
import { RulesSchema, type Rules, type RulesInput } from "../rules/rules";
import { kindOfGrid } from "./kaoheSheetContent";
import { readRulesSheet } from "./rulesSheetRead";

/**
 * The rules of a review (CONTRACT.md §2): `--rules` overrides the workbook's 考核规则 sheet,
 * which overrides the defaults. The year: `--year`, else the rules, else a `YYYY年度` in the
 * roster's title rows; without any of them the review cannot start.
 */
export type RulesResolution =
  { ok: true; rules: Rules; findings: Finding[] } | { ok: false; message: string; messageEn: string };

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
      message: "无法确定考核年度：名册标题中没有“YYYY年度”，请用 --year 指定，例如 --year 2020",
      messageEn:
        "The assessment year is unknown: the roster's title has no YYYY年度; give it with --year, e.g. --year 2020",
    };
  }
  const parsed = RulesSchema.safeParse({ ...fromSheet, ...override, year });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    return {
      ok: false,
      message: `规则无效：“${path}”${issue === undefined ? "" : `（${issue.message}）`}，请检查规则文件或 --year`,
      messageEn: `The rules are invalid at "${path}"${issue === undefined ? "" : ` (${issue.message})`}: check the rules file or --year`,
    };
  }
  return { ok: true, rules: parsed.data, findings: sheet?.findings ?? [] };
}

function definedOnly(override: RulesOverride): Partial<RulesInput> {
  return Object.fromEntries(Object.entries(override).filter(([, v]) => v !== undefined));
}
