// Slow: production bundle and Chromium (the loader's 10 s CDN timeout is fast-forwarded on a fake clock, not waited out).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { BROWSER_BUNDLE, buildProduction } from "./buildBundle";
import { launchChromium } from "./launchChromium";
import { serveFolder } from "./staticServer";

/**
 * How taskpane.html starts, in a real Chromium on the production build: old webviews (an
 * Internet Explorer 11 or EdgeHTML user agent) get the message of webviewCheck.js and nothing
 * else runs; office.js comes from Microsoft's CDN when it answers and from the local copy when
 * it fails or hangs, with the failed CDN tag gone; with neither, the pane says so. Outside
 * Excel, Office.onReady resolves without a host and the pane points to the preview. The CDN is
 * never really reached: its address is answered (or refused) here.
 */
const ROOT = join(__dirname, "..", "..");
const SCREENSHOTS = join(ROOT, "out", "screenshots");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let dist: string;

beforeAll(async () => {
  dist = await buildProduction(BROWSER_BUNDLE);
  server = await serveFolder(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Cdn = "refused" | "answers" | "hangs";

interface Opened {
  page: Page;
  context: BrowserContext;
  requests: string[];
  problems: string[];
  /** CDN requests left unanswered ("hangs"). */
  hanging: Route[];
}

/** taskpane.html with the given user agent and CDN; every request recorded, none leaves the machine. */
async function openTaskpane(options: {
  userAgent?: string;
  cdn: Cdn;
  localOffice?: boolean;
  fakeClock?: boolean;
}): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    serviceWorkers: "block",
    ...(options.userAgent === undefined ? {} : { userAgent: options.userAgent }),
  });
  // Time runs as usual on the fake clock until a test jumps it ahead past a timer.
  if (options.fakeClock === true) await context.clock.install();
  const requests: string[] = [];
  const problems: string[] = [];
  const hanging: Route[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(CDN)) {
      if (options.cdn === "hangs") return void hanging.push(route);
      if (options.cdn === "refused") return route.abort("connectionrefused");
      // The CDN answering: the same files as the local copy, from the CDN's address.
      const file = join(dist, "office", url.slice(CDN.length).split("?")[0] ?? "");
      if (!existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ contentType: "text/javascript", body: readFileSync(file) });
    }
    if (options.localOffice === false && url.includes("/office/")) return route.abort();
    return url.startsWith(server.url) ? route.continue() : route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(e.message));
  // Not "load": a hanging CDN request delays the load event, though the pane starts without it.
  await page.goto(`${server.url}taskpane.html`, { waitUntil: "domcontentloaded" });
  return { page, context, requests, problems, hanging };
}

const officeScripts = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("script[src]")].map((s) => (s as HTMLScriptElement).src));

describe.each([
  ["Internet Explorer 11", IE11, "ie11"],
  ["EdgeHTML", EDGE_HTML, "edgehtml"],
])("an old webview (%s)", (name, userAgent, shot) => {
  test("gets the message in Chinese and English, and nothing else loads", async () => {
    const { page, context, requests } = await openTaskpane({ userAgent, cdn: "answers" });
    const message = page.locator("#unsupported-webview");
    await message.waitFor();
    const text = (await message.textContent()) ?? "";
    expect(text).toContain("此版本的 Excel 无法运行考核助手");
    expect(text).toContain(name);
    for (const words of ["Excel 2021 / 2024", "Microsoft 365", "Excel 网页版", "Mac 版 Excel 16.50", "WebView2"]) {
      expect(text).toContain(words);
    }
    expect(text).toContain(`浏览器预览：在 Edge 或 Chrome 中打开 ${server.url}`);
    expect(text).toContain("kaohe review --roster");
    expect(text).toContain("This Excel cannot run Kaohe");
    // The bundle saw the flag and left the page alone; office.js was never asked for.
    await page.waitForLoadState("networkidle");
    expect(await page.locator("#root").innerHTML()).toBe("");
    expect(await page.locator("#root").isVisible()).toBe(false);
    expect(requests.filter((url) => url.includes("office.js"))).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `taskpane-${shot}.png`), fullPage: true });
    await context.close();
  }, 60_000);
});

