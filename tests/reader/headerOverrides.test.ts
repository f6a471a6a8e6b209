import { correctionField, fieldLabel, fieldLabels } from "../../src/core/reader/fieldNames";
import { readBallots, readRoster } from "../../src/core/reader";
import { grid } from "./support";

/** Corrections by header text (`--map`, 列映射) resolved to columns by the reader. */
const roster = (sheet: string) =>
  grid(
    [
      ["姓名", "单位", "到岗时间（年月）", "建议等次"],
      ["张三", "孟轲乡", "2020.05", "称职"],
    ],
    { sheet, file: "名册.xlsx" },
  );

test("a field is named by any header of its vocabulary, its name or its level; anything else by nothing", () => {
  expect(correctionField("任现职时间")).toBe("promotedOn");
  expect(correctionField(" 提拔 时间 ")).toBe("promotedOn");
  expect(correctionField("promotedOn")).toBe("promotedOn");
  expect(correctionField("PROMOTEDON")).toBe("promotedOn");
  expect(correctionField("有效票")).toBe("valid");
  expect(correctionField("较好")).toBe("level1");
  expect(correctionField("不使用")).toBeNull();
  expect(correctionField("")).toBeNull();
  expect(correctionField("任职时长")).toBeUndefined();
  expect(fieldLabel("promotedOn")).toBe("提拔时间");
  expect(fieldLabel("level2")).toBe("基本称职");
  expect(fieldLabels()).toEqual(expect.arrayContaining(["姓名", "单位", "提拔时间", "有效票数", "优秀"]));
});

test("a header correction finds its column by the normalised header, in every sheet", () => {
  const { rows, mappings, findings } = readRoster([roster("名册")], {
    headerOverrides: [{ header: "到 岗 时 间", sheet: null, field: "promotedOn" }],
  });
  expect(rows[0]?.promotedOn).toEqual({ y: 2020, m: 5, d: null });
  expect(mappings[0]?.columns.find((c) => c.col === 3)).toMatchObject({ field: "promotedOn", confidence: "override" });
  expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("a correction for one sheet wins over one for every sheet; a correction by column wins over both", () => {
  const { rows } = readRoster([roster("名册一"), roster("名册二"), roster("名册三")], {
    headerOverrides: [
      { header: "建议等次", sheet: null, field: null },
      { header: "建议等次", sheet: "名册二", field: "proposedGrade" },
    ],
    overrides: [{ file: "名册.xlsx", sheet: "名册三", col: 4, field: "proposedGrade" }],
  });
  expect(rows.map((r) => r.proposedGrade)).toEqual([null, "称职", "称职"]);
});

test("a field the sheet's layout cannot take is passed over there, without a finding", () => {
  const { rows, mappings, findings } = readRoster([roster("名册")], {
    headerOverrides: [{ header: "到岗时间", sheet: null, field: "valid" }],
  });
  expect(rows[0]?.promotedOn).toBeNull();
  expect(mappings[0]?.columns.find((c) => c.col === 3)).toMatchObject({ field: null });
  expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test("ballots: a long sheet's column takes a tally field; a raw sheet's column is only left unused", () => {
  const long = grid(
    [
      ["姓名", "单位", "参评票数", "优秀", "称职", "基本称职", "不称职"],
      ["张三", "孟轲乡", 10, 4, 6, 0, 0],
    ],
    { sheet: "测评", file: "测评.xlsx" },
  );
  expect(readBallots([long], { teamLevelSet: "hao" }).tallies[0]?.valid).not.toBe(10);
  const read = readBallots([long], {
    teamLevelSet: "hao",
    headerOverrides: [{ header: "参评票数", sheet: null, field: "valid" }],
  });
  expect(read.tallies.map((t) => [t.subjectName, t.valid, t.counts])).toEqual([["张三", 10, [4, 6, 0, 0]]]);

  const raw = grid(
    [
      ["票号", "张三", "李四"],
      [1, "优", "称"],
      [2, "称", "优"],
    ],
    { sheet: "班子成员", file: "原始票.xlsx" },
  );
  expect(readBallots([raw], { teamLevelSet: "hao" }).tallies.map((t) => t.subjectName)).toEqual(["张三", "李四"]);
  const corrected = readBallots([raw], {
    teamLevelSet: "hao",
    headerOverrides: [
      { header: "李四", sheet: null, field: null },
      { header: "张三", sheet: null, field: "promotedOn" },
    ],
  });
  expect(corrected.tallies.map((t) => t.subjectName)).toEqual(["张三"]);
});
