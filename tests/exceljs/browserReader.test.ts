import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookGrids } from "../../src/hosts/exceljs/readWorkbook";
import { browserStreamPieces, readWorkbookInBrowser } from "../../src/hosts/exceljs/streamWorkbookBrowser";
import { readWorkbookStreaming } from "../../src/hosts/exceljs/streamWorkbookNode";
import { districtShape } from "../../bench/district/shape";
import { writeDistrict } from "../../bench/district/writeDistrict";
import { BOMB_CASES } from "../hardening/support/bombCases";
import { bombedRoster, bombEntry } from "../hardening/support/zipBomb";

/**
 * The preview's .xlsx reader against the command line's, directly: the same grids (values,
 * merges, dates, the date system), notKept and structureLocked, or the same refusal in the same
 * words. browserReaderSuites.test.ts runs every suite of the command line's reader with the
 * browser's pieces; this file adds what is the browser's own: fflate unpacking a part in bounded
 * steps, and bombs behind a directory that understates them.
 */
type Outcome = { read: WorkbookGrids } | { error: string; message: string; messageEn: unknown };

async function outcome(read: () => Promise<WorkbookGrids>): Promise<Outcome> {
  try {
    return { read: await read() };
  } catch (error) {
    const { name, message } = error as Error;
    return { error: name, message, messageEn: (error as { messageEn?: unknown }).messageEn };
  }
}

async function expectSameAsCli(bytes: Uint8Array, file: string): Promise<Outcome> {
  const cli = await outcome(() => readWorkbookStreaming(bytes, file));
  expect(await outcome(() => readWorkbookInBrowser(bytes, file))).toEqual(cli);
  return cli;
}

const ROOT = join(__dirname, "..", "..");

test("the samples and a generated district read to the command line's grids", async () => {
  const samples = readdirSync(join(ROOT, "samples")).filter((name) => name.endsWith(".xlsx"));
  expect(samples.length).toBeGreaterThanOrEqual(4);
  for (const name of samples) {
    const read = await expectSameAsCli(new Uint8Array(readFileSync(join(ROOT, "samples", name))), name);
    expect("read" in read && read.read.grids.length).toBeGreaterThan(0);
  }
  const dir = mkdtempSync(join(tmpdir(), "kaohe-browser-reader-"));
  try {
    const files = await writeDistrict(dir, districtShape(500));
    for (const path of [files.roster, files.ballots]) {
      const read = await expectSameAsCli(new Uint8Array(readFileSync(path)), "区.xlsx");
      // A title row merged across the header, and hundreds of rows under it.
      expect("read" in read && read.read.grids[0]?.merges.length).toBe(1);
      expect("read" in read && read.read.grids[0]?.values.length).toBeGreaterThan(500);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test("fflate unpacks a part in bounded steps and stops when the reader stops", () => {
  // 1 GiB of spaces from about a megabyte of deflate: never unpacked whole.
  const bomb = bombEntry({ name: "x.xml", head: "<a>", unit: " ", times: 1 << 30, tail: "</a>" });
  let largest = 0;
  let unpacked = 0;
  for (const chunk of browserStreamPieces.inflate(bomb.data) as Iterable<Uint8Array>) {
    largest = Math.max(largest, chunk.length);
    unpacked += chunk.length;
    if (unpacked > 64 << 20) break;
  }
  // Deflate unpacks at most 1,032 bytes per byte: a 16 KB step gives at most about 16.5 MB.
  expect(largest).toBeGreaterThan(0);
  expect(largest).toBeLessThanOrEqual(16 * 1024 * 1032);
  expect(unpacked).toBeLessThan(128 << 20);
});

test("damaged deflate data is refused as the command line refuses it", async () => {
  const bytes = new Uint8Array(readFileSync(join(ROOT, "samples", "roster-sample.xlsx")));
  const refusals: Outcome[] = [];
  for (const at of [0.3, 0.5, 0.7]) {
    const damaged = bytes.slice();
    damaged.fill(0xff, Math.floor(at * bytes.length), Math.floor(at * bytes.length) + 40);
    refusals.push(await expectSameAsCli(damaged, "名册.xlsx"));
  }
  expect(refusals.some((r) => "error" in r)).toBe(true);
});

test.each(BOMB_CASES.map((c) => [c.label, c] as const))(
  "%s behind a directory that understates it: refused in the command line's words",
  async (_label, bombCase) => {
    const bytes = await bombedRoster(bombCase.bomb(), (entry) => ({ ...entry, size: 1000 }));
    const read = await expectSameAsCli(bytes, "名册.xlsx");
    expect("error" in read && read.message).toContain(bombCase.part);
  },
  60_000,
);
