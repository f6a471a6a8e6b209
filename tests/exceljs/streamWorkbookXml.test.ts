import fc from "fast-check";
import { readWorkbookBuffer, type WorkbookGrids } from "../../src/hosts/exceljs/readWorkbook";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { zip } from "../hardening/support/zipFile";
import { intactZipRuns } from "./support/propertyRuns";
import { outcome, type Outcome } from "./support/readOutcome";

/**
 * Packages written by hand, part by part, for what Excel, WPS, LibreOffice and other tools may
 * store and ExcelJS's writer never does: inline and rich text, cached formula results of every
 * type, cells without addresses, sheets listed in another order than their parts, links, odd
 * merges, damaged parts. The streaming reader must read each exactly as readWorkbookBuffer does
 * (quirks included) and refuse the same ones with the same error.
 */
interface SheetSpec {
  name: string;
  /** The part under xl/ (default `worksheets/sheetN.xml`, N its place in the list). */
  part?: string;
  /** Everything inside `<worksheet>`: sheetData, mergeCells, hyperlinks… */
  body: string;
  attributes?: string;
  /** The relationship's target (default the part). */
  target?: string;
  rels?: string;
}

interface PackageSpec {
  sheets: SheetSpec[];
  strings?: string[];
  workbookPr?: string;
  /** Parts added or replaced as they are, by name; null removes one. */
  parts?: Record<string, string | null>;
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const SHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

/** Style 1 is a built-in date format, style 2 a custom one, style 3 a plain number format. */
const STYLES = `<styleSheet ${MAIN}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

function xlsx(spec: PackageSpec): Uint8Array {
  const parts = new Map<string, string>();
  const partOf = (sheet: SheetSpec, i: number) => sheet.part ?? `worksheets/sheet${i + 1}.xml`;
  parts.set("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  parts.set(
    "_rels/.rels",
    `<Relationships ${RELS}><Relationship Id="rId1" Type="x" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.attributes ?? ""}/>`)
    .join("");
  parts.set(
    "xl/workbook.xml",
    `<workbook ${MAIN} ${REL_NS}><workbookPr${spec.workbookPr ?? ""}/><sheets>${sheets}</sheets></workbook>`,
  );
  const rels = spec.sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${SHEET_TYPE}" Target="${s.target ?? partOf(s, i)}"/>`)
    .join("");
  parts.set("xl/_rels/workbook.xml.rels", `<Relationships ${RELS}>${rels}</Relationships>`);
  parts.set("xl/styles.xml", STYLES);
  const strings = (spec.strings ?? []).map((si) => `<si>${si}</si>`).join("");
  parts.set("xl/sharedStrings.xml", `<sst ${MAIN} count="${spec.strings?.length ?? 0}">${strings}</sst>`);
  spec.sheets.forEach((s, i) => {
    const [folder, file] = partOf(s, i).split("/");
    parts.set(`xl/${folder}/${file}`, `<worksheet ${MAIN} ${REL_NS}>${s.body}</worksheet>`);
    if (s.rels !== undefined)
      parts.set(`xl/${folder}/_rels/${file}.rels`, `<Relationships ${RELS}>${s.rels}</Relationships>`);
  });
  for (const [name, text] of Object.entries(spec.parts ?? {})) {
    if (text === null) parts.delete(name);
    else parts.set(name, text);
  }
  return zip(parts);
}

const one = (body: string, more: Partial<PackageSpec> = {}): Uint8Array =>
  xlsx({ sheets: [{ name: "名册", body }], ...more });
const data = (rows: string) => `<sheetData>${rows}</sheetData>`;

/** Both readers' outcome on the same bytes, checked equal; the document reader's is returned. */
async function bothRead(bytes: Uint8Array): Promise<Outcome> {
  const document = await outcome(() => readWorkbookBuffer(bytes, "手写.xlsx"));
  expect(await outcome(() => readWorkbookStreaming(bytes, "手写.xlsx"))).toEqual(document);
  return document;
}

async function gridsOf(bytes: Uint8Array): Promise<WorkbookGrids> {
  const result = await bothRead(bytes);
  if (!("read" in result)) throw new Error(`refused: ${result.message}`);
  return result.read;
}

async function refusedAsDamaged(bytes: Uint8Array): Promise<void> {
  expect(await bothRead(bytes)).toEqual({
    error: "NotAWorkbookError",
    message: "手写.xlsx不是 .xlsx 工作簿，或文件已损坏",
  });
}

