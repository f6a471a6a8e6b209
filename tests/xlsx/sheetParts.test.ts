import { a1, columnLetters, parseA1 } from "../../src/core/model/address";
import { tableFormulas } from "../../src/core/plan/cellFormula";
import { formulaTemplate, isMovedFormula } from "../../src/core/plan/formulaMove";
import { HEADER_FILL, INPUT_FILL, SUBJECTS_SHEET, SUMMARY_SHEET } from "../../src/core/plan/kaoheSheets";
import { withPrint } from "../../src/core/plan/printSetup";
import { linkFormula, type PlanCell, type PlanSheet, type WritePlan } from "../../src/core/plan/writePlan";
import { commentsXml, notesVmlXml } from "../../src/hosts/xlsx/notesXml";
import type { CellLook, DifferentialLook, StyleRegistry } from "../../src/hosts/xlsx/styleRegistry";
import { StylesPart } from "../../src/hosts/xlsx/stylesPart";
import { tableXml } from "../../src/hosts/xlsx/tableXml";
import { sheetHasNotes, worksheetXml } from "../../src/hosts/xlsx/worksheetXml";
import { reviewSamples } from "../plan/samples";
import { assertWellFormed, decodeXstring, readCells, rootChildren, type ReadCell } from "./sheetXmlReader";
import { listedPlan, rowList } from "../../src/core/plan/planRows";

/** Looks numbered as they are asked for; the default look is 0, as in a workbook's styles. */
class RecordingStyles implements StyleRegistry {
  readonly looks: string[] = [];
  readonly differentials: string[] = [];
  cellStyle(look: CellLook): number {
    return this.idOf(this.looks, look);
  }
  differentialStyle(look: DifferentialLook): number {
    return this.idOf(this.differentials, look) - 1;
  }
  private idOf(list: string[], look: object): number {
    const key = JSON.stringify(look);
    if (key === "{}") return 0;
    if (!list.includes(key)) list.push(key);
    return list.indexOf(key) + 1;
  }
  /** The look a cell's `s` stands for. */
  lookOf(style: number): CellLook {
    return style === 0 ? {} : (JSON.parse(this.looks[style - 1] ?? "null") as CellLook);
  }
}

function sheetXml(sheet: PlanSheet, styles: StyleRegistry = new RecordingStyles()): string {
  const refs = { tableRelId: "rId1", notesRelId: sheetHasNotes(sheet) ? "rId2" : null };
  return [...worksheetXml(sheet, styles, refs)].map(decoded).join("");
}

/** A batch of the part's UTF-8 as text: each ends on a whole row, so none splits a character. */
function decoded(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * The plan as the formula columns make it: a column whose every cell is the first one's formula
 * moved down keeps that formula once, its cells their cached values.
 */
function withColumnFormulas(plan: WritePlan): WritePlan {
  const copy = structuredClone(listedPlan(plan));
  for (const { table } of copy.sheets) {
    table.columns.forEach((column, j) => {
      const first = table.rows[0]?.[j]?.formula;
      if (first === undefined) return;
      const template = formulaTemplate(first);
      if (!table.rows.every((r, i) => isMovedFormula(template, r[j]?.formula ?? "", i))) return;
      column.formula = first;
      for (const r of table.rows) if (r[j] !== undefined) delete r[j].formula;
    });
  }
  return copy;
}

/** What a reader finds in a cell written from this plan cell: its formula and value as text. */
function expected(cell: PlanCell, formula: string | undefined): { formula: string | null; value: string | null } {
  if (formula !== undefined) {
    return {
      formula,
      value:
        cell.value === null ? null : typeof cell.value === "boolean" ? (cell.value ? "1" : "0") : String(cell.value),
    };
  }
  if (cell.link !== undefined) {
    const text = cell.value === null ? cell.link : String(cell.value);
    return { formula: linkFormula(cell.link, text), value: text };
  }
  const value = cell.value;
  return {
    formula: null,
    value: value === null ? null : typeof value === "boolean" ? (value ? "1" : "0") : String(value),
  };
}

let samplePlan: WritePlan;
beforeAll(async () => {
  samplePlan = (await reviewSamples()).plan;
});

test("every part of every sample sheet is well-formed XML, worksheets with their children in schema order", () => {
  const order = [
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "conditionalFormatting",
    "dataValidations",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "legacyDrawing",
    "tableParts",
  ];
  for (const plan of [samplePlan, withColumnFormulas(samplePlan)]) {
    plan.sheets.forEach((sheet, n) => {
      const xml = sheetXml(sheet);
      assertWellFormed(xml);
      assertWellFormed(tableXml(sheet, n + 1));
      assertWellFormed(commentsXml(sheet));
      assertWellFormed(notesVmlXml(sheet));
      const children = rootChildren(xml);
      const ranks = children.map((name) => order.indexOf(name));
      expect(ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= (ranks[i - 1] ?? 0)))).toBe(true);
      expect(children).toContain("tableParts");
    });
  }
});

