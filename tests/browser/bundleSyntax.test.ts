import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { BROWSER_BUNDLE, buildProduction } from "./buildBundle";

/**
 * The syntax of what the pages load, checked with es-check on the production build: the plain
 * scripts ahead of the bundles in taskpane.html must parse in Internet Explorer 11 (ES5), since
 * their whole job is to speak there; every bundle, the review worker's included, must stay at
 * the level the build declares (BUNDLE_SYNTAX), which webviewCheck.js probes for.
 */
const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is plain CommonJS
const { BUNDLE_SYNTAX } = require(join(ROOT, "webpack.config.js")) as { BUNDLE_SYNTAX: string };
const ES_CHECK = join(ROOT, "node_modules", ".bin", "es-check");

let dist: string;

beforeAll(async () => {
  dist = await buildProduction(BROWSER_BUNDLE);
}, 600_000);

function esCheck(level: string, files: string[]): { ok: boolean; output: string } {
  const run = spawnSync(ES_CHECK, [level, ...files, "--noColor"], { cwd: dist, encoding: "utf8" });
  if (run.error !== undefined) throw run.error;
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const bundles = () => readdirSync(dist).filter((f) => f.endsWith(".js"));

test("the scripts ahead of the bundles in taskpane.html are ES5, as Internet Explorer 11 needs", () => {
  const boot = ["boot/webview-check.js", "boot/office-loader.js"];
  const check = esCheck("es5", boot);
  expect(check.output).toContain("ES5 compatible");
  expect(check.ok).toBe(true);
});

test(`every bundle, the review worker's included, is ${BUNDLE_SYNTAX} at most`, () => {
  expect(BUNDLE_SYNTAX).toBe("es2021");
  const files = bundles();
  expect(files.some((f) => /^review-worker\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  expect(files.some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  expect(files.some((f) => /^preview\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  const check = esCheck(BUNDLE_SYNTAX, files);
  expect(check.output).not.toContain("erroring file");
  expect(check.ok).toBe(true);
});

test("the check can fail: the task pane's bundle is no ES5, and an ES2022 static block is no ES2021", () => {
  const taskpane = bundles().filter((f) => f.startsWith("taskpane."));
  expect(esCheck("es5", taskpane).ok).toBe(false);
  // The node_modules code the build brings down (tabster's class static blocks) would fail unbrought.
  const tabster = join(ROOT, "node_modules", "tabster", "dist", "esm", "Restorer.js");
  expect(readFileSync(tabster, "utf8")).toMatch(/static \{/);
  expect(esCheck(BUNDLE_SYNTAX, [tabster, "--module"]).ok).toBe(false);
});

test("taskpane.html runs the webview check, then the office.js loader, before any bundle; index.html has neither", () => {
  const taskpane = readFileSync(join(dist, "taskpane.html"), "utf8");
  const scripts = [...taskpane.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  expect(scripts.slice(0, 2)).toEqual(["boot/webview-check.js", "boot/office-loader.js"]);
  expect(scripts.slice(2).every((s) => /^[\w-]+\.[0-9a-f]{8}\.js$/.test(s ?? ""))).toBe(true);
  expect(taskpane).not.toMatch(/<script[^>]*office\.js/);
  expect(taskpane).toMatch(/<script defer/);
  const preview = readFileSync(join(dist, "index.html"), "utf8");
  expect(preview).not.toMatch(/office\.js|boot\//);
});

test("the local office.js folder holds what office.js loads for Excel, and no telemetry it never loads", () => {
  const office = join(dist, "office");
  for (const file of [
    "office.js",
    "o15apptofilemappingtable.js",
    "excel-win32-16.01.js",
    "excel-web-16.00.js",
    "excel-mac-16.00.js",
    "zh-cn/office_strings.js",
    "en-us/office_strings.js",
    "telemetry/oteljs_agave.js",
  ]) {
    expect([file, existsSync(join(office, file))]).toEqual([file, true]);
  }
  expect(existsSync(join(office, "ariatelemetry"))).toBe(false);
  expect(existsSync(join(office, "telemetry", "oteljs.js"))).toBe(false);
  // office.js loads its OTel sink from its own folder, CDN or local: the page's script-src allows both.
  expect(readFileSync(join(office, "office.js"), "utf8")).toContain("telemetry/oteljs_agave.js");
});
