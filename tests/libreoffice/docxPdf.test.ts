// Slow: LibreOffice Writer (the run's one LibreOffice, office.ts) prints the samples' Word drafts to PDF.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDrafts } from "../../src/core/drafts/buildDrafts";
import { draftToBytes } from "../../src/hosts/docx/renderDraft";
import { reviewSamples } from "../plan/samples";
import { convertToPdf } from "./libreOffice";

/**
 * LibreOffice Writer opens the Word drafts of the samples and prints them to PDF: A4 pages
 * numbered at the foot, with the subject's name, the ballot numbers and the blank sections in
 * the text it lays out. This test fails, never skips, when LibreOffice Writer is missing.
 */
const dir = mkdtempSync(join(tmpdir(), "kaohe-docx-pdf-"));
let pdfs: Map<string, string>;

/** The PDF's text without the spaces and line breaks layout puts between words. */
function pdfText(pdf: string): string {
  return execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

/** The PDF's lines as laid out, each with its runs of spaces made one: a table row is a line. */
function pdfLines(pdf: string): string[] {
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().replace(/\s+/g, " "));
}

function pdfInfo(pdf: string): { pages: number; size: string } {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? "",
  };
}

beforeAll(async () => {
  const drafts = buildDrafts(await reviewSamples(), "2021-01-05");
  const files: string[] = [];
  for (const draft of drafts) {
    const file = join(dir, draft.fileName);
    writeFileSync(file, await draftToBytes(draft));
    files.push(file);
  }
  const converted = convertToPdf(files);
  pdfs = new Map(drafts.map((d, i) => [d.fileName, converted[i] ?? ""]));
}, 180000);

test("every draft converts to an A4 PDF of a few pages", () => {
  expect([...pdfs.keys()]).toEqual(["专题考察报告-李娜.docx", "专题考察报告-陈东.docx", "考核情况报告.docx"]);
  for (const pdf of pdfs.values()) {
    const info = pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(info.pages).toBeLessThanOrEqual(8);
    // A4 is 595 × 842 points.
    expect(info.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  }
});

test("李娜's PDF shows her name, the ballot numbers, the rule and the inspection team's sections", () => {
  const pdf = pdfs.get("专题考察报告-李娜.docx") ?? "";
  const text = pdfText(pdf);
  expect(text).toContain("关于李娜同志2020年度考核的专题考察报告");
  expect(pdfLines(pdf)).toEqual(
    expect.arrayContaining([
      "班子成员 8 8 8 0 2 2 4 0 4/8（50.00%）",
      "干部职工代表 40 38 38 2 14 9 13 0 13/38（34.21%）",
      "合计 48 46 46 2 16 11 17 0 17/46（36.96%）",
    ]),
  );
  expect(text).toContain("17/46（36.96%）");
  expect(text).toContain("3×17＝51＞46");
  for (const heading of [
    "四、考察组成员",
    "五、考察方式",
    "六、个别谈话情况",
    "七、实地考察情况",
    "八、综合分析",
    "九、考察组意见",
  ]) {
    expect(text).toContain(heading);
  }
  expect(text).toContain("—1—");
});

test("陈东's PDF and the 考核情况报告's hold their own numbers", () => {
  expect(pdfText(pdfs.get("专题考察报告-陈东.docx") ?? "")).toContain("12/35（34.29%）");
  const lines = pdfLines(pdfs.get("考核情况报告.docx") ?? "");
  expect(lines).toContain("胜利路街道 5 2 2/5（40.00%） 1.00 1 1");
  expect(lines.some((l) => l.startsWith("李娜 胜利路街道 副主任") && l.includes("17/46（36.96%）"))).toBe(true);
  expect(lines.some((l) => l.startsWith("陈东 区人社局 副局长") && l.includes("12/35（34.29%）"))).toBe(true);
});
