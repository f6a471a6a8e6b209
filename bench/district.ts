import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { ensureCliBuilt } from "../scripts/buildCli";
import { runProvince } from "./harness/provinceRun";
import { runSize, type SizePlan } from "./harness/districtRun";
import { sizeFigures, type SizeFigures } from "./harness/figures";
import { runChild, ROOT } from "./harness/runChild";
import { figuresTable, targetLines } from "./harness/table";
import { paneLines, panePoint, paneTarget, type PanePoint } from "./pane/panePoint";
import { checkTargets, type OfficePoint } from "./harness/targets";
import { writeDistrict } from "./district/writeDistrict";
import { districtShape } from "./district/shape";

/**
 * `npm run bench`: the district-scale benchmark. Generates a district of 2,000 cadres in 80
 * units (five evaluator categories each) and a 20,000-cadre stress case, measures every stage
 * in its own process, the whole command line against the floor (ExcelJS only reading the two
 * workbooks and writing the roster back), and the Office.js host through the fake request
 * context; prints a table, the targets, and last one line holding a JSON object of every figure.
 *
 *   npm run bench                 both sizes; the stress case in two CLI–floor pairs
 *   npm run bench -- 2000         the named sizes only
 *   npm run bench -- --preview    also the browser preview at 20,000 cadres in Chromium (minutes)
 *   npm run bench -- --province   a 100,000-cadre province through the command line alone
 */
const SMALL = 2000;
const PLANS: readonly SizePlan[] = [
  { cadres: SMALL, pairs: 3, timeoutMs: 120_000 },
  { cadres: 20000, pairs: 2, timeoutMs: 240_000 },
];
/** Smaller districts for the Office.js host only: its sync count must not grow below the 5 MB split. */
const OFFICE_ONLY = [200, 600];
/** Time per cadre may grow by a fifth; past that, a larger run is stopped: the target is missed anyway. */
const LINEAR_SLACK = 1.25;

/**
 * Once the small case has run, the stress case may take as long as linear growth from it
 * allows, and a little more: a run already too slow for the target is stopped there instead of
 * holding the bench up for minutes (it is reported with the time it was stopped at).
 */
function boundFor(plan: SizePlan, small: SizeFigures | undefined): SizePlan {
  const smallMs = small?.cliMs ?? null;
  if (smallMs === null || plan.cadres === SMALL) return plan;
  return { ...plan, timeoutMs: Math.round(LINEAR_SLACK * (plan.cadres / SMALL) * smallMs) };
}

async function officeOnly(cadres: number): Promise<OfficePoint> {
  const run = await runChild(join(ROOT, "bench", "stages", "officeStage.ts"), [String(cadres)], { timeoutMs: 60_000 });
  const figure = (key: string) => run.figures[key] ?? null;
  return {
    cadres,
    syncs: figure("syncs"),
    maxRequestBytes: figure("maxRequestBytes"),
    requestBytes: figure("requestBytes"),
    smallestSplitBytes: figure("smallestSplitBytes"),
    cellEstimateBytes: figure("cellEstimateBytes"),
    smallestSplitEstimate: figure("smallestSplitEstimate"),
  };
}

/** The WPS host through the fake ET object model: its calls into WPS, each about 0.2 ms there. */
async function wpsPoint(cadres: number): Promise<Record<string, number | null>> {
  const run = await runChild(join(ROOT, "bench", "stages", "wpsStage.ts"), [String(cadres)], { timeoutMs: 120_000 });
  const keys = ["wpsReadCalls", "wpsReadCells", "wpsApplyCalls", "wpsApplyCells", "wpsApplyMs"];
  return { cadres, ...Object.fromEntries(keys.map((k) => [k, run.figures[k] ?? null])) };
}

function wpsLines(p: Record<string, number | null>): string[] {
  const ms = (calls: number | null) => (calls === null ? "?" : String(Math.round(calls * 0.2)));
  return [
    `WPS 加载项（模拟 ET，${p.cadres} 名干部）：读取 ${p.wpsReadCells} 个单元格用 ${p.wpsReadCalls} 次调用（约 ${ms(p.wpsReadCalls ?? null)} ms），` +
      `写入 ${p.wpsApplyCells} 个单元格用 ${p.wpsApplyCalls} 次调用（约 ${ms(p.wpsApplyCalls ?? null)} ms）`,
  ];
}