test("inline text, rich text, booleans, errors and numbers read alike, entities as ExcelJS decodes them", async () => {
  const read = await gridsOf(
    one(
      data(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>张三</t></is></c><c r="B1" t="inlineStr"><is><r><t>钱</t></r><r><rPr><b/></rPr><t>\u3000红</t></r></is></c>` +
          `<c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>0</v></c>` +
          `<c r="G1" t="e"><v>#N/A</v></c><c r="H1" t="str"><v>a&amp;lt;b</v></c><c r="I1"><v>12.5</v></c><c r="J1" s="3"><v>-0</v></c></row>`,
      ),
      { strings: ["<t>李四</t>", "<r><t>区人社局</t></r><r><rPr><i/></rPr><t>领导班子</t></r>"] },
    ),
  );
  expect(read.grids[0]?.values).toEqual([
    ["张三", "钱　红", "李四", "区人社局领导班子", true, false, { kind: "error", code: "#N/A" }, "a<b", 12.5, -0],
  ]);
});

test("cached formula results of every type: a cached 0 or FALSE reads as itself, empty text or none as empty", async () => {
  const read = await gridsOf(
    one(
      data(
        `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="b"><f>1&gt;0</f><v>1</v></c><c r="C1" t="e"><f>NA()</f><v>#N/A</v></c>` +
          `<c r="D1" t="str"><f>"优"&amp;"秀"</f><v>优秀</v></c><c r="E1"><f>0*1</f><v>0</v></c><c r="F1" t="b"><f>1&lt;0</f><v>0</v></c>` +
          `<c r="G1" t="str"><f>""</f><v></v></c><c r="H1"><f>A1+1</f></c><c r="I1" s="1"><f>DATE(2020,7,2)</f><v>44014</v></c></row>` +
          `<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">ROW()</f><v>2</v></c></row>` +
          `<row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c><c r="B3"><f t="shared" si="7"/><v>9</v></c></row>`,
      ),
    ),
  );
  expect(read.grids[0]?.values).toEqual([
    [2, true, { kind: "error", code: "#N/A" }, "优秀", 0, false, null, null, { kind: "date", y: 2020, m: 7, d: 2 }],
    [2, null, null, null, null, null, null, null, null],
    [3, null, null, null, null, null, null, null, null],
  ]);
});

test("date cells by built-in and custom formats; date1904 written as 1 or as true", async () => {
  const body = data(
    `<row r="1"><c r="A1" s="1"><v>44014</v></c><c r="B1" s="2"><v>44014.75</v></c><c r="C1" s="3"><v>44014</v></c></row>`,
  );
  const in1900 = await gridsOf(one(body));
  expect(in1900.grids[0]?.values[0]).toEqual([
    { kind: "date", y: 2020, m: 7, d: 2 },
    { kind: "date", y: 2020, m: 7, d: 2 },
    44014,
  ]);
  const in1904 = await gridsOf(one(body, { workbookPr: ' date1904="1"' }));
  expect([in1904.date1904, in1904.grids[0]?.date1904, in1904.grids[0]?.values[0]?.[0]]).toEqual([
    true,
    true,
    { kind: "date", y: 2024, m: 7, d: 3 },
  ]);
  expect(await gridsOf(one(body, { workbookPr: ' date1904="true"' }))).toEqual(in1904);
});

