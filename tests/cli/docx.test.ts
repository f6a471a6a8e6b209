import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { BALLOTS, ROSTER, runCli, tempDir } from "./runCli";

// `--docx DIR` (CONTRACT.md §2): one 专题考察报告 per special-report subject and the 考核情况报告.

test("--docx writes the drafts into the folder, making it, and the summary counts them without names", async () => {
  const dir = tempDir();
  const drafts = join(dir, "草稿", "2020");
  const run = runCli(["review", "--roster", ROSTER, ...BALLOTS, "--out", join(dir, "r.xlsx"), "--docx", drafts]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(readdirSync(drafts).sort()).toEqual(
    ["专题考察报告-李娜.docx", "专题考察报告-陈东.docx", "考核情况报告.docx"].sort(),
  );
  expect(run.stdout).toContain(`Word 草稿：3 个（专题考察报告 2 个，考核情况报告 1 个），已写入：${drafts}`);
  expect(run.stdout).not.toMatch(/李娜|陈东/);
  const zip = await JSZip.loadAsync(readFileSync(join(drafts, "专题考察报告-陈东.docx")));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(xml).toContain("关于陈东同志2020年度考核的专题考察报告");
  expect(xml).toContain("12/35（34.29%）");
});

test("without --docx no draft is written", () => {
  const dir = tempDir();
  const run = runCli(["review", "--roster", ROSTER, ...BALLOTS, "--out", join(dir, "r.xlsx")]);
  expect(run.status).toBe(0);
  expect(readdirSync(dir)).toEqual(["r.xlsx"]);
  expect(run.stdout).not.toContain("Word 草稿");
});

test("--docx naming a file stops the run before any work, with one Chinese line", () => {
  const dir = tempDir();
  const file = join(dir, "not-a-folder");
  writeFileSync(file, "x");
  const run = runCli(["review", "--roster", ROSTER, ...BALLOTS, "--out", join(dir, "r.xlsx"), "--docx", file]);
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe(`无法写入文件：${file}（这不是文件夹）`);
  expect(readdirSync(dir)).toEqual(["not-a-folder"]);
});
