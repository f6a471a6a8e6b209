import { join } from "node:path";
import { CLI_DIR, CLI_MAIN } from "../../scripts/buildCli";
import { districtShape } from "../district/shape";
import { writeDistrict, type DistrictFiles } from "../district/writeDistrict";
import { ROOT, runChild, type ChildRun } from "./runChild";

/**
 * Everything measured for one district size: each stage in its own process, then the whole
 * command line and the floor in turn (CLI, floor, CLI, floor …) so that a drift in the
 * machine's speed touches both alike and their ratio is taken pair by pair.
 */
export interface SizeRun {
  cadres: number;
  units: number;
  read: ChildRun;
  core: ChildRun;
  /** The command line's writer on its own. */
  apply: ChildRun;
  office: ChildRun;
  cli: ChildRun[];
  /** The command line again on the first run's reviewed workbook, as a clerk re-runs it after editing grades. */
  rerun: ChildRun | null;
  floor: ChildRun[];
  /** `kaohe --help`: node and the command line's argument parsing, nothing read. */
  startup: ChildRun[];
}

export interface SizePlan {
  cadres: number;
  /** CLI–floor pairs: several where a run is short, one for the stress case. */
  pairs: number;
  /** Bound on each child process, so that one stuck stage cannot hold up the whole bench. */
  timeoutMs: number;
}

const STAGE_FLAGS = ["--expose-gc"];
/** The compiled command line, `package.json` `bin`, and the floor compiled with it: neither pays for tsx. */
const CLI = CLI_MAIN;
const FLOOR = join(CLI_DIR, "bench", "floor.js");
const STARTUP_RUNS = 3;
const script = (name: string) => join(ROOT, "bench", name);

export async function runSize(plan: SizePlan, dir: string, log: (line: string) => void): Promise<SizeRun> {
  const shape = districtShape(plan.cadres);
  log(`${plan.cadres} 名干部、${shape.units} 个单位：生成工作簿…`);
  const files = await writeDistrict(dir, shape);
  const grids = join(dir, `district-${plan.cadres}-grids.json`);
  const stage = (name: string, args: string[]) => {
    log(`  ${name}`);
    return runChild(script(`stages/${name}.ts`), args, { timeoutMs: plan.timeoutMs, nodeFlags: STAGE_FLAGS });
  };
  const read = await stage("readStage", [files.roster, files.ballots, grids]);
  const core = await stage("coreStage", [grids]);
  const apply = await stage("applyStage", [grids, files.roster, join(dir, `district-${plan.cadres}-apply.xlsx`)]);
  const office = await stage("officeStage", [String(plan.cadres)]);
  const cli: ChildRun[] = [];
  const floor: ChildRun[] = [];
  for (let i = 0; i < plan.pairs; i++) {
    log(`  cli / floor ${i + 1}/${plan.pairs}`);
    cli.push(await runCli(files, dir, plan));
    floor.push(await runFloor(files, dir, plan));
  }
  log("  re-run");
  const rerun = cli.some((r) => r.ok) ? await rerunCli(files, dir, plan) : null;
  const startup: ChildRun[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) startup.push(await runChild(CLI, ["--help"], { timeoutMs: plan.timeoutMs }));
  return { cadres: plan.cadres, units: shape.units, read, core, apply, office, cli, rerun, floor, startup };
}

/** The command line exactly as a clerk runs it, JSON report included. */
function runCli(files: DistrictFiles, dir: string, plan: SizePlan): Promise<ChildRun> {
  const out = join(dir, `district-${plan.cadres}-reviewed.xlsx`);
  const json = join(dir, `district-${plan.cadres}-report.json`);
  const args = ["review", "--roster", files.roster, "--ballots", files.ballots, "--out", out, "--json", json];
  return runChild(CLI, args, { timeoutMs: plan.timeoutMs });
}

/** The reviewed workbook given back as the roster: Kaohe's own sheets are read back, never counted as input. */
function rerunCli(files: DistrictFiles, dir: string, plan: SizePlan): Promise<ChildRun> {
  const roster = join(dir, `district-${plan.cadres}-reviewed.xlsx`);
  const out = join(dir, `district-${plan.cadres}-rerun.xlsx`);
  const json = join(dir, `district-${plan.cadres}-rerun.json`);
  const args = ["review", "--roster", roster, "--ballots", files.ballots, "--out", out, "--json", json];
  return runChild(CLI, args, { timeoutMs: plan.timeoutMs });
}

function runFloor(files: DistrictFiles, dir: string, plan: SizePlan): Promise<ChildRun> {
  const out = join(dir, `district-${plan.cadres}-floor.xlsx`);
  return runChild(FLOOR, [files.roster, files.ballots, out], { timeoutMs: plan.timeoutMs });
}