test("the sample tables' cells hold the plan's values, formulas and links, filled-down columns as shared formulas", () => {
  const plan = withColumnFormulas(samplePlan);
  const formulaColumns = plan.sheets.flatMap((s) => s.table.columns).filter((c) => c.formula !== undefined);
  expect(formulaColumns.length).toBeGreaterThan(20);
  let checked = 0;
  for (const sheet of plan.sheets) {
    const xml = sheetXml(sheet);
    const cells = readCells(xml);
    const formulaOf = tableFormulas(sheet.table);
    const { table } = sheet;
    rowList(table.rows).forEach((row, i) =>
      row.forEach((cell, j) => {
        const read = cells.get(a1(table.anchorRow + 1 + i, table.anchorCol + j));
        const want = expected(cell, formulaOf(i, j, cell));
        expect({ formula: read?.formula ?? null, value: read?.value ?? null }).toEqual(want);
        checked++;
      }),
    );
    for (const cell of sheet.loose) expect(cells.get(a1(cell.row, cell.col))?.value).toBe(String(cell.value));
    if (table.columns.some((c) => c.formula !== undefined && table.rows.length > 1))
      expect(xml).toMatch(/<f t="shared" si="\d+"\/>/);
  }
  expect(checked).toBeGreaterThan(1000);
});

/** A small sheet: title above, a table at A4 with a value, a formula and an input column. */
function smallSheet(rows: PlanCell[][]): PlanSheet {
  return withPrint(
    {
      name: "测试",
      tabColor: "2e75b6",
      table: {
        name: "KaoheTest",
        anchorRow: 4,
        anchorCol: 1,
        columns: [
          { header: "姓名", width: 10, role: "value", note: "名册中的姓名" },
          { header: "有效票", width: 8, role: "formula", numFmt: "0", formula: "N(C5)*2" },
          { header: "建议等次", width: 12, role: "input" },
        ],
        rows,
      },
      loose: [
        { row: 1, col: 1, value: "标题", bold: true },
        { row: 2, col: 2, value: "红色", fill: "FF9C9C" },
        { row: 2, col: 5, value: "名册", link: "'名册'!B7" },
      ],
      conditionalFormats: [
        { ref: "A5:C6", formula: '$C5="差"', fill: "FF9C9C", fontColor: "9C0006", priority: 1, meaning: "差" },
      ],
      validations: [{ ref: "C5:C6", list: '"优秀,称职"', prompt: "请选择", error: "须为<列表>之一" }],
      freeze: { rows: 4, cols: 1 },
    },
    2020,
  );
}

const twoRows = (): PlanCell[][] => [
  [{ value: "张三" }, { value: 2 }, { value: "优秀" }],
  [{ value: "李四" }, { value: 0 }, { value: null }],
];

