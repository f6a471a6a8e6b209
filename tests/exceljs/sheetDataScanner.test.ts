// Slow: 600 generated sheets, each read twice in pieces of every size (the scanner and ExcelJS's own parsers).
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { readWorkbookStreamingWith } from "../../src/hosts/exceljs/streamWorkbook";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { zip } from "../hardening/support/zipFile";
import { outcome } from "./support/readOutcome";

/**
 * The scanner that reads most rows of a sheet (sheetDataScanner.ts, sheetDataSplit.ts) against
 * the streaming reader's own parsers (ExcelJS's, over SAX), on sheet XML written every way XML
 * allows: spaces and quotes in tags, entities and character references, CDATA, comments,
 * processing instructions, carriage returns and control characters, prefixed and unknown
 * elements, repeated attributes, stray cells and second lists of rows. The scanner starts only
 * at `<sheetData>` written so: the same sheet with `<sheetData >` (the same XML to any parser) is
 * read by ExcelJS's parsers alone, and both must give the same grids or the same refusal. Each
 * is read through a streaming reader given the part's text in pieces of every size (a piece may
 * end anywhere, within a tag, a name or an entity), and through the command line's reader, whose
 * 64 KiB pieces are moved across the rows by padding.
 */
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const SHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STYLES = `<styleSheet ${MAIN}><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

function workbook(sheetXml: string, date1904: boolean): Uint8Array {
  const parts = new Map<string, string>([
    ["[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    [
      "_rels/.rels",
      `<Relationships ${RELS}><Relationship Id="rId1" Type="x" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<workbook ${MAIN} ${REL_NS}><workbookPr${date1904 ? ' date1904="1"' : ""}/><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships ${RELS}><Relationship Id="rId1" Type="${SHEET_TYPE}" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", STYLES],
    [
      "xl/sharedStrings.xml",
      `<sst ${MAIN} count="3"><si><t>共享</t></si><si><r><t>富</t></r><r><t>文本</t></r></si><si><t/></si></sst>`,
    ],
    ["xl/worksheets/sheet1.xml", sheetXml],
  ]);
  return zip(parts);
}

/** An inflater that hands the part on in pieces of the given sizes, over and over. */
const inPieces =
  (sizes: readonly number[]) =>
  (deflated: Uint8Array): Uint8Array[] => {
    const bytes = inflateRawSync(deflated);
    const pieces: Uint8Array[] = [];
    for (let at = 0, i = 0; at < bytes.length; i++) {
      const size = sizes[i % sizes.length] ?? 1;
      pieces.push(bytes.subarray(at, at + size));
      at += size;
    }
    return pieces;
  };

/** Mostly what writers write, now and then something odd: sheets read whole as often as refused or read in part. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>, oddWeight = 1): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: odd, weight: oddWeight });

const ws = mostly(fc.constantFrom("", "", "", " ", "\n", "\t", "  \n "), fc.constantFrom("\r\n", "\r"));
const attrSpace = mostly(fc.constantFrom(" ", " ", " ", "\n", "\t ", "  "), fc.constant("\r\n"));
const quoted = (value: string) => fc.constantFrom(`"${value}"`, `"${value}"`, `'${value}'`, ` = "${value}"`);

/** An attribute as some writer may put it; `=` and its value in any allowed form. */
function attribute(name: string, value: string): fc.Arbitrary<string> {
  return fc.tuple(attrSpace, quoted(value)).map(([space, q]) => `${space}${name}${q.startsWith(" =") ? q : `=${q}`}`);
}

const text = mostly(
  fc.constantFrom(
    "1",
    "0",
    "12.5",
    " 7 ",
    "-0",
    "44014",
    "2",
    "#N/A",
    "文本",
    "a&amp;b",
    "a&amp;lt;b",
    "&lt;&gt;&quot;&apos;",
    "x]]y",
    "a\nb",
    "",
    "😀",
  ),
  fc.constantFrom(
    "&#65;&#x4E00;",
    "&nbsp;",
    "x]]>y",
    "<![CDATA[5]]>",
    "1<!-- c -->2",
    "1<?pi x?>",
    "a\r\nb",
    "a\u0001b",
    "\uFFFE",
    "a&amp",
  ),
);

