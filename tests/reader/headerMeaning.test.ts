import { readRoster } from "../../src/core/reader";
import { rosterRefusal } from "../../src/core/reader/readRoster";
import { splitUnitPosition } from "../../src/core/reader/unitPositionSplit";
import { isNameHeader, rosterField } from "../../src/core/reader/vocabulary";
import { normaliseHeader } from "../../src/core/reader/textNormalise";
import { codesAt, grid } from "./support";

const fieldOf = (header: string) => {
  const match = rosterField(normaliseHeader(header));
  return match ? `${match.field}/${match.confidence}` : null;
};

test("headers are matched by meaning: real names of units, time in post, grades and discipline", () => {
  expect(
    Object.fromEntries(
      [
        "单位简称",
        "任职单位",
        "所在部门",
        "所在处室",
        "所在科室（股室）",
        "工作部门",
        "现职时间",
        "任职日期",
        "现职务始任时间",
        "任现职务时间",
        "考核推荐等次",
        "单位拟定考核等次",
        "受处分",
        "奖惩情况",
        "工作单位及职务",
        "所在单位及职务",
        "生日",
      ].map((h) => [h, fieldOf(h)]),
    ),
  ).toEqual({
    单位简称: "unit/synonym",
    任职单位: "unit/synonym",
    所在部门: "unit/synonym",
    所在处室: "unit/synonym",
    "所在科室（股室）": "unit/synonym",
    工作部门: "unit/synonym",
    现职时间: "promotedOn/synonym",
    任职日期: "promotedOn/synonym",
    现职务始任时间: "promotedOn/synonym",
    任现职务时间: "promotedOn/synonym",
    考核推荐等次: "proposedGrade/synonym",
    单位拟定考核等次: "proposedGrade/keyword",
    受处分: "discipline/synonym",
    奖惩情况: "discipline/keyword",
    工作单位及职务: "unitPosition/synonym",
    所在单位及职务: "unitPosition/exact",
    生日: "birthDate/synonym",
  });
});

test("keyword rules: a header about a unit and not a post, a time in post, a proposed grade", () => {
  expect(fieldOf("现任职部门")).toBe("unit/keyword");
  expect(fieldOf("所在单位（部门）")).toBe("unit/synonym");
  expect(fieldOf("考核单位")).toBe("unit/keyword");
  expect(fieldOf("现任职务任职时间")).toBe("promotedOn/keyword");
  expect(fieldOf("任现职务年月")).toBe("promotedOn/keyword");
  expect(fieldOf("推荐考核等次")).toBe("proposedGrade/keyword");
  expect(fieldOf("2020年度考核等次建议")).toBe("proposedGrade/keyword");
  expect(fieldOf("受处分处理情况")).toBe("discipline/keyword");
  expect(fieldOf("单位（部门）及职务")).toBe("unitPosition/keyword");
});

test("what must not be taken for a field: 是否正职, a concurrent post, a former or seconded unit, other times", () => {
  expect(fieldOf("是否正职")).toBeNull();
  expect(fieldOf("职务（兼职1）")).toBeNull();
  expect(fieldOf("职务2")).toBeNull();
  expect(fieldOf("兼任单位及职务")).toBeNull();
  expect(fieldOf("双肩挑单位")).toBeNull();
  expect(fieldOf("单位性质")).toBeNull();
  expect(fieldOf("单位级别")).toBeNull();
  expect(fieldOf("所属党组织")).toBeNull();
  expect(fieldOf("专业技术职务")).toBeNull();
  expect(fieldOf("现职级始任时间")).toBeNull();
  expect(fieldOf("任现职级时间")).toBeNull();
  expect(fieldOf("参加工作时间")).toBeNull();
  expect(fieldOf("奖励情况")).toBeNull();
  expect(fieldOf("近三年年度考核结果")).toBeNull();
  expect(fieldOf("原工作单位")).toBe("transferredFrom/synonym");
  expect(fieldOf("挂职单位")).toBe("secondedTo/exact");
  expect(fieldOf("拟任职务")).toBeNull();
});

test("qualifiers stay distinct: 职务（主职） and 职务1 read as the post, ranked below a plain 职务", () => {
  expect(normaliseHeader("职务（主职）")).toBe("职务(主职)");
  expect(normaliseHeader("职务（兼职1）")).toBe("职务(兼职1)");
  expect(normaliseHeader("病事假天数（天）")).toBe("病事假天数");
  expect(fieldOf("职务（主职）")).toBe("position/keyword");
  expect(fieldOf("职务1")).toBe("position/keyword");
  const { mappings } = readRoster([
    grid([
      ["姓名", "单位", "职务（主职）", "职务"],
      ["张三", "区人社局", "局长", "党组书记"],
    ]),
  ]);
  expect(mappings[0]?.columns.map((c) => c.field)).toEqual(["name", "unit", null, "position"]);
});