function cellAt(xml: string, ref: string): ReadCell {
  const cell = readCells(xml).get(ref);
  if (cell === undefined) throw new Error(`no cell ${ref}`);
  return cell;
}

test("header cells carry the table's column names, bold with the fill of what the column holds, centred vertically", () => {
  const styles = new RecordingStyles();
  const sheet = smallSheet(twoRows());
  const xml = sheetXml(sheet, styles);
  const names = [...tableXml(sheet, 3).matchAll(/<tableColumn id="(\d+)" name="([^"]*)"\/>/g)].map((m) =>
    decodeXstring(m[2] ?? ""),
  );
  expect(names).toEqual(["姓名", "有效票", "建议等次"]);
  sheet.table.columns.forEach((column, j) => {
    const header = cellAt(xml, `${columnLetters(1 + j)}4`);
    expect(header.value).toBe(names[j]);
    expect(styles.lookOf(header.style)).toEqual({
      bold: true,
      fill: HEADER_FILL[column.role],
      wrap: true,
      vertical: "center",
    });
  });
  expect(styles.lookOf(cellAt(xml, "B5").style)).toEqual({ numFmt: "0", vertical: "center" });
  expect(styles.lookOf(cellAt(xml, "C6").style)).toEqual({ fill: INPUT_FILL, vertical: "center" });
  expect(styles.lookOf(cellAt(xml, "A5").style)).toEqual({ vertical: "center" });
});

test("a cell's own number format overrides its column's; loose cells keep their fill, boldness and link", () => {
  const styles = new RecordingStyles();
  const rows = twoRows();
  rows[1]?.splice(1, 1, { value: 0.5, numFmt: "0.00%" });
  const xml = sheetXml(smallSheet(rows), styles);
  expect(styles.lookOf(cellAt(xml, "B6").style)).toEqual({ numFmt: "0.00%", vertical: "center" });
  expect(cellAt(xml, "B6")).toMatchObject({ formula: "N(C6)*2", value: "0.5" });
  expect(styles.lookOf(cellAt(xml, "A1").style)).toEqual({ bold: true });
  expect(styles.lookOf(cellAt(xml, "B2").style)).toEqual({ fill: "FF9C9C" });
  expect(cellAt(xml, "E2")).toMatchObject({ formula: `HYPERLINK("#'名册'!B7","名册")`, value: "名册", type: "str" });
});

test("the table part names the table, spans header and rows, filters every column and stripes rows", () => {
  const xml = tableXml(smallSheet(twoRows()), 7);
  expect(xml).toMatch(/<table [^>]*id="7" name="KaoheTest" displayName="KaoheTest" ref="A4:C6" headerRowCount="1"/);
  expect(xml).toContain('<autoFilter ref="A4:C6"/>');
  expect(xml).toContain('<tableColumns count="3">');
  expect(xml).toContain('name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1"');
});

test("an empty table keeps one blank row, without formulas, inside its range; a plain column's blank cell is left out", () => {
  const sheet = smallSheet([]);
  const xml = sheetXml(sheet);
  assertWellFormed(xml);
  expect(tableXml(sheet, 1)).toContain('ref="A4:C5"');
  expect(xml).toContain('<dimension ref="A1:E5"/>');
  const cells = readCells(xml);
  expect(cells.get("B5")).toEqual({ style: expect.any(Number) as number, type: null, formula: null, value: null });
  const blankRow = [...cells].filter(([ref]) => /^[A-Z]+5$/.test(ref));
  // A blank cell whose only look would be the centring is not written (4 % of a district's workbook).
  expect(blankRow.map(([ref]) => ref)).toEqual(["B5", "C5"]);
  expect(blankRow.every(([, cell]) => cell.formula === null)).toBe(true);
  expect([...cells.keys()].filter((ref) => /^[A-Z]+6$/.test(ref))).toEqual([]);
});