const child = mostly(
  fc.oneof(
    text.map((t) => `<v>${t}</v>`),
    text.map((t) => `<v xml:space="preserve">${t}</v>`),
    fc.constant("<v/>"),
    fc
      .tuple(
        text,
        fc.constantFrom(
          "",
          ' t="shared" ref="A1:A9" si="0"',
          ' t="shared" si="0"',
          ' t="array" ref="A1"',
          " si='1' t='shared'",
        ),
      )
      .map(([t, a]) => `<f${a}>${t}</f>`),
    fc.constantFrom('<f t="shared" si="0"/>', "<f/>", "<f></f>", "<t>直</t>"),
    text.map((t) => `<is><t>${t}</t></is>`),
    text.map((t) => `<is> <t xml:space="preserve">${t}</t> </is>`),
  ),
  fc.constantFrom(
    "<is><r><t>甲</t></r><r><t>乙</t></r></is>",
    "<is><t>甲</t><rPh><t>jia</t></rPh></is>",
    "<is/>",
    "<extLst/>",
    "<x:v>1</x:v>",
    " x ",
    "<v>1<x/></v>",
    "<!-- c -->",
  ),
);

const cell = fc
  .record({
    r: fc.oneof(
      { arbitrary: fc.constantFrom("A1", "B1", "C1", "AA1", "$B$1", "XFD1"), weight: 16 },
      { arbitrary: fc.constantFrom("A", "a1", "7", "", "XFE1"), weight: 1 },
      { arbitrary: fc.constant(null), weight: 2 },
    ),
    t: fc.constantFrom(null, null, null, null, "s", "str", "inlineStr", "b", "e", "n"),
    s: fc.constantFrom(null, null, null, "0", "1", ""),
    extra: mostly(
      fc.constantFrom("", "", "", ' cm="1"', ' x14:foo="1"'),
      fc.constantFrom(' r="B1"', ' s="1"', ' a="&amp;"', ' a="x\ty"', ' a="<"'),
    ),
    children: fc.array(child, { maxLength: 3 }),
    pad: ws,
    selfClosing: fc.boolean(),
  })
  .chain(({ r, t, s, extra, children, pad, selfClosing }) =>
    fc
      .tuple(
        r === null ? fc.constant("") : attribute("r", r),
        t === null ? fc.constant("") : attribute("t", t),
        s === null ? fc.constant("") : attribute("s", s),
      )
      .map(([ra, ta, sa]) => {
        const open = `<c${ra}${ta}${sa}${extra}${pad}`;
        return selfClosing && children.length === 0 ? `${open}/>` : `${open}>${children.join(pad)}</c${pad}>`;
      }),
  );

const row = fc
  .record({
    r: mostly(fc.constantFrom("1", "2", "3", "3", "7"), fc.constantFrom("0", "x", null)),
    attrs: fc.constantFrom(
      "",
      "",
      ' spans="1:3"',
      ' s="1" customFormat="1"',
      ' x14ac:dyDescent="0.25" ht="20"',
      ' s=""',
      " r='9'",
    ),
    cells: fc.array(cell, { maxLength: 4 }),
    pad: ws,
    name: mostly(fc.constant("row"), fc.constant("x:row")),
  })
  .map(({ r, attrs, cells, pad, name }) => {
    const open = `<${name}${r === null ? "" : ` r="${r}"`}${attrs}${pad}`;
    return cells.length === 0 && pad === "" ? `${open}/>` : `${open}>${cells.join(pad)}</${name}>`;
  });

const between = mostly(
  fc.constantFrom("", "", "", "\n", "  "),
  fc.constantFrom("<!-- between -->", "<?pi?>", '<c r="Z9"><v>5</v></c>', "x", "<![CDATA[ ]]>"),
);

