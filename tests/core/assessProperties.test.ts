import fc from "fast-check";
import { assess } from "../../src/core/assess/assess";
import type { Assessment, SubjectResult } from "../../src/core/assess/assessment";
import { compareFindings } from "../../src/core/findings/finding";
import type { CalDate } from "../../src/core/model/calendarDate";
import { blankRosterRow, type RosterRow } from "../../src/core/model/roster";
import type { TallyRow } from "../../src/core/model/tally";
import { CADRE_LEVELS, TEAM_LEVELS_HAO, TEAM_LEVELS_YOUXIU } from "../../src/core/rules/levels";
import { RulesSchema, type Rules } from "../../src/core/rules/rules";
import { binaryString } from "../hardening/support/binaryUnit";

/**
 * Properties of the whole core over arbitrary rows and tallies: it never throws, and every
 * threshold decision agrees with exact rational arithmetic done here independently, in BigInt
 * and with the platform's own calendar (Date.UTC) rather than the core's day numbers.
 */
const MS_PER_DAY = 86_400_000n;

function utcDay(y: number, monthIndex: number, d: number): bigint {
  return BigInt(Date.UTC(y, monthIndex, d)) / MS_PER_DAY;
}
const first = (c: CalDate) => utcDay(c.y, c.m - 1, c.d ?? 1);
const last = (c: CalDate) => (c.d === null ? utcDay(c.y, c.m, 0) : utcDay(c.y, c.m - 1, c.d));

/** A finite double as an exact fraction num / 2^k. */
function fraction(x: number): { num: bigint; den: bigint } {
  let k = 0n;
  let scaled = x;
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    k += 1n;
  }
  return { num: BigInt(scaled), den: 1n << k };
}

function sign(a: bigint, b: bigint): "<" | "=" | ">" {
  return a < b ? "<" : a > b ? ">" : "=";
}

// ---- arbitraries -----------------------------------------------------------------------
const units = ["甲镇", "乙局", "丙街道"];
const calDate = (year: number) =>
  fc.record({
    y: fc.integer({ min: year - 3, max: year + 2 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }),
  });
const text = fc.oneof(binaryString(12), fc.constantFrom(...units, "省人社厅", "", "　"));
const number = fc.oneof(
  fc.integer({ min: -20, max: 400 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(183, 184, 182, 1e300, -0, 0.5, 183.5),
);
const disciplineText = fc
  .array(
    fc.oneof(
      fc.constantFrom("诫勉", "警告", "严重警告", "记过", "记大过", "撤职", "留党察看", "立案审查", "已结案", "无"),
      fc.constantFrom("2019年", "2020年3月", "２０１９年", "；", "，", "、", "\n", "受", "处分"),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(""));
const grade = fc.oneof(
  fc.constantFrom(...CADRE_LEVELS, ...TEAM_LEVELS_HAO, ...TEAM_LEVELS_YOUXIU),
  fc.string({ maxLength: 3 }),
);

/** Dates around the middle of the year, where the half-year boundaries lie. */
const midYear = (year: number) =>
  fc.record({ y: fc.constant(year), m: fc.constantFrom(6, 7), d: fc.constantFrom(1, 2, 3, 29, 30) });

function rosterRow(year: number, index: number) {
  const date = fc.option(fc.oneof(calDate(year), midYear(year)), { nil: null });
  return fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 4 }),
      unit: fc.constantFrom(...units),
      kind: fc.constantFrom<"cadre" | "team">("cadre", "cadre", "cadre", "team"),
      idNumber: fc.option(fc.constantFrom("A1", "B2", "C3"), { nil: null }),
      birthDate: date,
      mainPost: fc.option(fc.boolean(), { nil: null }),
      promotedOn: date,
      transferredOn: date,
      transferredFrom: fc.option(text, { nil: null }),
      secondedTo: fc.option(text, { nil: null }),
      secondedFrom: fc.oneof(date, fc.constant({ y: year, m: 1, d: 1 })),
      secondedUntil: fc.oneof(date, midYear(year)),
      leaveDays: fc.option(number, { nil: null }),
      retiredOn: date,
      probationEnds: date,
      discipline: fc.option(disciplineText, { nil: null }),
      disciplineDate: date,
      proposedGrade: fc.option(grade, { nil: null }),
      reportChars: fc.option(number, { nil: null }),
    })
    .map((fields): RosterRow => ({ ...blankRosterRow(`R${index}`, "x", "y"), ...fields }));
}

/** Mostly plausible counts, so that many rows are included, with every kind of bad number mixed in. */
const count = fc.option(
  fc.oneof({ arbitrary: fc.integer({ min: 0, max: 40 }), weight: 12 }, { arbitrary: number, weight: 1 }),
  { nil: null },
);