/** The preview's row (`--preview`): a district from upload to download in Chromium, its time and memory peaks. */
const PREVIEW_CADRES = 20000;
/** The preview's memory target at 20,000 cadres (issue 16): the renderer, worker and browser processes together. */
const PREVIEW_TARGET_MB = 1536;

async function previewPoint(dir: string, log: (line: string) => void): Promise<Record<string, number | null>> {
  log(`${PREVIEW_CADRES} 名干部：浏览器预览（Chromium）`);
  const files = await writeDistrict(dir, districtShape(PREVIEW_CADRES));
  const run = await runChild(join(ROOT, "bench", "stages", "previewStage.ts"), [files.roster, files.ballots], {
    timeoutMs: 1_500_000,
  });
  const keys = [
    "previewReadMs",
    "previewMs",
    "previewHeapMb",
    "previewRssMb",
    "previewPssMb",
    "previewReadPssMb",
    "previewOutBytes",
  ];
  return { cadres: PREVIEW_CADRES, ...Object.fromEntries(keys.map((k) => [k, run.figures[k] ?? null])) };
}

function previewLines(p: Record<string, number | null>): string[] {
  const pss = p.previewPssMb ?? null;
  const verdict = pss === null ? "未完成" : pss <= PREVIEW_TARGET_MB ? "达标" : "超出";
  return [
    `浏览器预览（${p.cadres} 名干部，上传到下载）：${p.previewMs ?? "?"} ms（读取并识别 ${p.previewReadMs ?? "?"} ms），` +
      `JS 堆峰值 ${p.previewHeapMb ?? "?"} MB，Chromium 进程合计 PSS 峰值 ${pss ?? "?"} MB（读取后 ${p.previewReadPssMb ?? "?"} MB；` +
      `RSS 合计 ${p.previewRssMb ?? "?"} MB；目标 ≤ ${PREVIEW_TARGET_MB} MB：${verdict}）`,
  ];
}

async function main(args: string[]): Promise<void> {
  if (args.includes("--province")) return runProvince((line) => console.error(line));
  const started = performance.now();
  const only = args.map(Number).filter((n) => n > 0);
  const dir = await mkdtemp(join(tmpdir(), "kaohe-bench-"));
  const log = (line: string) => console.error(line);
  if (ensureCliBuilt()) log("已构建命令行（dist-cli）");
  try {
    const sizes: SizeFigures[] = [];
    for (const plan of PLANS.filter((p) => only.length === 0 || only.includes(p.cadres))) {
      const bounded = boundFor(plan, sizes[0]);
      sizes.push(sizeFigures(await runSize(bounded, dir, log)));
    }
    const office: OfficePoint[] = [];
    for (const cadres of OFFICE_ONLY) {
      log(`${cadres} 名干部：Office.js`);
      office.push(await officeOnly(cadres));
    }
    for (const s of sizes) {
      office.push({
        cadres: s.cadres,
        syncs: s.officeSyncs,
        maxRequestBytes: s.officeMaxRequestBytes,
        requestBytes: s.officeRequestBytes,
        smallestSplitBytes: s.officeSmallestSplitBytes,
        cellEstimateBytes: s.officeCellEstimateBytes,
        smallestSplitEstimate: s.officeSmallestSplitEstimate,
      });
    }
    const targets = checkTargets(sizes, office);
    log(`${SMALL} 名干部：WPS`);
    const wps = await wpsPoint(SMALL);
    const panes: PanePoint[] = [];
    for (const plan of PLANS.filter((p) => only.length === 0 || only.includes(p.cadres))) {
      log(`${plan.cadres} 名干部：任务窗格线程`);
      panes.push(await panePoint(plan.cadres, 2 * plan.timeoutMs));
    }
    const preview = args.includes("--preview") ? await previewPoint(dir, log) : null;
    const lines = [
      ...figuresTable(sizes),
      "",
      ...targetLines(targets),
      paneTarget(panes),
      ...wpsLines(wps),
      "",
      ...paneLines(panes),
      ...(preview === null ? [] : previewLines(preview)),
    ];
    for (const line of lines) console.log(line);
    const seconds = Math.round((performance.now() - started) / 1000);
    console.log(
      JSON.stringify({
        bench: "kaohe-district/1",
        node: process.version,
        seconds,
        sizes,
        office,
        targets,
        wps,
        panes,
        preview,
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

void main(process.argv.slice(2));