const sheet = fc
  .record({
    rows: fc.array(fc.tuple(row, between), { maxLength: 6 }),
    head: mostly(
      fc.constantFrom("", "", '<dimension ref="A1:C3"/>', "\n"),
      fc.constantFrom("<!-- <sheetData> -->", "<?pi x?>"),
    ),
    close: fc.constantFrom("</sheetData>", "</sheetData>", "</sheetData >", "</sheetData\n>"),
    tail: mostly(
      fc.constantFrom("", "", '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'),
      fc.constantFrom(
        '<sheetData><row r="9"><c r="A9"><v>9</v></c></row></sheetData>',
        '<sheetData><c r="B2"><v>4</v></c></sheetData>',
        "<sheetData/>",
      ),
    ),
    open: mostly(fc.constant("<sheetData>"), fc.constantFrom("<sheetData >", "<x:sheetData>")),
    cut: mostly(fc.constant(false), fc.constant(true)),
  })
  .map(({ rows, head, close, tail, open, cut }) => {
    const body = rows.map(([r, b]) => r + b).join("");
    const closeOpen = open === "<x:sheetData>" ? "</x:sheetData>" : close;
    const xml = `<worksheet ${MAIN} ${REL_NS} xmlns:x="${MAIN.slice(7, -1)}">${head}${open}${body}${closeOpen}${tail}</worksheet>`;
    return cut ? xml.slice(0, Math.floor(xml.length * 0.8)) : xml;
  });

test("sheet XML of every form: read in pieces of any size as ExcelJS's own parsers read it, or refused alike", async () => {
  const Workbook = ExcelJS.Workbook;
  const seen = { read: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(
      sheet,
      fc.boolean(),
      fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
      async (xml, date1904, sizes) => {
        const part = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
        const pieces = { inflate: inPieces(sizes), Workbook };
        const read = (sheetXml: string) =>
          outcome(() => readWorkbookStreamingWith(pieces, workbook(sheetXml, date1904), "手写.xlsx"));
        const parsed = await read(part.replaceAll("<sheetData>", "<sheetData >"));
        expect(await read(part)).toEqual(parsed);
        seen["read" in parsed ? "read" : "refused"]++;
      },
    ),
    { numRuns: 600 },
  );
  expect(Math.min(seen.read, seen.refused)).toBeGreaterThan(60);
}, 240_000);

test("the command line's 64 KiB pieces end anywhere in the rows: the same grids", async () => {
  const rows = [
    `<row r="1" spans="1:4" s="1" customFormat="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><v>a&amp;lt;b</v></c>`,
    `<c r="C1" t="inlineStr"><is><t xml:space="preserve"> 张 三 </t></is></c><c r="D1" s="1"><v>44014</v></c></row>`,
    `<row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">ROW()</f><v>2</v></c><c r="B2" t="e"><f>NA()</f><v>#N/A</v></c></row>`,
    `<row r="3"><c r="A3"><f t="shared" si="0"/><v>3</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" s="1"/></row>`,
    `<row r="4"><c r="A4" t="inlineStr"><is><r><t>甲</t></r></is></c></row>`,
  ].join("\n");
  for (let pad = 65_536 - 700; pad <= 65_536; pad += 37) {
    const xml = `<worksheet ${MAIN}>${" ".repeat(pad)}<sheetData>${rows}</sheetData></worksheet>`;
    const document = await outcome(() => readWorkbookBuffer(workbook(xml, false), "手写.xlsx"));
    expect("read" in document).toBe(true);
    expect(await outcome(() => readWorkbookStreaming(workbook(xml, false), "手写.xlsx"))).toEqual(document);
  }
}, 120_000);

test("a row longer than the scanner rescans as its chunks come is read by ExcelJS's parsers: the same grids", async () => {
  const long = "长".repeat(1_200_000);
  const rows = `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>${long}</t></is></c><c r="B2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>`;
  const bytes = workbook(`<worksheet ${MAIN}><sheetData>${rows}</sheetData></worksheet>`, false);
  const document = await outcome(() => readWorkbookBuffer(bytes, "手写.xlsx"));
  expect("read" in document && document.read.grids[0]?.values).toEqual([
    [1, null],
    [long, 2],
    [3, null],
  ]);
  expect(await outcome(() => readWorkbookStreaming(bytes, "手写.xlsx"))).toEqual(document);
}, 60_000);
