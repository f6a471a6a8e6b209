// Slow: unpacks decompression bombs up to each part's limit, in child processes that start the command line.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import JSZip from "jszip";
import { CLI_MAIN, ensureCliBuilt } from "../../scripts/buildCli";
import { OTHER_FORMAT_BYTES, PACKAGE_LIMITS } from "../../src/core/limits";
import { PackageLimitError } from "../../src/hosts/exceljs/partCounter";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { WorkbookTooLargeError } from "../../src/hosts/exceljs/readWorkbookErrors";
import { readWorkbookInBrowser } from "../../src/hosts/exceljs/streamWorkbookBrowser";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { readOtherWorkbookChecked } from "../../src/hosts/sheetjs/readOtherWorkbook";
import { InputPackage } from "../../src/hosts/xlsx/inputPackage";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { ZipWriter } from "../../src/hosts/xlsx/zipWriter";
import { readUpload } from "../../src/preview/readUpload";
import { BOMB_CASES } from "./support/bombCases";
import { tempDir } from "./support/cliRun";
import { asZip64, bombEntry, bombedRoster, sampleSplit, type BombPart } from "./support/zipBomb";

/**
 * Issue 16's oversized parts: every part of a package has limits (PACKAGE_LIMITS), checked while
 * it is unpacked, so a small file that unpacks to gigabytes, or to millions of tiny elements, is
 * refused at once with one Chinese line naming the file and the part (exit 2), by the command
 * line, the preview's upload and the package writer alike. Before: a stack trace after 46 s
 * (1 GiB workbook.xml), 4 GB and more than 150 s (450 MB of spaces), 1.3 GB and a stack trace
 * ([Content_Types].xml), 20 M fonts and 60 M shared strings past 150 s. Bombs are made here, at
 * test time: a megabyte of deflate copied over, never a large file in the repository.
 */
const ROOT = join(__dirname, "..", "..");
/** Generous for a loaded two-core machine: a refusal unpacks at most a limit's worth of one part. */
const MEMORY_BOUND_MB = 600;
const CPU_BOUND_MS = 15_000;
const REFUSAL =
  /^名册\.xlsx中的\S+部件 (\S+) (?:解压后超过 [\d,.]+ [MG]B|含有超过 [\d,]+ 个\S+)，超出考核助手的上限。文件可能已损坏，或是被刻意构造的“压缩炸弹”。请在 Excel 或 WPS 中打开并另存为新文件后再试。$/;

interface Refusal {
  label: string;
  understated: boolean;
  status: number;
  err: string[];
  cpuMs: number;
}

test("the command line refuses a 1 GiB workbook.xml at once: exit 2, one Chinese line naming the part", async () => {
  const dir = tempDir();
  const roster = join(dir, "名册.xlsx");
  const bomb = BOMB_CASES[0];
  if (bomb === undefined) throw new Error("no case");
  writeFileSync(roster, await bombedRoster(bomb.bomb()));
  // The compiled command line a clerk runs (dist-cli/, built when the sources changed), not tsx: tsx's start-up
  // compiled the sources again, 1.6 s of CPU.
  ensureCliBuilt();
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "%M", process.execPath, CLI_MAIN, "review", "--roster", roster, "--out", join(dir, "审核.xlsx")],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(run.status).toBe(2);
  const lines = run.stderr
    .trim()
    .split("\n")
    .filter((line) => !line.startsWith("Command exited"));
  const maxRssKb = Number(lines.pop());
  expect(lines).toEqual([
    "名册.xlsx中的工作簿部件 xl/workbook.xml 解压后超过 32 MB，超出考核助手的上限。文件可能已损坏，或是被刻意构造的“压缩炸弹”。请在 Excel 或 WPS 中打开并另存为新文件后再试。",
  ]);
  expect(maxRssKb / 1024).toBeLessThan(MEMORY_BOUND_MB);
}, 120_000);

