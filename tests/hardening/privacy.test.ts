import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { review } from "../../src/core/pipeline";
import { applyPlanToWorkbook } from "../../src/hosts/exceljs/applyPlan";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { tempDir } from "./support/cliRun";
import { BALLOT_SAMPLES, ROSTER_SAMPLE, samplePersonnel } from "./support/sampleGrids";

/**
 * Personnel data never leaves the machine and never reaches a log: the only console output in
 * src/ is the command line's (counts and one-line refusals), nothing in src/ calls the network,
 * the pages' Content-Security-Policy allows their own origin only (and, for taskpane.html's
 * scripts alone, Microsoft's office.js folder), and a real run's stdout and stderr hold no name
 * or ID number of the roster.
 */
const ROOT = join(__dirname, "..", "..");
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html|js)$/.test(name) ? [path] : [];
  });
}

function occurrences(pattern: { test(line: string): boolean }): string[] {
  return sourceFiles(join(ROOT, "src")).flatMap((path) =>
    readFileSync(path, "utf8")
      .split("\n")
      .flatMap((line, i) => (pattern.test(line) ? [`${relative(ROOT, path)}:${i + 1}`] : [])),
  );
}

test("the command line's entry point is the only place in src/ that writes to the console", () => {
  // quietLibrary.ts replaces console.error with a no-op while SheetJS parses, and puts it back: it writes nothing.
  expect(occurrences(/\bconsole\.\w+/).map((at) => at.replace(/:\d+$/, ""))).toEqual([
    "src/cli/main.ts",
    "src/cli/main.ts",
    "src/cli/main.ts",
    "src/hosts/sheetjs/quietLibrary.ts",
    "src/hosts/sheetjs/quietLibrary.ts",
    "src/hosts/sheetjs/quietLibrary.ts",
  ]);
});

/**
 * The names of the .xlsx format's XML namespaces and relationship types look like addresses but
 * are identifiers that no program fetches; the package writer (src/hosts/xlsx) must write them.
 */
const FORMAT_IDENTIFIER = /http:\/\/schemas\.(openxmlformats\.org|microsoft\.com\/office)\/[\w./-]*/g;

/** Microsoft's CDN folder of office.js: src/'s one remote address, loaded as a script only (officeLoader.js). */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/**
 * WPS's own add-in service on the clerk's machine, which the WPS install page (an IT tool, never
 * opened with a workbook) asks to register the add-in: loopback only, no workbook data.
 */
const WPS_LOCAL_SERVICE = /^http:\/\/(127\.0\.0\.1|localhost):58890(\/|$)/;

test("nothing in src/ can reach the network: no fetch, XHR, sockets, beacons or remote addresses", () => {
  const network = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\b|https?:\/\//;
  const clean = (line: string) => line.replace(FORMAT_IDENTIFIER, "");
  const found = occurrences({ test: (line: string) => network.test(clean(line)) });
  // The office.js loader and taskpane.html's policy name the CDN; the WPS install page talks to
  // WPS on the same machine; nothing else reaches out.
  expect(found.map((at) => at.replace(/:\d+$/, ""))).toEqual([
    "src/hosts/office/boot/officeLoader.js",
    "src/hosts/wps/package/install.html",
    "src/hosts/wps/package/install.js",
    "src/hosts/wps/package/install.js",
    "src/taskpane/taskpane.html",
  ]);
  const withoutCdn = (line: string) => clean(line).split(OFFICE_CDN).join("");
  const wpsInstall = (at: string) => at.startsWith("src/hosts/wps/package/install.");
  expect(
    occurrences({ test: (line: string) => network.test(withoutCdn(line)) }).filter((at) => !wpsInstall(at)),
  ).toEqual([]);
  // The install page reaches WPS's service on this machine and nowhere else.
  const installLines =
    readFileSync(join(ROOT, "src/hosts/wps/package/install.js"), "utf8") +
    readFileSync(join(ROOT, "src/hosts/wps/package/install.html"), "utf8");
  const remote = [...installLines.matchAll(/https?:\/\/[^\s"';]+/g)].map((m) => m[0]);
  expect(remote.length).toBeGreaterThan(0);
  expect(remote.filter((url) => !WPS_LOCAL_SERVICE.test(url))).toEqual([]);
});

const ALLOWED_SOURCES = new Set(["'self'", "'none'", "data:", "blob:"]);

function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(join(ROOT, page), "utf8");
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== undefined && d[0] !== "")
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

test.each(["src/taskpane/taskpane.html", "src/preview/preview.html", "src/taskpane/help.html"])(
  "%s allows its own origin only (taskpane.html's scripts also office.js's CDN): no eval, inline styles at most",
  (page) => {
    const policy = policyOf(page);
    const cdnScripts = page === "src/taskpane/taskpane.html";
    expect(policy.get("default-src")).toEqual(["'self'"]);
    for (const [directive, sources] of policy) {
      for (const source of sources) {
        const inlineStyle = source === "'unsafe-inline'" && directive === "style-src";
        const officeJs = cdnScripts && directive === "script-src" && source === OFFICE_CDN;
        if (!inlineStyle && !officeJs) expect([directive, ALLOWED_SOURCES.has(source)]).toEqual([directive, true]);
      }
    }
    expect(policy.get("script-src") ?? ["'self'"]).toEqual(cdnScripts ? ["'self'", OFFICE_CDN] : ["'self'"]);
    expect(policy.get("connect-src") ?? ["'self'"]).toEqual(["'self'"]);
    // The review's Web Worker: from this origin only, never a blob or the CDN.
    expect(policy.get("worker-src") ?? policy.get("script-src") ?? policy.get("default-src")).toEqual(["'self'"]);
  },
);

test("reading, reviewing and writing the samples in-process logs nothing at all", async () => {
  const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
  const spies = methods.map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
  try {
    const roster = await readWorkbookFile(ROSTER_SAMPLE);
    const ballots = await Promise.all(BALLOT_SAMPLES.map((path) => readWorkbookFile(path)));
    const outcome = review({ rosterGrids: roster.grids, ballotGrids: ballots.flatMap((b) => b.grids) });
    if (!outcome.ok) throw new Error(outcome.messageEn);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(ROSTER_SAMPLE);
    applyPlanToWorkbook(workbook, outcome.result.plan);
    await workbook.xlsx.writeBuffer();
    expect(spies.map((s) => s.mock.calls.length)).toEqual(methods.map(() => 0));
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
});

function runCli(args: string[]): { status: number | null; output: string } {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, [join(ROOT, "src", "cli", "main.ts"), "review", ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

test("a real run with --strict and --json prints no name and no ID number on stdout or stderr", async () => {
  const { names, ids } = await samplePersonnel();
  expect(names.length).toBeGreaterThan(10);
  expect(ids.length).toBeGreaterThan(10);
  const dir = tempDir();
  const ballots = BALLOT_SAMPLES.flatMap((path) => ["--ballots", path]);
  const run = runCli([
    "--roster",
    ROSTER_SAMPLE,
    ...ballots,
    "--strict",
    "--out",
    join(dir, "r.xlsx"),
    "--json",
    join(dir, "r.json"),
  ]);
  expect(run.status).toBe(1);
  expect(run.output).toContain("考核助手：2020年度审核完成");
  expect(names.filter((name) => run.output.includes(name))).toEqual([]);
  expect(run.output).not.toMatch(ID_NUMBER);
  // The report, which the clerk asked for, does name them: the check above is not vacuous.
  const report = readFileSync(join(dir, "r.json"), "utf8");
  expect(names.filter((name) => report.includes(name)).length).toBeGreaterThan(10);
});