test("a long instruction is never a header; a name header is any short header ending in 姓名, not 填表人姓名", () => {
  expect(isNameHeader(normaliseHeader("1.姓名、身份证号为必填项，请勿修改表头"))).toBe(false);
  expect(isNameHeader("被考核人姓名")).toBe(true);
  expect(isNameHeader("填表人姓名")).toBe(false);
  expect(isNameHeader("测评人姓名")).toBe(false);
});

test("a header with 姓名 but no unit column is read the same way whatever other columns it has", () => {
  for (const header of [["姓名"], ["姓名", "性别", "民族"], ["姓名", "职务", "出生年月"]]) {
    const values = [header, ["张三", ...header.slice(1).map(() => null)]];
    const { rows, findings } = readRoster([grid(values)]);
    expect(rows.map((r) => [r.name, r.unit])).toEqual([["张三", ""]]);
    expect(codesAt(findings).filter((c) => !c.startsWith("column_unused"))).toEqual(["column_missing@A1"]);
  }
});

test("a header with 姓名 and no unit beside a complete roster is a side table, skipped and said so", () => {
  const { rows, findings } = readRoster([
    grid(
      [
        ["姓名", "单位"],
        ["张三", "区人社局"],
      ],
      { sheet: "名册" },
    ),
    grid(
      [
        ["姓名", "性别"],
        ["张三", "男"],
      ],
      { sheet: "花名" },
    ),
  ]);
  expect(rows.map((r) => r.source.sheet)).toEqual(["名册"]);
  expect(findings.map((f) => [f.code, f.sheet, f.severity])).toEqual([["sheet_skipped", "花名", "info"]]);
});

test("a roster header with no rows under it is roster_empty, an error at its name header", () => {
  const { rows, findings } = readRoster([grid([["区管干部名册"], ["序号", "姓名", "单位", "职务"], [], ["注：无"]])]);
  expect(rows).toEqual([]);
  expect(codesAt(findings)).toEqual(["header_found@A2", "roster_empty@B2"]);
  expect(findings[1]?.severity).toBe("error");
});

test("text in the name column that cannot be a name is a note: sentences, numbered lines, long text", () => {
  const { rows, findings } = readRoster([
    grid([
      ["姓名", "单位"],
      ["张三", "区人社局"],
      ["阿卜杜热西提·买买提明", "区人社局"],
      ["华龙区人力资源和社会保障局领导班子", null],
      ["本表所列人员均为区管干部，请各单位认真核对", null],
      ["（二）事业单位", null],
      ["说明", "以上人员不含试用期人员"],
      ["x".repeat(400), null],
    ]),
  ]);
  expect(rows.map((r) => r.name)).toEqual(["张三", "阿卜杜热西提·买买提明", "华龙区人力资源和社会保障局领导班子"]);
  expect(codesAt(findings)).toEqual(["note@A5"]);
  expect(findings[0]?.severity).toBe("info");
});

test("the refusal names the closest row, the columns recognised in it and what is missing", () => {
  const refusal = rosterRefusal("名册.xlsx", [
    grid([["干部信息"], ["编号", "人员", "单位简称", "现任职务", "出生年月"]], { sheet: "Sheet1" }),
  ]);
  expect(refusal.zh).toBe(
    "名册.xlsx中没有找到干部名册表头（含“姓名”“单位”等列的一行）：最接近的是工作表“Sheet1”第2行，识别出“单位简称”“现任职务”“出生年月”，缺少“姓名”列",
  );
  const nothing = rosterRefusal("名册.xlsx", [grid([["封面"]])]);
  expect(nothing.zh).toContain("各工作表的前30行中没有可识别的列名");
});

test("a combined cell is split by the clerk's separator, by known units, then by unit endings", () => {
  const none = new Set<string>();
  expect(splitUnitPosition("区财政局 局长", none)).toEqual({ unit: "区财政局", position: "局长", certain: true });
  expect(splitUnitPosition("胜利路街道办事处主任", new Set(["胜利路街道"]))).toEqual({
    unit: "胜利路街道",
    position: "办事处主任",
    certain: true,
  });
  expect(splitUnitPosition("区委组织部副部长", none)).toEqual({
    unit: "区委组织部",
    position: "副部长",
    certain: true,
  });
  expect(splitUnitPosition("某某镇党委书记", none)).toEqual({ unit: "某某镇", position: "党委书记", certain: true });
  expect(splitUnitPosition("某某乡乡长", none)).toEqual({ unit: "某某乡", position: "乡长", certain: true });
  expect(splitUnitPosition("区人民医院院长", none)).toEqual({ unit: "区人民医院", position: "院长", certain: true });
  expect(splitUnitPosition("区城投公司董事长、总经理", none)).toEqual({
    unit: "区城投公司",
    position: "董事长、总经理",
    certain: true,
  });
  expect(splitUnitPosition("区纪委监委副书记", none)).toEqual({
    unit: "区纪委监委",
    position: "副书记",
    certain: true,
  });
  expect(splitUnitPosition("胜利路街道", none)).toEqual({ unit: "胜利路街道", position: null, certain: true });
  expect(splitUnitPosition("区委常委、宣传部部长", none).certain).toBe(false);
  expect(splitUnitPosition("综合行政执法", none).certain).toBe(false);
});