test("every bomb of issue 16 is refused naming its part, also when the zip's directory understates its size", () => {
  const run = spawnSync(
    join(ROOT, "node_modules", ".bin", "tsx"),
    [join(__dirname, "support", "refuseBombs.ts"), tempDir()],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${MEMORY_BOUND_MB}` } },
  );
  expect(run.stderr).toBe("");
  const lines = run.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as unknown);
  const { maxRssMb } = lines.pop() as { maxRssMb: number };
  const refusals = lines as Refusal[];
  expect(refusals).toHaveLength(2 * BOMB_CASES.length);
  for (const refusal of refusals) {
    const expected = BOMB_CASES.find((c) => c.label === refusal.label);
    expect({ label: refusal.label, status: refusal.status, lines: refusal.err.length }).toEqual({
      label: expected?.label,
      status: 2,
      lines: 1,
    });
    const message = REFUSAL.exec(refusal.err[0] ?? "");
    expect(message?.[1]).toBe(expected?.part);
    expect(refusal.cpuMs).toBeLessThan(CPU_BOUND_MS);
  }
  // Understated, the styles and the shared strings are refused by what they hold, not by their bytes.
  expect(
    refusals.filter((r) => r.understated).map((r) => /含有超过 [\d,]+ 个(\S+?)，/.exec(r.err[0] ?? "")?.[1]),
  ).toEqual([undefined, undefined, undefined, undefined, "字体", "共享字符串"]);
  expect(maxRssMb).toBeLessThan(MEMORY_BOUND_MB);
}, 180_000);

/** A part of the sample with `times` copies of `unit` inserted before `marker`: within its bytes, beyond a count. */
async function rosterWith(name: string, marker: string, unit: string, times: number): Promise<Uint8Array> {
  const { head, tail } = sampleSplit(name, marker);
  return bombedRoster({ name, head, unit, times, tail });
}

async function refusal(bytes: Uint8Array): Promise<{ zh: string; en: string }> {
  const error: unknown = await readWorkbookStreaming(bytes, "名册.xlsx").then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookTooLargeError)) throw new Error(`not refused: ${String(error)}`);
  return { zh: error.message, en: error.messageEn };
}

test.each([
  ["font", "xl/styles.xml", "</fonts>", "<font/>", "字体", "fonts"],
  ["xf", "xl/styles.xml", "</cellXfs>", '<xf numFmtId="0"/>', "单元格格式", "cell formats"],
  ["si", "xl/sharedStrings.xml", "</sst>", "<si><t>a</t></si>", "共享字符串", "shared strings"],
  ["sheet", "xl/workbook.xml", "</sheets>", '<sheet name="x" sheetId="1"/>', "工作表", "sheets"],
  [
    "Relationship",
    "xl/_rels/workbook.xml.rels",
    "</Relationships>",
    '<Relationship Id="r" Type="t" Target="t"/>',
    "关系",
    "relationships",
  ],
])(
  "one <%s> more than its limit in %s is refused by the count, naming the part",
  async (element, part, marker, unit, zh, en) => {
    const kind = Object.values(PACKAGE_LIMITS.kinds).find((k) => "counted" in k && element in (k.counted ?? {}));
    const limit = (kind && "counted" in kind ? (kind.counted as Record<string, number>)[element] : undefined) ?? 0;
    const bytes = await rosterWith(part, marker, unit, limit + 1);
    const message = await refusal(bytes);
    expect(message.zh).toContain(`名册.xlsx中的`);
    expect(message.zh).toContain(` ${part} 含有超过 ${limit.toLocaleString("en-US")} 个${zh}，超出考核助手的上限。`);
    expect(message.en).toContain(
      `${part} holds more than ${limit.toLocaleString("en-US")} ${en}, beyond Kaohe's limit.`,
    );
  },
  60_000,
);

test("a sheet of millions of empty elements is refused by its element count, not read", async () => {
  const { head, tail } = sampleSplit("xl/worksheets/sheet1.xml", "</sheetData>");
  const limit = PACKAGE_LIMITS.kinds.worksheet.elements;
  const bytes = await bombedRoster({ name: "xl/worksheets/sheet1.xml", head, unit: "<x/>", times: limit + 1, tail });
  expect((await refusal(bytes)).zh).toContain(
    `工作表部件 xl/worksheets/sheet1.xml 含有超过 ${limit.toLocaleString("en-US")} 个XML 元素`,
  );
}, 60_000);

test("the preview's upload refuses a bomb with the Chinese line and its English, not the raw error", async () => {
  const content = BOMB_CASES.find((c) => c.part === "[Content_Types].xml");
  if (content === undefined) throw new Error("no case");
  const error: unknown = await readUpload(await bombedRoster(content.bomb()), "名册.xlsx", true).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookTooLargeError);
  expect((error as Error).message).toMatch(/^名册\.xlsx中的内容类型部件 \[Content_Types\]\.xml 解压后超过 16 MB/);
  expect((error as WorkbookTooLargeError).messageEn).toMatch(
    /^In 名册\.xlsx, the content types part \[Content_Types\]\.xml unpacks to more than 16 MB/,
  );
  // The same through the preview's reader (fflate's steps), and its bytes of a lying directory.
  const lying = await bombedRoster(content.bomb(), (entry) => ({ ...entry, size: 1000 }));
  await expect(readWorkbookInBrowser(lying, "名册.xlsx")).rejects.toThrow(
    /内容类型部件 \[Content_Types\]\.xml 解压后超过 16 MB/,
  );
}, 60_000);

