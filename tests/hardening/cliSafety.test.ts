import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { writeFileAtomically } from "../../src/cli/outputFile";
import { filesIn, review, tempDir } from "./support/cliRun";
import { ROSTER_SAMPLE } from "./support/sampleGrids";
import { partText, withParts } from "./support/zipFile";

/**
 * The command line never leaves damage behind: what it cannot do safely it refuses before
 * writing, with exit 2 and one Chinese line; what it writes appears whole or not at all.
 */
function oneChineseLine(err: string[]): string {
  expect(err).toHaveLength(1);
  expect(err[0]).toMatch(/[\u4e00-\u9fff]/);
  return err[0] ?? "";
}

async function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(ROSTER_SAMPLE);
  return workbook;
}

async function reviewedSample(dir: string): Promise<string> {
  const path = join(dir, "已审阅.xlsx");
  expect((await review({ roster: ROSTER_SAMPLE, out: path })).status).toBe(0);
  return path;
}

test("a sheet of the user's named like a Kaohe sheet is kept: Kaohe writes its own under a name that does not clash", async () => {
  const dir = tempDir();
  const workbook = await sampleWorkbook();
  workbook.addWorksheet("考核对象").getCell("A1").value = "我自己的笔记";
  const roster = join(dir, "名册.xlsx");
  await workbook.xlsx.writeFile(roster);
  const result = await review({ roster, out: join(dir, "out.xlsx") });
  expect(result.status).toBe(0);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(join(dir, "out.xlsx"));
  expect(out.getWorksheet("考核对象")?.getCell("A1").value).toBe("我自己的笔记");
  expect(out.getWorksheet("考核对象（考核助手）")).toBeDefined();
});

test("a protected Kaohe sheet of an earlier run stops the run, as in Excel", async () => {
  const dir = tempDir();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await reviewedSample(dir));
  await workbook.getWorksheet("考核对象")?.protect("", {});
  const roster = join(dir, "已保护.xlsx");
  await workbook.xlsx.writeFile(roster);
  const result = await review({ roster, out: join(dir, "out.xlsx") });
  expect(result.status).toBe(2);
  expect(oneChineseLine(result.err)).toContain("受保护");
  expect(existsSync(join(dir, "out.xlsx"))).toBe(false);
});

test("a roster whose workbook structure is protected is refused: no sheet could be added in Excel either", async () => {
  const dir = tempDir();
  const locked = withParts(new Uint8Array(readFileSync(ROSTER_SAMPLE)), (parts) => {
    const xml = partText(parts, "xl/workbook.xml").replace(
      "<sheets>",
      '<workbookProtection lockStructure="1"/><sheets>',
    );
    parts.set("xl/workbook.xml", Buffer.from(xml));
  });
  const roster = join(dir, "结构保护.xlsx");
  await writeFile(roster, locked);
  const result = await review({ roster, out: join(dir, "out.xlsx") });
  expect(result.status).toBe(2);
  expect(oneChineseLine(result.err)).toContain("工作簿结构受保护");
  expect(filesIn(dir)).toEqual(["结构保护.xlsx"]);
});

test.each([
  ["--out is a folder", (dir: string) => mkdirSync(join(dir, "out.xlsx")), "out.xlsx", "这是一个文件夹"],
  [
    "--out is a read-only file",
    (dir: string) => {
      writeFileSync(join(dir, "out.xlsx"), "旧的审核结果");
      chmodSync(join(dir, "out.xlsx"), 0o444);
    },
    "out.xlsx",
    "文件为只读",
  ],
  [
    "--out is under a file",
    (dir: string) => writeFileSync(join(dir, "out.xlsx"), "旧的审核结果"),
    "out.xlsx/r.xlsx",
    "不是文件夹",
  ],
])("%s: exit 2, one Chinese line, nothing changed", async (_what, prepare, out, reason) => {
  const dir = tempDir();
  prepare(dir);
  const before = filesIn(dir);
  const result = await review({ roster: ROSTER_SAMPLE, out: join(dir, out) });
  expect(result.status).toBe(2);
  expect(oneChineseLine(result.err)).toContain(reason);
  expect(filesIn(dir)).toEqual(before);
  if (statSync(join(dir, "out.xlsx")).isFile())
    expect(readFileSync(join(dir, "out.xlsx"), "utf8")).toBe("旧的审核结果");
});

test("a folder that cannot be written to: exit 2 and one Chinese line", async () => {
  // Administrators may write anywhere a mode bit forbids, but not into /sys.
  const root = process.getuid?.() === 0;
  const dir = root ? "/sys" : tempDir();
  if (!root) chmodSync(dir, 0o555);
  const result = await review({ roster: ROSTER_SAMPLE, out: join(dir, "kaohe-out.xlsx") });
  expect(result.status).toBe(2);
  expect(oneChineseLine(result.err)).toMatch(/无法写入文件.*（没有写入权限）/);
  expect(existsSync(join(dir, "kaohe-out.xlsx"))).toBe(false);
});

test("the output may not replace an input, nor the report the workbook", async () => {
  const dir = tempDir();
  const roster = join(dir, "名册.xlsx");
  writeFileSync(roster, readFileSync(ROSTER_SAMPLE));
  const sameAsRoster = await review({ roster, out: roster });
  expect(sameAsRoster.status).toBe(2);
  expect(oneChineseLine(sameAsRoster.err)).toContain("不能与输入文件相同");
  expect(readFileSync(roster).equals(readFileSync(ROSTER_SAMPLE))).toBe(true);
  const out = join(dir, "out.xlsx");
  const jsonOverOut = await review({ roster, out, json: out });
  expect(jsonOverOut.status).toBe(2);
  expect(filesIn(dir)).toEqual(["名册.xlsx"]);
});

test("a writer that fails halfway leaves the previous output as it was and no temporary file", async () => {
  const dir = tempDir();
  const out = await reviewedSample(dir);
  const previous = readFileSync(out);
  const spy = jest.spyOn(RosterPackage.prototype, "writePieces").mockRejectedValue(new Error("stopped halfway"));
  try {
    await expect(review({ roster: ROSTER_SAMPLE, out })).rejects.toThrow("stopped halfway");
  } finally {
    spy.mockRestore();
  }
  expect(readFileSync(out).equals(previous)).toBe(true);
  expect(filesIn(dir)).toEqual(["已审阅.xlsx"]);
  expect((await review({ roster: ROSTER_SAMPLE, out })).status).toBe(0);
});

test("a write that fails halfway leaves the old file whole and no temporary file beside it", async () => {
  const dir = tempDir();
  const target = join(dir, "审核.xlsx");
  writeFileSync(target, "完整的旧文件");
  const failing = writeFileAtomically(target, async (temporary) => {
    await writeFile(temporary, "写了一半");
    throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
  });
  await expect(failing).rejects.toThrow("无法写入文件");
  await expect(failing).rejects.toThrow("磁盘空间不足");
  expect(readFileSync(target, "utf8")).toBe("完整的旧文件");
  expect(filesIn(dir)).toEqual(["审核.xlsx"]);
});
