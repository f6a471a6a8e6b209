import { dayNumber, daysInYear, fromDayNumber, type CalDate } from "../../src/core/model/calendarDate";
import { blankRosterRow, type RosterRow } from "../../src/core/model/roster";
import type { TallyRow } from "../../src/core/model/tally";
import { CADRE_LEVELS, TEAM_LEVELS_HAO } from "../../src/core/rules/levels";
import { RulesSchema, type Rules } from "../../src/core/rules/rules";

/**
 * Seeded districts for the formula tests: hundreds of subjects whose values sit on and around
 * every threshold (half a year, one third, quotas), every clause and every count check, so that
 * the formulas are held to the core's decisions exactly where they could differ.
 */
export interface District {
  roster: RosterRow[];
  tallies: TallyRow[];
  rules: Rules;
}

export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
}

const UNITS = ["孟轲乡", "岳村镇", "胜利路街道", "区人社局", "区住建局", "区财政局"];
// Every level set's grades (良好 and 较差 are the 优秀 set's own), then empty, spaced and made-up ones.
const GRADES = [...CADRE_LEVELS, ...TEAM_LEVELS_HAO, "良好", "较差", "", "", " 优秀", "特优"];

function day(n: number): CalDate {
  return fromDayNumber(n);
}

export function generateRules(r: Random): Rules {
  const year = r.pick([2020, 2020, 2021, 2100, 2000]);
  const allocated = r.chance(0.25)
    ? UNITS.filter(() => r.chance(0.7)).map((unit) => ({ unit, quota: r.int(0, 3) }))
    : null;
  return RulesSchema.parse({
    year,
    excellentPercent: r.pick([20, 15, 57, 33]),
    goodTeamPercent: r.pick([30, 25, 50]),
    rounding: r.pick(["down", "half_up", "up"] as const),
    quotaScope: r.chance(0.2) ? "pooled" : "per_unit",
    allocatedQuotas: allocated,
    teamLevelSet: r.chance(0.3) ? "youxiu" : "hao",
    reviewTriggers: { lowApproval: r.chance(0.8), highDisapproval: r.chance(0.8) },
    turnoutPercent: r.pick([50, 60, 67]),
    assessmentDate: r.chance(0.2) ? `${year + 1}-03-31` : null,
  });
}

/** A value on or next to the half-year boundary of D days, or somewhere else. */
function nearHalf(r: Random, d: number): number {
  const half = Math.floor(d / 2);
  return r.pick([half - 1, half, half + 1, d / 2, d / 2 + 0.5, d / 2 - 0.5, 0, 10, d - 1]);
}

function cadreRow(r: Random, index: number, unit: string, rules: Rules): RosterRow {
  const y = rules.year;
  const d = daysInYear(y);
  const start = dayNumber(y, 1, 1);
  const row = blankRosterRow(`R${index}`, `干部${index}`, unit, "cadre");
  row.source = {
    file: "roster.xlsx",
    sheet: "名册",
    row: index + 2,
    cells: { name: `B${index + 2}`, proposedGrade: `S${index + 2}` },
  };
  row.idNumber = `4109271980010${String(index).padStart(5, "0")}`;
  if (r.chance(0.2)) row.promotedOn = day(start + r.int(-200, 400));
  if (r.chance(0.15)) {
    row.transferredOn = r.chance(0.2)
      ? { y: r.pick([y, y - 1]), m: r.int(1, 12), d: null }
      : day(start + r.int(-100, 365));
    row.transferredFrom = r.pick(UNITS);
  }
  if (r.chance(0.2)) {
    const host = Math.max(0, Math.floor(nearHalf(r, d)));
    const from = start + r.int(0, d - host);
    row.secondedTo = r.chance(0.15) ? unit : r.pick(UNITS);
    row.secondedFrom = day(r.chance(0.1) ? start - 30 : from);
    row.secondedUntil = day(host === 0 ? start - 1 : from + host - 1);
  }
  if (r.chance(0.2)) row.leaveDays = nearHalf(r, d);
  if (r.chance(0.15)) row.retiredOn = day(start + Math.floor(nearHalf(r, d)) + r.pick([0, 0, 400]));
  if (r.chance(0.25)) {
    row.discipline = r.pick([
      `${y}年受诫勉`,
      "党内警告处分",
      "严重警告处分",
      `${y}年3月记过`,
      `${y - 1}年记大过`,
      `${y - 2}年记大过`,
      "立案审查调查中",
      "立案审查，已结案",
      "留党察看一年",
      "调整职务",
      "无",
      "诫勉；记大过",
    ]);
  }
  if (r.chance(0.1)) row.probationEnds = day(start + r.int(-20, 420));
  row.proposedGrade = r.pick(GRADES) || null;
  return row;
}

function teamRow(index: number, unit: string, r: Random): RosterRow {
  const row = blankRosterRow(`R${index}`, "领导班子", unit, "team");
  row.source = { file: "roster.xlsx", sheet: "名册", row: index + 2, cells: { name: `B${index + 2}` } };
  // Teams propose their top level often enough to run over the district pool now and then.
  row.proposedGrade = r.chance(0.4) ? r.pick(["好", "优秀"]) : r.pick(GRADES) || null;
  return row;
}

export function generateRoster(r: Random, size: number, rules: Rules): RosterRow[] {
  const rows: RosterRow[] = [];
  while (rows.length < size) {
    const unit = r.pick(UNITS);
    const index = rows.length + 1;
    if (r.chance(0.12)) {
      rows.push(teamRow(index, unit, r));
      continue;
    }
    const row = cadreRow(r, index, unit, rules);
    rows.push(row);
    if (r.chance(0.1)) {
      // The same person again: concurrent post, same-unit duplicate, or main post unmarked.
      const twin = cadreRow(r, index + 1, r.chance(0.3) ? unit : r.pick(UNITS), rules);
      twin.idNumber = row.idNumber;
      const marks = r.pick([
        [true, false],
        [false, true],
        [null, null],
        [true, true],
      ]);
      row.mainPost = marks[0] ?? null;
      twin.mainPost = marks[1] ?? null;
      rows.push(twin);
    }
  }
  return rows;
}
