import { z } from "zod";
import { makeFinding, type Finding } from "../findings/finding";
import type { GridValue, SheetGrid } from "../model/sheetGrid";
import { DisciplineRuleSchema, RulesSchema, type RulesInput } from "../rules/rules";
import { columnMapHeaderIndex } from "./columnMapRead";
import { cellIsoDate, cellList, cellNumber, cellText, findGridTable, gridAddress, gridCell } from "./gridCells";
import { EFFECT_LABEL, NO, ROUNDING_LABEL, SCOPE_LABEL, TEAM_SET_LABEL, YES, keyOfLabel } from "./labels";
import type { RuleKey } from "./rulesRows";

/**
 * 考核规则 read back on a re-run: what the clerk set there becomes the rules (unless `--rules`
 * overrides it). A value that is not valid is reported at its cell and left out, so the
 * default applies instead of a guess.
 */
export interface RulesSheetReading {
  input: Partial<RulesInput>;
  findings: Finding[];
}

interface RuleCells {
  /** A RuleKey, or whatever a clerk typed into the key column (ignored). */
  key: string;
  label: string;
  value: GridValue;
  number: GridValue;
  excludes: GridValue;
  effect: GridValue;
  /** A1 of the value cell, for findings. */
  cell: string;
}

const shape = RulesSchema.shape;

export function readRulesSheet(grid: SheetGrid): RulesSheetReading | null {
  const table = findGridTable(grid, ["键", "规则", "值"]);
  if (table === null) return null;
  const col = (h: string) => table.columns.get(h) ?? -1;
  const rows: RuleCells[] = [];
  // 列映射 below the rules is read by columnMapRead.ts; its rows are no rules.
  const mapHeader = columnMapHeaderIndex(grid);
  const end = mapHeader !== null && mapHeader > table.headerIndex ? mapHeader : grid.values.length;
  for (let r = table.headerIndex + 1; r < end; r++) {
    const key = cellText(gridCell(grid, r, col("键")));
    if (key === "") continue;
    rows.push({
      key,
      label: cellText(gridCell(grid, r, col("规则"))) || key,
      value: gridCell(grid, r, col("值")),
      number: gridCell(grid, r, col("数值")),
      excludes: gridCell(grid, r, col("排除词")),
      effect: gridCell(grid, r, col("影响")),
      cell: gridAddress(grid, r, col("值")),
    });
  }
  return new RulesReader(grid, rows).read();
}

class RulesReader {
  readonly findings: Finding[] = [];

  constructor(
    private readonly grid: SheetGrid,
    private readonly rows: RuleCells[],
  ) {}

