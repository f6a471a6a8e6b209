import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { buildDrafts } from "../../src/core/drafts/buildDrafts";
import type { DraftDocument } from "../../src/core/drafts/draftDocument";
import { draftToBytes } from "../../src/hosts/docx/renderDraft";
import { decodeXml } from "../xlsx/sheetXmlReader";
import { reviewSamples } from "../plan/samples";

// The .docx the docx host writes: a valid package whose document holds the draft's words and
// numbers, in the official layout (A4 portrait, 二号 title, 三号 仿宋 body, page numbers).

let drafts: DraftDocument[];
const packages = new Map<string, JSZip>();

async function pkg(fileName: string): Promise<JSZip> {
  const cached = packages.get(fileName);
  if (cached !== undefined) return cached;
  const draft = drafts.find((d) => d.fileName === fileName);
  if (draft === undefined) throw new Error(`no draft ${fileName}`);
  const zip = await JSZip.loadAsync(await draftToBytes(draft));
  packages.set(fileName, zip);
  return zip;
}

async function part(fileName: string, path: string): Promise<string> {
  const file = (await pkg(fileName)).file(path);
  if (file === null) throw new Error(`${fileName} has no ${path}`);
  return file.async("string");
}

/** The document's text, paragraph by paragraph (a table cell is a paragraph). */
function paragraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1] ?? "")).join(""),
  );
}

beforeAll(async () => {
  drafts = buildDrafts(await reviewSamples(), "2021-01-05");
});

test("each draft is a WordprocessingML package whose every XML part is well-formed", async () => {
  for (const draft of drafts) {
    const zip = await pkg(draft.fileName);
    const types = await part(draft.fileName, "[Content_Types].xml");
    expect(types).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"',
    );
    expect(await part(draft.fileName, "_rels/.rels")).toContain('Target="word/document.xml"');
    const names = Object.keys(zip.files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    expect(names).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "word/fontTable.xml"]));
    for (const name of names) {
      const xml = await part(draft.fileName, name);
      expect(() => execFileSync("xmllint", ["--noout", "--nonet", "-"], { input: xml, stdio: "pipe" })).not.toThrow();
    }
  }
});

test("李娜's document.xml holds her name, the ballot table's numbers and the section headings", async () => {
  const xml = await part("专题考察报告-李娜.docx", "word/document.xml");
  const text = paragraphs(xml);
  expect(text[0]).toBe("关于李娜同志2020年度考核的专题考察报告");
  const row = (label: string) => {
    const at = text.indexOf(label);
    return text.slice(at, at + 10);
  };
  expect(row("班子成员")).toEqual(["班子成员", "8", "8", "8", "0", "2", "2", "4", "0", "4/8（50.00%）"]);
  expect(row("合计")).toEqual(["合计", "48", "46", "46", "2", "16", "11", "17", "0", "17/46（36.96%）"]);
  for (const heading of [
    "一、基本情况",
    "二、民主测评情况",
    "四、考察组成员",
    "五、考察方式",
    "六、个别谈话情况",
    "七、实地考察情况",
    "八、综合分析",
    "九、考察组意见",
  ]) {
    expect(text).toContain(heading);
  }
  expect(text).toContain("对民主测评中“不称职”票超过三分之一的考核对象，写出专题考察报告。");
  expect(text).toContain("——华龙组〔2021〕8号 三.五");
  expect(text.join("")).toContain("3×17＝51＞46");
  expect(text).not.toContain("陈东");
});

test("the layout is the official one: A4 portrait, margins, title and body fonts, repeated table headers", async () => {
  const xml = await part("专题考察报告-李娜.docx", "word/document.xml");
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  const titleRun = /<w:r><w:rPr>([\s\S]*?)<\/w:rPr><w:t[^>]*>关于李娜同志/.exec(xml)?.[1] ?? "";
  expect(titleRun).toContain('w:eastAsia="方正小标宋简体"');
  expect(titleRun).toContain('<w:sz w:val="44"/>');
  const bodyRun = /<w:r><w:rPr>([\s\S]*?)<\/w:rPr><w:t[^>]*>李娜同志在2020年度/.exec(xml)?.[1] ?? "";
  expect(bodyRun).toContain('w:eastAsia="仿宋_GB2312"');
  expect(bodyRun).toContain('<w:sz w:val="32"/>');
  expect(xml).toMatch(/<w:spacing [^>]*w:line="578" w:lineRule="exact"\/>/);
  expect(xml).toContain("<w:tblHeader/>");
  expect(xml).toContain("<w:cantSplit/>");
});

test("every page is numbered in the footer, and the font table names alternates", async () => {
  const footerName = Object.keys((await pkg("考核情况报告.docx")).files).find((n) => /^word\/footer\d+\.xml$/.test(n));
  const footer = await part("考核情况报告.docx", footerName ?? "word/footer1.xml");
  expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
  const fonts = await part("考核情况报告.docx", "word/fontTable.xml");
  expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
  expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
});

test("the 考核情况报告's document holds the unit quotas and the special-report subjects", async () => {
  const text = paragraphs(await part("考核情况报告.docx", "word/document.xml"));
  const at = text.indexOf(
    "胜利路街道",
    text.findIndex((t) => t.includes("领导干部优秀名额")),
  );
  expect(text.slice(at, at + 7)).toEqual(["胜利路街道", "5", "2", "2/5（40.00%）", "1.00", "1", "1"]);
  expect(text).toContain("17/46（36.96%）");
  expect(text).toContain("12/35（34.29%）");
});