test("cached results are typed: text as str, booleans as b, numbers bare, a null result without <v>", () => {
  const rows: PlanCell[][] = [
    [{ value: "甲", formula: 'IF(1,"甲","")' }, { value: 3 }, { value: true, formula: "TRUE()" }],
    [{ value: null, formula: 'IF(0,"甲","")' }, { value: null }, { value: false }],
  ];
  const xml = sheetXml(smallSheet(rows));
  expect(cellAt(xml, "A5")).toMatchObject({ type: "str", value: "甲" });
  expect(cellAt(xml, "B5")).toMatchObject({ type: null, value: "3", formula: "N(C5)*2" });
  expect(cellAt(xml, "C5")).toMatchObject({ type: "b", value: "1" });
  expect(cellAt(xml, "A6")).toMatchObject({ type: null, formula: 'IF(0,"甲","")', value: null });
  expect(cellAt(xml, "B6")).toMatchObject({ formula: "N(C6)*2", value: null });
  expect(cellAt(xml, "C6")).toMatchObject({ type: "b", value: "0" });
});

test("a number the format cannot hold is written as #NUM!, and the part stays valid", () => {
  const rows = twoRows();
  rows[0]?.splice(0, 1, { value: Number.NaN });
  rows[1]?.splice(0, 1, { value: Number.POSITIVE_INFINITY });
  const xml = sheetXml(smallSheet(rows));
  assertWellFormed(xml);
  expect(cellAt(xml, "A5")).toMatchObject({ type: "e", value: "#NUM!" });
  expect(cellAt(xml, "A6")).toMatchObject({ type: "e", value: "#NUM!" });
});

test("text keeps what XML cannot carry as _xHHHH_, a literal escape as _x005F_, and drops lone surrogates", () => {
  const texts = [
    "a\u0001b\u001Fc",
    "_x0041_",
    "_x0041\r",
    "\uD800孤\uDC00",
    " 前后空格 ",
    "行一\r\n行二\t列",
    '&<>"',
    "😀",
  ];
  const rows: PlanCell[][] = texts.map((text) => [{ value: text }, { value: text }, { value: null }]);
  const sheet = smallSheet(rows);
  sheet.table.columns[0] = { header: "名\u0002称 _x0020_", width: 10, role: "value", note: "注\u0007释" };
  const xml = sheetXml(sheet);
  for (const part of [xml, tableXml(sheet, 1), commentsXml(sheet)]) {
    assertWellFormed(part);
    // eslint-disable-next-line no-control-regex -- the test looks for the control characters XML 1.0 forbids
    expect(part).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\r]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  }
  texts.forEach((text, i) => {
    const want = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
    expect(cellAt(xml, `A${5 + i}`).value).toBe(want);
    expect(cellAt(xml, `B${5 + i}`).value).toBe(want);
  });
  expect(xml).toContain("a_x0001_b_x001F_c");
  expect(xml).toContain("_x005F_x0041_");
  expect(xml).toContain("_x005F_x0041_x000D_");
  expect(xml).toContain('<t xml:space="preserve"> 前后空格 </t>');
  expect(cellAt(xml, "A4").value).toBe("名\u0002称 _x0020_");
  expect(decodeXstring(/<tableColumn id="1" name="([^"]*)"/.exec(tableXml(sheet, 1))?.[1] ?? "")).toBe(
    "名\u0002称 _x0020_",
  );
  expect(decodeXstring(/<t xml:space="preserve">([^<]*)<\/t>/.exec(commentsXml(sheet))?.[1] ?? "")).toBe("注\u0007释");
});