test("sheets come in the order and under the names xl/workbook.xml gives, whatever their parts are called", async () => {
  const cell = (text: string) => data(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`);
  const read = await gridsOf(
    xlsx({
      sheets: [
        { name: "测评汇总", part: "worksheets/sheet3.xml", body: cell("三") },
        { name: "隐藏", part: "worksheets/sheet1.xml", body: cell("一"), attributes: ' state="hidden"' },
        { name: "空表", part: "worksheets/sheet2.xml", body: "<sheetData/>", target: "/xl/worksheets/sheet2.xml" },
        { name: "名册", part: "worksheets/sheet9.xml", body: cell("九"), target: "/xl/worksheets/sheet9.xml" },
      ],
      parts: { "xl/worksheets/sheet4.xml": `<worksheet ${MAIN}>${cell("无人引用")}</worksheet>` },
    }),
  );
  expect(read.grids.map((g) => [g.sheet, g.originRow, g.originCol, g.values])).toEqual([
    ["测评汇总", 1, 1, [["三"]]],
    ["隐藏", 1, 1, [["一"]]],
    ["空表", 1, 1, []],
    ["名册", 1, 1, [["九"]]],
  ]);
});

test("a chart sheet and a part not named sheetN.xml are no worksheets, to either reader", async () => {
  const cell = data(`<row r="2"><c r="B2"><v>1</v></c></row>`);
  const read = await gridsOf(
    xlsx({
      sheets: [
        { name: "图表", part: "chartsheets/sheet1.xml", body: cell },
        { name: "数据", part: "worksheets/data.xml", body: cell },
        { name: "名册", body: cell },
      ],
    }),
  );
  expect(read.grids.map((g) => g.sheet)).toEqual(["名册"]);
  expect(read.notKept).toEqual(["图表工作表"]);
});

test("cells without an address follow the previous one; a row given twice keeps its last; row 0 is no row", async () => {
  const read = await gridsOf(
    one(
      data(
        `<row r="2"><c r="C2"><v>1</v></c><c><v>2</v></c><c s="3"/><c><v>4</v></c></row>` +
          `<row r="3"><c r="B3"><v>5</v></c></row><row r="0"><c r="A1"><v>9</v></c></row>` +
          `<row r="5"><c r="$D$9"><v>6</v></c></row><row r="3"><c r="E3"><v>7</v></c><c r="E3"><v>8</v></c></row>`,
      ),
    ),
  );
  const grid = read.grids[0];
  expect([grid?.originRow, grid?.originCol]).toEqual([2, 3]);
  expect(grid?.values).toEqual([
    [1, 2, null, 4],
    [null, null, 8, null],
    [null, null, null, null],
    [null, 6, null, null],
  ]);
});

test("merged two-row headers: covered cells empty, the used range grown to the merges, merges in ExcelJS's order", async () => {
  const header =
    `<row r="2"><c r="B2" t="inlineStr"><is><t>姓名</t></is></c><c r="C2" t="inlineStr"><is><t>任职情况</t></is></c><c r="D2" t="inlineStr"><is><t>被覆盖</t></is></c></row>` +
    `<row r="3"><c r="C3" t="inlineStr"><is><t>提拔时间</t></is></c><c r="D3" t="inlineStr"><is><t>交流时间</t></is></c></row>`;
  const merges = `<mergeCells count="5"><mergeCell ref="C2:D2"/><mergeCell ref="B2:B3"/><mergeCell ref="F6:E5"/><mergeCell ref="G1:G1"/><mergeCell ref="A7:B7"/></mergeCells>`;
  const read = await gridsOf(one(data(header) + merges));
  const grid = read.grids[0];
  expect([grid?.originRow, grid?.originCol]).toEqual([2, 1]);
  expect(grid?.merges).toEqual([
    { top: 0, left: 2, bottom: 0, right: 3 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 3, left: 4, bottom: 4, right: 5 },
    { top: 5, left: 0, bottom: 5, right: 1 },
  ]);
  expect(grid?.values.slice(0, 2)).toEqual([
    [null, "姓名", "任职情况", null, null, null],
    [null, null, "提拔时间", "交流时间", null, null],
  ]);
});

test("a link to a web page makes an empty cell used and shows a formula's cached 0", async () => {
  const body =
    data(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1"><f>0*1</f><v>0</v></c></row><row r="4"><c r="D4" s="3"/></row>`,
    ) +
    `<hyperlinks><hyperlink ref="D4" r:id="rId1"/><hyperlink ref="B1" r:id="rId2"/><hyperlink ref="A1" location="'名册'!A1"/></hyperlinks>`;
  const rels = ["rId1", "rId2"].map(
    (id) => `<Relationship Id="${id}" Type="hyperlink" Target="http://x/${id}" TargetMode="External"/>`,
  );
  const read = await gridsOf(xlsx({ sheets: [{ name: "名册", body, rels: rels.join("") }] }));
  const blank = [null, null, null, null];
  expect(read.grids[0]?.values).toEqual([["姓名", 0, null, null], blank, blank, blank]);
  await refusedAsDamaged(xlsx({ sheets: [{ name: "名册", body, rels: rels[0] ?? "" }] }));
});

test("overlapping merges, rows or first cells without an address, missing shared strings: damaged to both", async () => {
  const cell = `<row r="1"><c r="A1"><v>1</v></c></row>`;
  await refusedAsDamaged(one(data(cell) + `<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>`));
  await refusedAsDamaged(one(data(`<row><c r="A1"><v>1</v></c></row>`)));
  await refusedAsDamaged(one(data(`<row r="1"><c><v>1</v></c></row>`)));
  await refusedAsDamaged(one(data(`<row r="1"><c r="A1" t="s"><v>5</v></c></row>`)));
  await refusedAsDamaged(one(data(`<row r="1"><c r="A1"><v>1</v></c>`)));
  await refusedAsDamaged(one(data(cell), { parts: { "xl/workbook.xml": null } }));
  await refusedAsDamaged(xlsx({ sheets: ["名册", "名册"].map((name) => ({ name, body: data(cell) })) }));
  // ExcelJS warns that it shortens a name past 31 characters, then refuses the shortened name as taken.
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    await refusedAsDamaged(xlsx({ sheets: [{ name: "名".repeat(32), body: data(cell) }] }));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("exceeds 31 chars"));
  } finally {
    warn.mockRestore();
  }
});

