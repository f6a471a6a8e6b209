import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { districtShape } from "../../bench/district/shape";
import { writeDistrict } from "../../bench/district/writeDistrict";
import { BALLOTS, ROSTER, runCli, tempDir } from "./runCli";

/**
 * Speed work must not change a byte of what Kaohe writes: the reviewed workbook's parts
 * (uncompressed, so that another zlib does not matter) and the JSON report of the samples and of
 * a generated district are held to digests taken from the output before the work. A change to
 * the output that is the point of a commit updates them, and the diff of the digest file shows
 * which parts it touched:
 *
 *   KAOHE_UPDATE_DIGESTS=1 npx jest tests/cli/outputDigests
 */
const DIGESTS = join(__dirname, "outputDigests.json");
const UPDATE = process.env.KAOHE_UPDATE_DIGESTS === "1";
/** A generated district's roster is written by ExcelJS with the time it was written: its own parts are not Kaohe's output. */
const WRITTEN_AT = new Set(["docProps/core.xml"]);

type Digests = Record<string, Record<string, string>>;

const sha = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);

async function outputDigests(out: string, json: string, skip: ReadonlySet<string>): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(out));
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry === undefined || entry.dir || skip.has(name)) continue;
    parts[name] = sha(await entry.async("uint8array"));
  }
  parts["(report.json)"] = sha(readFileSync(json));
  return parts;
}

function review(roster: string, ballots: string[], dir: string): { out: string; json: string } {
  const out = join(dir, "reviewed.xlsx");
  const json = join(dir, "report.json");
  const run = runCli(["review", "--roster", roster, ...ballots, "--out", out, "--json", json]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return { out, json };
}

const expected = JSON.parse(readFileSync(DIGESTS, "utf8")) as Digests;
const found: Digests = {};

afterAll(() => {
  if (UPDATE) writeFileSync(DIGESTS, `${JSON.stringify({ ...expected, ...found }, null, 2)}\n`);
});

test("the samples' reviewed workbook and report are byte for byte what they were", async () => {
  const { out, json } = review(ROSTER, BALLOTS, tempDir());
  found.samples = await outputDigests(out, json, new Set());
  if (!UPDATE) expect(found.samples).toEqual(expected.samples);
});

test("a generated district's reviewed workbook and report are byte for byte what they were", async () => {
  const dir = tempDir();
  const files = await writeDistrict(dir, districtShape(500));
  const { out, json } = review(files.roster, ["--ballots", files.ballots], dir);
  found.district500 = await outputDigests(out, json, WRITTEN_AT);
  if (!UPDATE) expect(found.district500).toEqual(expected.district500);
});