function tallyRow(index: number, ids: string[]) {
  return fc
    .record({
      subjectId: fc.option(fc.constantFrom(...ids, "R999"), { nil: null }),
      category: fc.constantFrom("班子成员", "干部职工代表", "服务对象"),
      item: fc.option(fc.constantFrom("综合评价", "德", "能"), { nil: null }),
      expected: count,
      issued: count,
      returned: count,
      valid: count,
      counts: fc.tuple(count, count, count, count),
      abstain: count,
    })
    .map((fields): TallyRow => ({
      id: `T${index}`,
      layout: "long",
      source: { file: "b.xlsx", sheet: "测评", row: index + 2, cells: { name: `A${index + 2}` } },
      subjectName: "某",
      subjectUnit: null,
      isTeam: false,
      ...fields,
    }));
}

const scenario = fc.integer({ min: 1990, max: 2110 }).chain((year) =>
  fc
    .record({
      rules: fc.record({
        excellentPercent: fc.integer({ min: 0, max: 100 }),
        goodTeamPercent: fc.integer({ min: 0, max: 100 }),
        rounding: fc.constantFrom("down", "half_up", "up"),
        quotaScope: fc.constantFrom("per_unit", "pooled"),
        turnoutPercent: fc.integer({ min: 0, max: 100 }),
        teamLevelSet: fc.constantFrom("hao", "youxiu"),
      }),
      size: fc.integer({ min: 0, max: 12 }),
    })
    .chain(({ rules, size }) => {
      const ids = Array.from({ length: size }, (_, i) => `R${i}`);
      return fc.record({
        rules: fc.constant(RulesSchema.parse({ year, ...rules })),
        roster: fc.tuple(...ids.map((_, i) => rosterRow(year, i))),
        tallies: fc
          .integer({ min: 0, max: 16 })
          .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => tallyRow(i, ids.length > 0 ? ids : ["R0"])))),
      });
    }),
);

function runScenario(s: { rules: Rules; roster: RosterRow[]; tallies: TallyRow[] }): Assessment {
  return assess({ roster: [...s.roster], tallies: [...s.tallies], rules: s.rules });
}

function daysIn(year: number): bigint {
  return utcDay(year + 1, 0, 1) - utcDay(year, 0, 1);
}

// ---- properties ------------------------------------------------------------------------
function hit(subject: SubjectResult, clause: string) {
  return subject.hits.find((h) => h.clause === clause);
}

function checkLeave(subject: SubjectResult, D: bigint): void {
  const leave = subject.row.leaveDays;
  let fires = false;
  if (subject.kind === "cadre" && leave !== null && Number.isFinite(leave)) {
    const { num, den } = fraction(leave);
    fires = 2n * num > D * den;
  }
  expect(hit(subject, "一.5") !== undefined).toBe(fires);
}

function checkRetirement(subject: SubjectResult, year: number, D: bigint): void {
  const retired = subject.row.retiredOn;
  const start = utcDay(year, 0, 1);
  if (subject.kind !== "cadre" || retired === null || first(retired) > utcDay(year, 11, 31)) {
    expect(hit(subject, "一.6")).toBeUndefined();
    return;
  }
  const worked = first(retired) > start ? first(retired) - start : 0n;
  expect(subject.derived.workedDays).toBe(Number(worked));
  const expected = { "<": "not_assessed", "=": "review", ">": "unit_recommends" }[sign(2n * worked, D)];
  expect(hit(subject, "一.6")?.status).toBe(expected);
}

function checkSecondment(subject: SubjectResult, year: number, D: bigint): void {
  const { secondedFrom: from, secondedUntil: until, unit } = subject.row;
  const host = subject.row.secondedTo?.trim() ?? "";
  if (subject.kind !== "cadre" || host === "" || from === null || until === null || last(until) < first(from)) {
    expect(subject.derived.hostDays).toBeNull();
    expect(hit(subject, "一.4")).toBeUndefined();
    return;
  }
  const lo = first(from) > utcDay(year, 0, 1) ? first(from) : utcDay(year, 0, 1);
  const hi = last(until) < utcDay(year, 11, 31) ? last(until) : utcDay(year, 11, 31);
  const days = hi >= lo ? hi - lo + 1n : 0n;
  expect(subject.derived.hostDays).toBe(Number(days));
  if (days === 0n) return expect(hit(subject, "一.4")).toBeUndefined();
  const side = sign(2n * days, D);
  const expected = side === "=" ? "review" : side === ">" && host !== unit ? "assessed_elsewhere" : "graded";
  expect(hit(subject, "一.4")?.status).toBe(expected);
}