/** A cell as any writer might store it: address or none, any type, style, value, formula or inline text. */
const cellXml = fc
  .record({
    address: fc.oneof(
      { arbitrary: fc.constantFrom("A1", "B2", "C1", "AA7", "XFD2", "$B$1"), weight: 8 },
      { arbitrary: fc.constantFrom("A", "a1", "7", ""), weight: 1 },
      { arbitrary: fc.constant(null), weight: 2 },
    ),
    type: fc.constantFrom(null, null, "s", "str", "inlineStr", "b", "e", "n"),
    style: fc.constantFrom(null, "0", "1", "2", "3"),
    value: fc.constantFrom(null, "0", "1", "2", "44014", "-3.5", "#N/A", "x&amp;y", ""),
    formula: fc.constantFrom(
      null,
      "<f>1+1</f>",
      '<f t="shared" ref="A1:A9" si="0">ROW()</f>',
      '<f t="shared" si="0"/>',
      "<f/>",
    ),
    inline: fc.constantFrom(null, "<is><t>文本</t></is>", "<is><r><t>甲</t></r><r><t>乙</t></r></is>"),
  })
  .map(({ address, type, style, value, formula, inline }) => {
    const attributes = [
      address === null ? "" : ` r="${address}"`,
      type === null ? "" : ` t="${type}"`,
      style === null ? "" : ` s="${style}"`,
    ].join("");
    const inner = (formula ?? "") + (value === null ? "" : `<v>${value}</v>`) + (inline ?? "");
    return `<c${attributes}>${inner}</c>`;
  });

const sheetXml = fc
  .record({
    rows: fc.array(
      fc.tuple(fc.constantFrom("1", "2", "3", "7", "1", "2", "0", null), fc.array(cellXml, { maxLength: 4 })),
      {
        maxLength: 5,
      },
    ),
    merges: fc.uniqueArray(fc.constantFrom("A1:B2", "B3:A2", "C3:C3", "C1:C9", "D5:E5", "A7", "XFD1:XFD2"), {
      maxLength: 3,
    }),
    links: fc.array(fc.constantFrom("A1", "B2", "C7", "Z9"), { maxLength: 2 }),
  })
  .map(({ rows, merges, links }) => {
    const rowsXml = rows.map(([r, cells]) => `<row${r === null ? "" : ` r="${r}"`}>${cells.join("")}</row>`).join("");
    const mergeXml =
      merges.length === 0 ? "" : `<mergeCells>${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    const linkXml =
      links.length === 0
        ? ""
        : `<hyperlinks>${links.map((ref) => `<hyperlink ref="${ref}" r:id="rId1"/>`).join("")}</hyperlinks>`;
    return data(rowsXml) + mergeXml + linkXml;
  });

test("sheets of generated XML, odd cells, rows, merges and links included: the same grids or the same refusal", async () => {
  const link = '<Relationship Id="rId1" Type="hyperlink" Target="http://x" TargetMode="External"/>';
  const seen = { read: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(sheetXml, fc.boolean(), async (body, date1904) => {
      const spec: PackageSpec = {
        sheets: [{ name: "名册", body, rels: link }],
        strings: ["<t>共享</t>", "<r><t>富</t></r><r><t>文本</t></r>", "<t/>"],
        workbookPr: date1904 ? ' date1904="1"' : "",
      };
      seen["read" in (await bothRead(xlsx(spec))) ? "read" : "refused"]++;
    }),
    // Its zips are intact: a third of the cases with the browser's pieces (support/propertyRuns.ts).
    { numRuns: intactZipRuns(300) },
  );
  // The generator reaches both, a tenth of the cases at least: workbooks read (about 27 %) and
  // workbooks refused as damaged.
  expect(Math.min(seen.read, seen.refused)).toBeGreaterThan(intactZipRuns(30));
}, 60_000);

test("a merge over the whole sheet is refused by the used-range limit, its cells never built", async () => {
  // Not compared: ExcelJS's document reader makes a cell object for each of the 17 billion cells and never returns.
  const bytes = one(
    data(`<row r="1"><c r="A1"><v>1</v></c></row>`) + `<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`,
  );
  await expect(readWorkbookStreaming(bytes, "手写.xlsx")).rejects.toThrow(
    "手写.xlsx的工作表“名册”已用区域到 XFD1048576（1,048,576 行 × 16,384 列），超出上限",
  );
});
