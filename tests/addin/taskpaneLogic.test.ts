import { makeFinding } from "../../src/core/findings/finding";
import { defaultRules } from "../../src/core/rules/rules";
import { draftFromRules, rulesFromDraft } from "../../src/taskpane/RulesStep/rulesDraft";
import { filterFindings, groupByCode } from "../../src/taskpane/session/findingsView";
import { flaggedSubjects } from "../../src/taskpane/session/flagged";
import { liveChange } from "../../src/taskpane/session/liveDiff";
import { maskIdNumbers } from "../../src/taskpane/session/mask";
import { fill, languageFor } from "../../src/taskpane/i18n";
import { districtReview } from "./support/plans";

const at = (cell: string, code: "date_invalid" | "over_quota" = "date_invalid", subject = "张三") =>
  makeFinding(
    code,
    { file: "名册.xlsx", sheet: "名册", cell, subject },
    { zh: `${cell} 有误`, en: `${cell} is wrong` },
  );

test("ID numbers show their region code and last four characters only", () => {
  expect(maskIdNumbers("身份证号 41090219800101123X 重复")).toBe("身份证号 410902********123X 重复");
  expect(maskIdNumbers("410902198001011234")).toBe("410902********1234");
  expect(maskIdNumbers("电话 13800138000")).toBe("电话 13800138000");
});

test("the rules form gives back exactly the rules it was given", () => {
  const rules = defaultRules(2020);
  const back = rulesFromDraft(draftFromRules(rules));
  expect(back).toEqual({ ok: true, rules });
});

test("the rules form reads lists and pairs, and refuses what the schema refuses", () => {
  const draft = draftFromRules(defaultRules(2020));
  const edited = rulesFromDraft({ ...draft, excellentPercent: "15", allocated: "孟轲乡：2，胜利路街道:1" });
  expect(edited.ok && edited.rules.excellentPercent).toBe(15);
  expect(edited.ok && edited.rules.allocatedQuotas).toEqual([
    { unit: "孟轲乡", quota: 2 },
    { unit: "胜利路街道", quota: 1 },
  ]);
  const problem = (patch: Partial<typeof draft>) => {
    const result = rulesFromDraft({ ...draft, ...patch });
    if (result.ok) throw new Error("accepted");
    return result.problem;
  };
  // The field, the item or the discipline table's row and column, and the core's words (issueText.ts).
  expect(problem({ excellentPercent: "二十" })).toEqual({
    field: "ruleExcellentPercent",
    item: null,
    column: null,
    text: { zh: "应为数字", en: "expected number" },
  });
  expect(problem({ excellentPercent: "120" })).toMatchObject({ text: { zh: "应不大于 100" } });
  expect(problem({ allocated: "孟轲乡:2, 胜利路街道:-1" })).toMatchObject({
    field: "ruleAllocated",
    item: 2,
    text: { zh: "应不小于 0" },
  });
  expect(problem({ levelScores: "100, 80, 60" })).toMatchObject({ field: "ruleLevelScores", item: null });
  expect(problem({ reportCadre: "0" })).toMatchObject({ field: "ruleReportCadre", text: { zh: "应不小于 1" } });
  expect(problem({ assessmentDate: "2021年1月31日" })).toMatchObject({
    field: "ruleAssessmentDate",
    text: { zh: "应为“年-月-日”，如 2021-01-31" },
  });
  const discipline = draft.discipline.map((d, i) => (i === 2 ? { ...d, keywords: " , " } : d));
  expect(problem({ discipline })).toEqual({
    field: "disciplineTitle",
    item: 3,
    column: "disciplineKeywords",
    text: { zh: "至少应有 1 项（或字符）", en: "needs at least 1" },
  });
});

test("findings filter by severity, kind and text, and group by kind", () => {
  const findings = [at("B3"), at("C9", "over_quota", "李四"), at("D4")];
  const errors = filterFindings(findings, { severities: new Set(["error"]), code: null, text: "" });
  expect(errors.map((f) => f.cell)).toEqual(["C9"]);
  const byText = filterFindings(findings, { severities: new Set(["error", "warning"]), code: null, text: "李四" });
  expect(byText.map((f) => f.cell)).toEqual(["C9"]);
  expect(groupByCode(findings).map((g) => [g.code, g.findings.length])).toEqual([
    ["over_quota", 1],
    ["date_invalid", 2],
  ]);
});

test("a live change counts only the findings at the edited rows", () => {
  const change = liveChange([at("B3"), at("B9")], [at("C3"), at("B9"), at("B12")], {
    file: "名册.xlsx",
    sheet: "名册",
    firstRow: 3,
    lastRow: 3,
  });
  expect(change.added.map((f) => f.cell)).toEqual(["C3"]);
  expect(change.resolved.map((f) => f.cell)).toEqual(["B3"]);
});

test("flagged subjects come from the core's result: every 37th cadre of the district needs a special report", () => {
  const flagged = flaggedSubjects(districtReview(200).assessment);
  const special = flagged.filter((s) => s.tags.includes("tagSpecialReport")).map((s) => s.name);
  expect(special).toEqual(["干部0", "干部37", "干部74", "干部111", "干部148", "干部185"]);
  expect(flagged.find((s) => s.name === "干部37")?.target).toEqual({
    file: "district.xlsx",
    sheet: "名册",
    cell: "B40",
  });
});

test("strings fill their placeholders; English only when Office works in English", () => {
  expect(fill("共 {count} 行", { count: 3 })).toBe("共 3 行");
  expect(languageFor("en-US")).toBe("en-US");
  expect(languageFor("zh-CN")).toBe("zh-CN");
  expect(languageFor(undefined)).toBe("zh-CN");
});
