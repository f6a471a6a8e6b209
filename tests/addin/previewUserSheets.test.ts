import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { RENAMED_SUFFIX } from "../../src/core/plan/rosterSheets";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { createPreviewHost } from "../../src/preview/previewHost";
import { PreviewStore, type UploadedFile } from "../../src/preview/previewStore";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "../plan/samples";
import { paneRun, reviewOutcome } from "./support/paneRun";

/**
 * The preview with a roster workbook holding a sheet of the user's under one of Kaohe's names,
 * left unread (跳过) in the pane: Kaohe's sheet is written beside it as the command line writes
 * it, the user's parts byte for byte; the reviewed workbook uploaded again is re-run in place.
 */
async function upload(data: Uint8Array, name: string, slot: UploadedFile["slot"]): Promise<UploadedFile> {
  const grids = await readWorkbookBuffer(data, name);
  return { name, slot, data, grids: grids.grids, notKept: grids.notKept };
}

async function previewRun(roster: Uint8Array, roles: Record<string, "skip"> = {}) {
  const store = new PreviewStore();
  const ballots = await Promise.all(BALLOT_SAMPLES.map((p) => upload(readFileSync(p), p, "ballots")));
  store.update({ files: [await upload(roster, "名册.xlsx", "roster"), ...ballots] });
  const result = await paneRun(createPreviewHost(store), roles);
  const reviewed = store.state.reviewed;
  if (reviewed === null) throw new Error("nothing written");
  return { result, data: reviewed.data };
}

async function sheetNames(data: Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data.slice().buffer);
  return workbook.worksheets.map((w) => w.name);
}

/** The sheet parts of a package, by path. */
function sheetParts(data: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(data)).filter(([path]) => path.startsWith("xl/worksheets/sheet")));
}

test("a user's 汇总 left unread stays byte for byte; Kaohe's is written beside it and replaced on a re-run", async () => {
  const baseline = reviewOutcome((await previewRun(readFileSync(ROSTER_SAMPLE))).result);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(ROSTER_SAMPLE);
  const own = workbook.addWorksheet("汇总");
  own.addRow(["本科室自用汇总"]);
  own.addRow(["干部", 12]);
  const roster = new Uint8Array(await workbook.xlsx.writeBuffer());

  const first = await previewRun(roster, { 汇总: "skip" });
  expect(reviewOutcome(first.result)).toEqual(baseline);
  const names = await sheetNames(first.data);
  expect(names.slice(0, 3)).toEqual(["名册", "汇总", `汇总${RENAMED_SUFFIX}`]);
  const before = sheetParts(roster);
  const after = sheetParts(first.data);
  for (const [path, bytes] of before) expect(after.get(path)).toEqual(bytes);

  const again = await previewRun(first.data, { 汇总: "skip" });
  expect(reviewOutcome(again.result)).toEqual(baseline);
  expect(await sheetNames(again.data)).toEqual(names);
  const third = sheetParts(again.data);
  for (const [path, bytes] of before) expect(third.get(path)).toEqual(bytes);
  expect(again.result.findings.filter((f) => f.code === "kaohe_sheet_renamed")).toEqual([]);
});
