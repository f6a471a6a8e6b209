import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MANIFEST_EXCEL_API } from "../../src/hosts/office/supportFloor";

const ROOT = join(__dirname, "..", "..");
const SCHEMA = join(__dirname, "schemas", "OfficeAppManifestV1_1.xsd");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
// webpack.config.js is the build's own CommonJS file; the test takes its manifest rewrite from there.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain JS config file, not a module with types
const { manifestForHost } = require(join(ROOT, "webpack.config.js")) as {
  manifestForHost: (xml: string, host: string) => string;
};

/** xmllint against the copied Microsoft schemas; offline, as `npm run validate` does. */
function validate(xml: string): { status: number | null; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), "kaohe-manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stderr: run.stderr };
}

function pngSize(path: string): { width: number; height: number } {
  const data = readFileSync(path);
  expect(data.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

test("manifest.xml validates against the add-in manifest schemas", () => {
  const result = validate(MANIFEST);
  expect(result.stderr).toContain("validates");
  expect(result.status).toBe(0);
});

test("a manifest missing its Id is refused, so the validation can fail", () => {
  const result = validate(MANIFEST.replace(/<Id>[^<]*<\/Id>/, ""));
  expect(result.status).toBe(3);
});

test("Chinese by default, English as an override, read-write, the ExcelApi set the code needs", () => {
  expect(MANIFEST).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
  expect(MANIFEST).toContain('<DisplayName DefaultValue="考核助手">');
  expect(MANIFEST).toContain('<Override Locale="en-US" Value="Kaohe assessment assistant"/>');
  expect(MANIFEST).toContain("<Permissions>ReadWriteDocument</Permissions>");
  expect(MANIFEST).toContain(`<Set Name="ExcelApi" MinVersion="${MANIFEST_EXCEL_API}"/>`);
  expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
});

test("every icon the manifest names exists at its size", () => {
  const icons = [...MANIFEST.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
  expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
  for (const size of [16, 32, 64, 80]) {
    expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
  }
});

test("the production manifest points every URL at the host given at build time, and still validates", () => {
  const built = manifestForHost(MANIFEST, "https://kaohe.example.org/addin");
  expect(built).not.toContain("localhost");
  expect(built).toContain('<SourceLocation DefaultValue="https://kaohe.example.org/addin/taskpane.html"/>');
  expect(built).toContain("<AppDomain>https://kaohe.example.org</AppDomain>");
  expect(validate(built).status).toBe(0);
});

test("a host that is not https is refused: Office loads add-ins over https only", () => {
  expect(() => manifestForHost(MANIFEST, "http://kaohe.example.org/")).toThrow(/https/);
});