function checkVotes(subject: SubjectResult, assessment: Assessment): void {
  const included = assessment.tallies.filter(
    (t) => t.included && t.tally.subjectId === subject.row.id && (t.tally.item ?? "综合评价") === "综合评价",
  );
  const big = (n: number | null) => BigInt(n ?? 0);
  const counts = [0, 1, 2, 3].map((i) => included.reduce((sum, t) => sum + big(t.tally.counts[i] ?? null), 0n));
  // A row without a valid count has valid = its levels plus its abstentions.
  const rowValid = (t: TallyRow) =>
    t.valid !== null ? big(t.valid) : t.counts.reduce<bigint>((sum, n) => sum + big(n), 0n) + big(t.abstain);
  const valid = included.reduce((sum, t) => sum + rowValid(t.tally), 0n);
  const votes = subject.votes;
  if (votes === null) {
    expect(assessment.tallies.some((t) => t.included && t.tally.subjectId === subject.row.id)).toBe(false);
    expect(subject.specialReport).toBe(false);
    return;
  }
  expect(votes.counts.map(BigInt)).toEqual(counts);
  expect(BigInt(votes.valid)).toBe(valid);
  const [l0 = 0n, l1 = 0n, l2 = 0n, l3 = 0n] = counts;
  expect(subject.specialReport).toBe(valid > 0n && 3n * l3 > valid);
  expect(subject.reviewTriggers.includes("low_approval")).toBe(valid > 0n && 3n * (l0 + l1) < 2n * valid);
  expect(subject.reviewTriggers.includes("high_disapproval")).toBe(valid > 0n && 3n * (l2 + l3) >= valid);
}

function quotaOf(n: number, p: number, rounding: Rules["rounding"]): number {
  const np = BigInt(n) * BigInt(p);
  const add = { down: 0n, half_up: 50n, up: 99n }[rounding];
  return Number((np + add) / 100n);
}

function checkQuotas(assessment: Assessment, rules: Rules): void {
  for (const unit of assessment.units) {
    const members = assessment.subjects.filter(
      (s) => s.kind === "cadre" && (rules.quotaScope === "pooled" || s.row.unit === unit.unit),
    );
    const graded = members.filter((s) => s.receivesGrade).length;
    expect(unit.graded).toBe(graded);
    expect(unit.excellentQuota).toBe(quotaOf(graded, rules.excellentPercent, rules.rounding));
    expect(unit.over).toBe(unit.excellentProposed > quotaOf(graded, rules.excellentPercent, rules.rounding));
  }
  const teams = assessment.subjects.filter((s) => s.kind === "team" && s.receivesGrade).length;
  expect(assessment.teams.goodQuota).toBe(quotaOf(teams, rules.goodTeamPercent, rules.rounding));
}

test("assess never throws, and every threshold agrees with exact arithmetic", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const assessment = runScenario(s);
      const D = daysIn(s.rules.year);
      expect(BigInt(assessment.daysInYear)).toBe(D);
      for (const subject of assessment.subjects) {
        checkLeave(subject, D);
        checkRetirement(subject, s.rules.year, D);
        checkSecondment(subject, s.rules.year, D);
        checkVotes(subject, assessment);
        expect(subject.receivesGrade).toBe(subject.cap !== "none" && subject.status !== "review");
      }
      checkQuotas(assessment, s.rules);
    }),
    { numRuns: 300 },
  );
});

test("included tallies hold only non-negative whole counts and never a void round", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      for (const check of runScenario(s).tallies.filter((t) => t.included)) {
        const { tally } = check;
        const numbers = [tally.expected, tally.issued, tally.returned, tally.valid, tally.abstain, ...tally.counts];
        for (const n of numbers) if (n !== null) expect(Number.isInteger(n) && n >= 0).toBe(true);
        if (tally.issued !== null && tally.returned !== null) expect(tally.returned <= tally.issued).toBe(true);
      }
    }),
    { numRuns: 200 },
  );
});

test("findings are sorted and each points at a file, a sheet and a cell", () => {
  fc.assert(
    fc.property(scenario, (s) => {
      const { findings } = runScenario(s);
      for (let i = 1; i < findings.length; i++) {
        expect(compareFindings(findings[i - 1]!, findings[i]!)).toBeLessThanOrEqual(0);
      }
      for (const f of findings)
        expect([f.file, f.sheet, f.cell].every((v) => typeof v === "string" && v !== "")).toBe(true);
    }),
    { numRuns: 200 },
  );
});