test("a formula column is shared from its first row over the table's rows, with a sheet-unique si", () => {
  const rows: PlanCell[][] = Array.from({ length: 5 }, (_, i) => [{ value: `人${i}` }, { value: 0 }, { value: 0 }]);
  const sheet = smallSheet(rows);
  sheet.table.columns[2] = { header: "合计", width: 8, role: "formula", formula: "SUM($B$5:B5)+A5" };
  const xml = sheetXml(sheet);
  const masters = [...xml.matchAll(/<f t="shared" ref="([^"]+)" si="(\d+)">/g)].map((m) => [m[1], m[2]]);
  expect(masters).toEqual([
    ["B5:B9", "0"],
    ["C5:C9", "1"],
  ]);
  expect(xml.match(/<f t="shared" si="1"\/>/g)).toHaveLength(4);
  expect(cellAt(xml, "C9").formula).toBe("SUM($B$5:B9)+A9");
  expect(cellAt(xml, "B7").formula).toBe("N(C7)*2");
});

test("a formula whose quoted text looks like a reference is written in full on every row", () => {
  const rows: PlanCell[][] = Array.from({ length: 3 }, () => [{ value: null }, { value: 0 }, { value: "" }]);
  const sheet = smallSheet(rows);
  sheet.table.columns[2] = { header: "位置", width: 8, role: "formula", formula: 'IF(A5="B4","",A5)' };
  const xml = sheetXml(sheet);
  expect(xml).not.toContain('si="1"');
  expect(["C5", "C6", "C7"].map((ref) => cellAt(xml, ref).formula)).toEqual([
    'IF(A5="B4","",A5)',
    'IF(A6="B4","",A6)',
    'IF(A7="B4","",A7)',
  ]);
  expect(xml).toContain("<f>IF(A7=&quot;B4&quot;,&quot;&quot;,A7)</f>");
});

test("tab colour, frozen panes, widths, highlights and drop-downs are written as the plan has them", () => {
  const styles = new RecordingStyles();
  const xml = sheetXml(smallSheet(twoRows()), styles);
  expect(xml).toContain('<tabColor rgb="FF2E75B6"/>');
  expect(xml).toContain('<pane xSplit="1" ySplit="4" topLeftCell="B5" activePane="bottomRight" state="frozen"/>');
  expect(xml).toContain(
    '<cols><col min="1" max="1" width="10" customWidth="1"/><col min="2" max="2" width="8" customWidth="1"/><col min="3" max="3" width="12" customWidth="1"/></cols>',
  );
  expect(styles.differentials).toEqual([JSON.stringify({ fill: "FF9C9C", fontColor: "9C0006" })]);
  expect(xml).toContain(
    '<conditionalFormatting sqref="A5:C6"><cfRule type="expression" dxfId="0" priority="1"><formula>$C5=&quot;差&quot;</formula></cfRule></conditionalFormatting>',
  );
  expect(xml).toContain(
    '<dataValidation type="list" allowBlank="1" showInputMessage="1" prompt="请选择" showErrorMessage="1" errorStyle="stop" error="须为&lt;列表&gt;之一" sqref="C5:C6"><formula1>&quot;优秀,称职&quot;</formula1></dataValidation>',
  );
  const onlyRows = {
    ...smallSheet(twoRows()),
    freeze: { rows: 4, cols: 0 },
    validations: [{ ref: "C5", list: "KH_GRADES" }],
  };
  const plain = sheetXml(onlyRows);
  expect(plain).toContain('<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>');
  expect(plain).toContain(
    '<dataValidation type="list" allowBlank="1" sqref="C5"><formula1>KH_GRADES</formula1></dataValidation>',
  );
});