test("a bomb behind a ZIP64 directory (which JSZip reads and the scan's reader does not) is refused, not loaded", async () => {
  const content = BOMB_CASES.find((c) => c.part === "[Content_Types].xml");
  if (content === undefined) throw new Error("no case");
  const wrapped = asZip64(await bombedRoster(content.bomb()));
  expect(Object.keys((await JSZip.loadAsync(wrapped)).files)).toContain("[Content_Types].xml");
  for (const read of [readWorkbookBuffer, readWorkbookStreaming]) {
    await expect(read(wrapped, "名册.xlsx")).rejects.toThrow(
      /^名册\.xlsx的压缩目录无法完整读取（ZIP64 格式，或目录与内容不符），考核助手无法检查其中每个部件的大小。/,
    );
  }
}, 60_000);

test("the package writer's input stops unpacking a part at its limit (a lying directory cannot get past it)", async () => {
  const rels = BOMB_CASES.find((c) => c.part === "_rels/.rels");
  if (rels === undefined) throw new Error("no case");
  const bytes = await bombedRoster(rels.bomb(), (entry) => ({ ...entry, size: 500 }));
  const started = process.cpuUsage();
  expect(() => new InputPackage(bytes, nodeZipCodec).text("_rels/.rels")).toThrow(PackageLimitError);
  expect(() => new RosterPackage(bytes, nodeZipCodec)).toThrow(PackageLimitError);
  const cpu = process.cpuUsage(started);
  expect((cpu.user + cpu.system) / 1000).toBeLessThan(CPU_BOUND_MS);
}, 60_000);

function storedEntry(name: string, text: string): Parameters<ZipWriter["copy"]>[0] {
  const data = Buffer.from(text, "utf8");
  return { name, method: 0, crc: crc32(data), compressedSize: data.length, size: data.length, data };
}

test("an .ods whose content.xml unpacks to gigabytes is refused before SheetJS unpacks it", async () => {
  const zip = new ZipWriter(nodeZipCodec);
  zip.copy(storedEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
  const bomb: BombPart = {
    name: "content.xml",
    head: '<?xml version="1.0"?><office:document-content><office:body><office:spreadsheet>',
    unit: " ",
    times: 300 * 1024 * 1024,
    tail: "</office:spreadsheet></office:body></office:document-content>",
  };
  zip.copy({ ...bombEntry(bomb), size: 2000 });
  const error: unknown = await readOtherWorkbookChecked(zip.finish(), "名册.ods", "ods").then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookTooLargeError);
  expect((error as Error).message).toMatch(
    /^名册\.ods中的内容部件 content\.xml 解压后超过 256 MB，超出考核助手的上限。/,
  );
}, 60_000);

test("SheetJS's formats are refused by their size before it parses them, and a web page by its cells", async () => {
  const oversized = (format: "xls" | "csv", head: Uint8Array) => {
    const bytes = new Uint8Array(OTHER_FORMAT_BYTES[format] + 1);
    bytes.set(head);
    return bytes;
  };
  const xls = oversized("xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await expect(readOtherWorkbookChecked(xls, "名册.xls", "xls")).rejects.toThrow(
    /^名册\.xls有 32 MB，超过考核助手对\.xls文件的上限 32 MB。请在 Excel 或 WPS 中另存为 \.xlsx 后再试/,
  );
  const csv = oversized("csv", Buffer.from("姓名,单位\n"));
  csv.fill(0x41, 20);
  await expect(readOtherWorkbookChecked(csv, "名册.csv", "csv")).rejects.toThrow(
    /^名册\.csv有 64 MB，超过考核助手对\.csv文件的上限/,
  );
  const page = `<table>${"<tr><td>1</td></tr>".repeat(3_000_001)}</table>`;
  await expect(readOtherWorkbookChecked(Buffer.from(page), "名册.xls", "markup")).rejects.toThrow(
    /^名册\.xls共有 3,000,001 个单元格，超出上限/,
  );
}, 60_000);
