// Slow: builds the WPS production bundle (shared, out/wps-browser-dist) and takes the samples through the pane in
// Chromium.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { readWorkbookFile } from "../../src/hosts/exceljs/readWorkbook";
import { buildProduction, WPS_BUNDLE } from "../browser/buildBundle";
import { launchChromium } from "../browser/launchChromium";
import { serveFolder } from "../browser/staticServer";
import { BALLOT_SAMPLES, ROSTER_SAMPLE } from "../plan/samples";

/**
 * The WPS task pane in a real Chromium: the WPS bundle (npm run build:wps's configuration)
 * served from 127.0.0.1, a fake ET `Application` injected before the page's script as WPS
 * injects its own, the sample sheets in one open workbook. The samples go through the pane and
 * the review lists the subjects who need a special report; the sheets land in the fake workbook.
 */
const ROOT = join(__dirname, "..", "..");

let browser: Browser;
let dist: string;
let server: { url: string; close: () => Promise<void> };
const problems: string[] = [];

async function fakeScript(): Promise<string> {
  const bundled = await build({
    entryPoints: [join(__dirname, "browser", "fakeEtPage.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2019",
  });
  return bundled.outputFiles[0]?.text ?? "";
}

beforeAll(async () => {
  dist = await buildProduction(WPS_BUNDLE);
  server = await serveFolder(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(withFake: boolean): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, serviceWorkers: "block" });
  await context.route("**/*", (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
  );
  if (withFake) {
    const roster = await readWorkbookFile(ROSTER_SAMPLE);
    const ballots = await Promise.all(BALLOT_SAMPLES.map((p) => readWorkbookFile(p)));
    const grids = [...roster.grids, ...ballots.flatMap((b) => b.grids)];
    const setup = `${await fakeScript()}\nwindow.kaoheFakeEt(${JSON.stringify(grids)}, "roster-sample.xlsx");`;
    await context.addInitScript({ content: setup });
  }
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${server.url}taskpane.html`);
  return page;
}

test("the samples go through the WPS pane, and the review lists 李娜 and 陈东", async () => {
  const page = await openPane(true);
  await page.getByTestId("host-limits").waitFor();
  await page.getByRole("button", { name: "读取并识别" }).click();
  await page
    .getByTestId("detected-summary")
    .getByText(/识别到 16 名考核对象/)
    .waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "计算与标注", exact: true }).click();
  await page.getByRole("button", { name: "计算并写入工作簿" }).click();
  await page.getByTestId("apply-done").waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "审阅", exact: true }).click();
  const flagged = page.getByTestId("flagged-subjects");
  for (const name of ["李娜", "陈东"]) {
    await flagged.getByRole("button").filter({ hasText: name }).filter({ hasText: "需专题报告" }).waitFor();
  }
  const sheets = await page.evaluate(() =>
    (window as unknown as { fakeEt: { book: { sheets: { name: string }[] } } }).fakeEt.book.sheets.map((s) => s.name),
  );
  expect(sheets).toEqual(expect.arrayContaining(["名册", "考核对象", "问题清单", "考核规则"]));
  // Clicking a flagged subject selects the roster cell in WPS.
  await flagged.getByRole("button").filter({ hasText: "李娜" }).click();
  await page.waitForFunction(() => {
    const app = (
      window as unknown as { fakeEt: { fake: { activeCell: string; activeSheet: { name: string } | null } } }
    ).fakeEt.fake;
    return app.activeSheet?.name === "名册" && app.activeCell === "B6";
  });
  expect(problems).toEqual([]);
}, 180_000);

test("outside WPS the pane says where to go instead", async () => {
  const page = await openPane(false);
  await page.getByText("此页面是 WPS 表格中的考核助手，需要在 WPS 表格中打开。").waitFor();
});

test("the WPS bundle is ES2019 (es-check), and the built ribbon, manifest and jsplugins files are well formed", () => {
  const scripts = readdirSync(dist).filter((f) => f.endsWith(".js") && f !== "install.js");
  expect(scripts.length).toBeGreaterThanOrEqual(2);
  const esCheck = join(ROOT, "node_modules", ".bin", "es-check");
  execFileSync(esCheck, ["es2019", ...scripts.map((f) => join(dist, f))], { stdio: "pipe" });
  // The ES2020 syntax it would refuse, to show the check can fail.
  expect(() => execFileSync(esCheck, ["es2019", join(__dirname, "support", "es2020.js")], { stdio: "pipe" })).toThrow();
  const xml = ["ribbon.xml", "manifest.xml", "jsplugins.xml", "jsplugins-offline.xml"].map((f) => join(dist, f));
  execFileSync("xmllint", ["--noout", "--nonet", ...xml], { stdio: "pipe" });
  expect(readdirSync(dist)).toEqual(
    expect.arrayContaining(["install.html", "install.js", "index.html", "kaohe_0.1.0.zip"]),
  );
});