  read(): RulesSheetReading {
    const input: Partial<RulesInput> = {};
    const set = <K extends keyof RulesInput>(key: K, value: RulesInput[K] | undefined) => {
      if (value !== undefined) input[key] = value;
    };
    set(
      "year",
      this.scalar("year", shape.year, (v) => cellNumber(v)),
    );
    set("excellentPercent", this.scalar("excellentPercent", shape.excellentPercent, cellNumber));
    set("goodTeamPercent", this.scalar("goodTeamPercent", shape.goodTeamPercent, cellNumber));
    set("turnoutPercent", this.scalar("turnoutPercent", shape.turnoutPercent, cellNumber));
    set(
      "rounding",
      this.scalar("rounding", shape.rounding, (v) => keyOfLabel(ROUNDING_LABEL, cellText(v))),
    );
    set(
      "quotaScope",
      this.scalar("quotaScope", shape.quotaScope, (v) => keyOfLabel(SCOPE_LABEL, cellText(v))),
    );
    set(
      "teamLevelSet",
      this.scalar("teamLevelSet", shape.teamLevelSet, (v) => keyOfLabel(TEAM_SET_LABEL, cellText(v))),
    );
    const date = this.scalar("assessmentDate", shape.assessmentDate, (v) => cellIsoDate(v, this.grid.date1904));
    // The default date is written out too; reading it back as explicit would pin it to this year.
    if (date !== undefined && date !== null && date !== `${(input.year ?? 0) + 1}-01-31`) input.assessmentDate = date;
    const low = this.scalar("lowApproval", shape.reviewTriggers.removeDefault().shape.lowApproval, yesNo);
    const high = this.scalar("highDisapproval", shape.reviewTriggers.removeDefault().shape.highDisapproval, yesNo);
    if (low !== undefined || high !== undefined) {
      set("reviewTriggers", {
        ...(low !== undefined ? { lowApproval: low } : {}),
        ...(high !== undefined ? { highDisapproval: high } : {}),
      });
    }
    const team = this.scalar("reportLimitTeam", shape.reportLimits.removeDefault().shape.team, cellNumber);
    const cadre = this.scalar("reportLimitCadre", shape.reportLimits.removeDefault().shape.cadre, cellNumber);
    if (team !== undefined || cadre !== undefined) {
      set("reportLimits", { ...(team !== undefined ? { team } : {}), ...(cadre !== undefined ? { cadre } : {}) });
    }
    set("levelScores", this.levelScores());
    set(
      "categoryWeights",
      this.list("categoryWeight", shape.categoryWeights.removeDefault().element, (r) => ({
        category: cellText(r.value),
        weight: cellNumber(r.number),
      })),
    );
    const allocation = this.scalar("allocation", z.boolean(), yesNo);
    const allocated = this.list("allocatedQuota", shape.allocatedQuotas.removeDefault().unwrap().element, (r) => ({
      unit: cellText(r.value),
      quota: cellNumber(r.number),
    }));
    if (allocation !== undefined) set("allocatedQuotas", allocation ? (allocated ?? []) : null);
    set(
      "discipline",
      this.list("discipline", DisciplineRuleSchema, (r) => ({
        keywords: cellList(r.value),
        excludes: cellList(r.excludes),
        effect: keyOfLabel(EFFECT_LABEL, cellText(r.effect)),
        years: cellNumber(r.number),
      })),
    );
    return { input, findings: this.findings };
  }

  /** The first row of `key`, parsed and validated; undefined when absent or invalid (then a finding). */
  private scalar<T>(key: RuleKey, schema: z.ZodType<T>, parse: (v: GridValue) => unknown): T | undefined {
    const row = this.rows.find((r) => r.key === key);
    if (row === undefined) return undefined;
    const parsed = schema.safeParse(parse(row.value));
    if (parsed.success) return parsed.data;
    this.invalid(row, cellText(row.value));
    return undefined;
  }

  /** All rows of `key`; undefined when there are none of a kind that always has rows, or one is invalid. */
  private list<T>(key: RuleKey, schema: z.ZodType<T>, parse: (r: RuleCells) => unknown): T[] | undefined {
    const rows = this.rows.filter((r) => r.key === key);
    const items: T[] = [];
    for (const row of rows) {
      const parsed = schema.safeParse(parse(row));
      if (!parsed.success) {
        this.invalid(row, cellText(row.value));
        return undefined;
      }
      items.push(parsed.data);
    }
    return items;
  }

  private levelScores(): [number, number, number, number] | undefined {
    const scores = this.rows.filter((r) => r.key === "levelScore").map((r) => cellNumber(r.value));
    const parsed = shape.levelScores.removeDefault().safeParse(scores);
    if (parsed.success) return parsed.data;
    const first = this.rows.find((r) => r.key === "levelScore");
    if (first !== undefined) this.invalid(first, "等次分值应为四个数");
    return undefined;
  }

  private invalid(row: RuleCells, text: string): void {
    this.findings.push(
      makeFinding(
        "rules_invalid",
        { file: this.grid.file, sheet: this.grid.sheet, cell: row.cell },
        {
          zh: `考核规则中“${row.label}”的值“${text}”无效，已改用默认值`,
          en: `The rule "${row.key}" has an invalid value "${text}"; the default is used`,
        },
      ),
    );
  }
}

function yesNo(v: GridValue): boolean | null {
  const t = cellText(v);
  return t === YES ? true : t === NO ? false : null;
}