test("header notes become comments and hidden VML note boxes on the header cells; no notes, no drawing", () => {
  const sheet = smallSheet(twoRows());
  sheet.table.columns[2] = { header: "建议等次", width: 12, role: "input", note: "从下拉列表选择" };
  const comments = [...commentsXml(sheet).matchAll(/<comment ref="([A-Z]+\d+)" authorId="0">/g)].map((m) => m[1]);
  expect(comments).toEqual(["A4", "C4"]);
  const vml = notesVmlXml(sheet);
  const boxes = [...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`);
  expect(boxes).toEqual(["3,0", "3,2"]);
  expect(vml.match(/visibility:hidden/g)).toHaveLength(2);
  expect(sheetXml(sheet)).toContain('<legacyDrawing r:id="rId2"/>');
  const silent = smallSheet(twoRows());
  delete silent.table.columns[0]?.note;
  expect(sheetHasNotes(silent)).toBe(false);
  expect(sheetXml(silent)).not.toContain("legacyDrawing");
});

test("a long sheet comes in batches of whole rows", () => {
  const rows: PlanCell[][] = Array.from({ length: 20000 }, (_, i) => [
    { value: `人${i}` },
    { value: i * 2 },
    { value: null },
  ]);
  const chunks = [
    ...worksheetXml(smallSheet(rows), new RecordingStyles(), { tableRelId: "rId1", notesRelId: null }),
  ].map(decoded);
  expect(chunks.length).toBeGreaterThan(2);
  for (const chunk of chunks.slice(0, -1)) expect(chunk.endsWith("</row>")).toBe(true);
  const cells = readCells(chunks.join(""));
  expect(cells.get("B20004")).toMatchObject({ formula: "N(C20004)*2", value: "39998" });
});

test("every sheet prints A4 landscape one page wide, its header row on every page, title and page numbers at top and bottom", () => {
  for (const sheet of samplePlan.sheets) {
    const xml = sheetXml(sheet);
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
    expect(xml).toContain(`<oddHeader>&amp;C${sheet.name} · 2020年度</oddHeader>`);
    expect(xml).toContain("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>");
    // 汇总's sections each have their own header: its title row is the one repeated.
    const repeated = sheet.name === SUMMARY_SHEET ? 1 : sheet.table.anchorRow;
    expect(sheet.print.titleRows).toEqual({ first: repeated, last: repeated });
  }
});

test("汇总's manual page breaks are written as the rows that end the page before each", () => {
  const summary = samplePlan.sheets.find((s) => s.name === SUMMARY_SHEET);
  const breaks = summary?.print.rowBreaks ?? [];
  // The samples' blocks and two charts do not fit on one page (pageBreaks.test.ts has the arithmetic).
  expect(breaks.length).toBeGreaterThan(0);
  const xml = summary === undefined ? "" : sheetXml(summary);
  const written = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map((m) => Number(m[1]) + 1);
  expect(written).toEqual(breaks);
  expect(xml).toContain(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
  // The other sheets are one table each: their pages break where they fill.
  for (const sheet of samplePlan.sheets.filter((s) => s.name !== SUMMARY_SHEET)) {
    expect(sheetXml(sheet)).not.toContain("<rowBreaks");
  }
});

test("wrapped columns' rows are as tall as their text needs; rows of short text keep the default height", () => {
  const subjects = samplePlan.sheets.find((s) => s.name === "考核对象");
  if (subjects === undefined) throw new Error("no 考核对象");
  const heights = subjects.table.rowHeights ?? [];
  const explanation = subjects.table.columns.findIndex((c) => c.header === "说明");
  expect(subjects.table.columns[explanation]?.wrap).toBe(true);
  rowList(subjects.table.rows).forEach((row, i) => {
    const text = String(row[explanation]?.value ?? "");
    // About two characters of width per Chinese character: a long 说明 needs more lines.
    if (text.length * 2 > 2 * ((subjects.table.columns[explanation]?.width ?? 0) - 1))
      expect(heights[i + 1] ?? 0).toBeGreaterThan(15);
  });
  expect(heights.some((h) => h === null || h === undefined)).toBe(true);
});

/** A workbook's styles part as small as Excel writes one: a font, the two fills it requires, a border, one look. */
const PLAIN_STYLES =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

test("every table cell, header and data, wrapped or not, is centred vertically in a few shared looks", () => {
  const styles = new StylesPart(PLAIN_STYLES);
  const xml = new Map(samplePlan.sheets.map((sheet) => [sheet.name, sheetXml(sheet, styles)]));
  const xfs = [...styles.toXml().matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const alignment = (sheet: string, ref: string) =>
    /<alignment[^>]*\/>/.exec(xfs[cellAt(xml.get(sheet) ?? "", ref).style] ?? "")?.[0] ?? null;

  const subjects = samplePlan.sheets.find((s) => s.name === SUBJECTS_SHEET);
  if (subjects === undefined) throw new Error("no 考核对象");
  const { table } = subjects;
  const at = (header: string, i: number) => {
    const j = table.columns.findIndex((c) => c.header === header);
    expect(j).toBeGreaterThanOrEqual(0);
    return a1(table.anchorRow + i, table.anchorCol + j);
  };
  expect(table.columns.find((c) => c.header === "ID")?.wrap).toBeUndefined();
  expect(table.columns.find((c) => c.header === "说明")?.wrap).toBe(true);
  for (let i = 1; i <= table.rows.length; i++) {
    expect(alignment(SUBJECTS_SHEET, at("ID", i))).toBe('<alignment vertical="center"/>');
    expect(alignment(SUBJECTS_SHEET, at("说明", i))).toBe('<alignment vertical="center" wrapText="1"/>');
  }
  expect(alignment(SUBJECTS_SHEET, at("ID", 0))).toBe('<alignment vertical="center" wrapText="1"/>');
  // Loose cells (the title) keep the default: the rule is the tables'.
  expect(alignment(SUBJECTS_SHEET, "A1")).toBeNull();

  // Every sheet's table cells alike, in looks shared by thousands of cells.
  let tableCells = 0;
  for (const { name, table: t } of samplePlan.sheets) {
    for (const [ref, cell] of readCells(xml.get(name) ?? "")) {
      const { row = 0, col = 0 } = parseA1(ref) ?? {};
      const inTable =
        row >= t.anchorRow &&
        row <= t.anchorRow + Math.max(t.rows.length, 1) &&
        col >= t.anchorCol &&
        col < t.anchorCol + t.columns.length;
      if (!inTable) continue;
      expect([name, ref, /<alignment vertical="center"/.test(xfs[cell.style] ?? "")]).toEqual([name, ref, true]);
      tableCells++;
    }
  }
  expect(tableCells).toBeGreaterThan(1000);
  expect(xfs.length).toBeLessThan(40);
});

test("汇总's wrapped block cells wrap centred, and their rows are as tall as the plan says", () => {
  const summary = samplePlan.sheets.find((s) => s.name === SUMMARY_SHEET);
  if (summary === undefined) throw new Error("no 汇总");
  const styles = new StylesPart(PLAIN_STYLES);
  const xml = sheetXml(summary, styles);
  const xfs = [...styles.toXml().matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  const wrapped = summary.loose.filter((c) => c.wrap === true);
  expect(wrapped.length).toBeGreaterThan(20);
  for (const c of wrapped) {
    const ref = a1(c.row, c.col);
    const look =
      c.horizontal === "right"
        ? '<alignment horizontal="right" vertical="center" wrapText="1"/>'
        : '<alignment vertical="center" wrapText="1"/>';
    expect([ref, /<alignment[^>]*\/>/.exec(xfs[cellAt(xml, ref).style] ?? "")?.[0]]).toEqual([ref, look]);
  }
  // A title is no block cell: it runs on over the empty cells beside it.
  expect(/<alignment/.test(xfs[cellAt(xml, "A1").style] ?? "")).toBe(false);
  const heights = summary.looseRowHeights ?? [];
  expect(heights.length).toBeGreaterThan(0);
  for (const { row, points } of heights) expect(xml).toContain(`<row r="${row}" ht="${points}" customHeight="1">`);
  const tall = new Set(heights.map((h) => h.row));
  const last = summary.table.anchorRow + summary.table.rows.length;
  const others = [...xml.matchAll(/<row r="(\d+)" ht=/g)].map((m) => Number(m[1])).filter((r) => r > last);
  expect(others.filter((r) => !tall.has(r))).toEqual([]);
});