test("a current Chromium starts the pane with office.js from the CDN, the local copy untouched", async () => {
  const { page, context, requests, problems } = await openTaskpane({ cdn: "answers" });
  await page.getByText("考核助手需要在 Excel 中打开。").waitFor({ timeout: 30_000 });
  expect(await page.locator("#unsupported-webview").count()).toBe(0);
  expect(requests.filter((url) => url.startsWith(CDN))).toContain(`${CDN}office.js`);
  expect(requests.filter((url) => url.startsWith(`${server.url}office/`))).toEqual([]);
  expect((await officeScripts(page)).filter((src) => src.endsWith("office.js"))).toEqual([`${CDN}office.js`]);
  expect(problems).toEqual([]);
  await context.close();
}, 60_000);

test("when the CDN fails, the local office.js loads once and the CDN's script tag is gone", async () => {
  const { page, context, requests, problems } = await openTaskpane({ cdn: "refused" });
  await page.getByText("考核助手需要在 Excel 中打开。").waitFor({ timeout: 30_000 });
  expect(requests.filter((url) => url === `${CDN}office.js`)).toHaveLength(1);
  expect(requests.filter((url) => url === `${server.url}office/office.js`)).toHaveLength(1);
  // Nothing more was asked of the CDN once the local copy took over.
  expect(requests.filter((url) => url.startsWith(CDN))).toEqual([`${CDN}office.js`]);
  expect((await officeScripts(page)).filter((src) => src.endsWith("office.js"))).toEqual([
    `${server.url}office/office.js`,
  ]);
  expect(await page.locator(`script[src^="${CDN}"]`).count()).toBe(0);
  expect(problems).toEqual([]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, "taskpane-local-office.png") });
  await context.close();
}, 60_000);

test("when the CDN hangs, the loader gives up after its timeout, loads the local copy, and a late answer never runs", async () => {
  const { page, context, requests, hanging } = await openTaskpane({ cdn: "hangs", fakeClock: true });
  // The page is up and the loader still waits for the CDN; ten seconds on it gives up and takes the local copy.
  await page.waitForTimeout(300);
  expect(requests.filter((url) => url === `${server.url}office/office.js`)).toEqual([]);
  // Asked for at once, in the timer's callback: well before the real clock could reach a longer timeout.
  const localAsked = page.waitForRequest(`${server.url}office/office.js`, { timeout: 5_000 });
  await page.clock.fastForward(10_000);
  await localAsked;
  await page.getByText("考核助手需要在 Excel 中打开。").waitFor({ timeout: 30_000 });
  expect(requests.filter((url) => url === `${server.url}office/office.js`)).toHaveLength(1);
  expect(await page.locator(`script[src^="${CDN}"]`).count()).toBe(0);
  // The CDN answers at last: its script must not run beside the local office.js.
  expect(hanging).toHaveLength(1);
  await hanging[0]?.fulfill({ contentType: "text/javascript", body: "window.kaoheLateCdnRan = true;" });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { kaoheLateCdnRan?: boolean }).kaoheLateCdnRan)).toBe(
    undefined,
  );
  await context.close();
}, 60_000);

test("when neither the CDN nor the local copy loads, the pane says office.js could not be loaded", async () => {
  const { page, context } = await openTaskpane({ cdn: "refused", localOffice: false });
  const message = page.getByTestId("excel-unavailable");
  await message.waitFor({ timeout: 30_000 });
  expect(await message.textContent()).toContain("无法加载 Office 脚本库（office.js）");
  expect(await page.locator('script[src$="office.js"]').count()).toBe(0);
  await context.close();
}, 60_000);
