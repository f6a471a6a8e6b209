import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { chromium, type CDPSession } from "playwright-core";
import { BROWSER_BUNDLE, buildProduction } from "../../tests/browser/buildBundle";
import { serveFolder } from "../../tests/browser/staticServer";
import { reportStage } from "../harness/stageResult";

/**
 * Stage "preview" (`node … previewStage.ts ROSTER.xlsx BALLOTS.xlsx`): the browser preview in
 * Chromium taking a district from upload to the reviewed workbook's download, as a clerk would.
 * Memory is sampled every 250 ms: the JavaScript heap of the page and of its review worker
 * (CDP `Runtime.getHeapUsage`; a thread busy in one long task answers late, so this peak is a
 * floor), and the memory of every Chromium process (/proc, RSS and PSS), each figure's peak
 * reported, also as it stood once the district was read and reviewed (before the write). Needs the production bundle (built here when its inputs changed).
 */
const CHROMIUM = "/usr/bin/chromium";

/**
 * Megabytes of a process's descendants (Chromium's processes for this one), from /proc: resident
 * (RSS, which counts pages shared between them once per process) and proportional (PSS, shared
 * pages divided among their sharers: the sum is what they take together).
 */
function descendantsMb(root: number): { rss: number; pss: number } {
  const children = new Map<number, number[]>();
  let rssTotal = 0;
  let pssTotal = 0;
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      rss.set(Number(entry), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch {
      // The process ended while it was being read.
    }
  }
  const walk = (pid: number) => {
    rssTotal += rss.get(pid) ?? 0;
    try {
      pssTotal += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {
      // Ended meanwhile.
    }
    for (const child of children.get(pid) ?? []) walk(child);
  };
  for (const child of children.get(root) ?? []) walk(child);
  return { rss: rssTotal / 1024, pss: pssTotal / 1024 };
}

async function heapMb(session: CDPSession): Promise<number> {
  try {
    const usage = await session.send("Runtime.getHeapUsage");
    return usage.usedSize / 2 ** 20;
  } catch {
    return 0;
  }
}

async function main(roster: string, ballots: string): Promise<void> {
  const server = await serveFolder(await buildProduction(BROWSER_BUNDLE));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const sessions: CDPSession[] = [await context.newCDPSession(page)];
  page.on("worker", (worker) => {
    void context
      .newCDPSession(worker as unknown as Parameters<typeof context.newCDPSession>[0])
      .then((s) => sessions.push(s))
      .catch(() => undefined);
  });
  const peak = { heapMb: 0, rssMb: 0, pssMb: 0 };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const heaps = await Promise.all(sessions.map(heapMb));
      peak.heapMb = Math.max(
        peak.heapMb,
        heaps.reduce((a, b) => a + b, 0),
      );
      const memory = descendantsMb(process.pid);
      peak.rssMb = Math.max(peak.rssMb, memory.rss);
      peak.pssMb = Math.max(peak.pssMb, memory.pss);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const started = performance.now();
  await page.goto(server.url);
  await page.setInputFiles('[data-testid="upload-roster"]', roster);
  await page.setInputFiles('[data-testid="upload-ballots"]', [ballots]);
  await page.getByRole("button", { name: "读取并识别" }).click({ timeout: 600_000 });
  await page
    .getByTestId("detected-summary")
    .getByText(/识别到 \d+ 名考核对象/)
    .waitFor({ timeout: 600_000 });
  const readMs = performance.now() - started;
  console.error(
    `read: ${Math.round(readMs)} ms, peaks: heap ${Math.round(peak.heapMb)}, RSS ${Math.round(peak.rssMb)}, PSS ${Math.round(peak.pssMb)} MB`,
  );
  const readPeak = { ...peak };
  await page.getByRole("tab", { name: "计算与标注", exact: true }).click({ timeout: 600_000 });
  await page.getByRole("button", { name: "生成审阅工作簿" }).click({ timeout: 600_000 });
  await page.getByTestId("apply-done").waitFor({ timeout: 600_000 });
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 600_000 }),
    page.getByTestId("download").click({ timeout: 600_000 }),
  ]);
  const downloadPath = await download.path();
  const totalMs = performance.now() - started;
  sampling = false;
  await sampler;
  const outBytes = downloadPath === null ? 0 : readFileSync(downloadPath).length;
  await browser.close();
  await server.close();
  reportStage({
    previewReadMs: Math.round(readMs),
    previewMs: Math.round(totalMs),
    previewHeapMb: Math.round(peak.heapMb),
    previewRssMb: Math.round(peak.rssMb),
    previewPssMb: Math.round(peak.pssMb),
    previewReadPssMb: Math.round(readPeak.pssMb),
    previewOutBytes: outBytes,
  });
}

const [roster = "", ballots = ""] = process.argv.slice(2);
void main(roster, ballots).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
