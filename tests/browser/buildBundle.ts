import { execFile } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withLock } from "../../scripts/buildLock";
import { inputsDigest } from "../../scripts/inputsDigest";

const ROOT = join(__dirname, "..", "..");
const STAMP = ".build-inputs";

/** A production build the suites share: its folder under `out/`, its webpack configuration, its inputs. */
export interface Bundle {
  dir: string;
  config: string;
  /** Everything the build is made from; a change to any of them means building again. */
  inputs: readonly string[];
}

/** The add-in and the preview (`npm run build`). */
export const BROWSER_BUNDLE: Bundle = {
  dir: "browser-dist",
  config: "webpack.config.js",
  inputs: ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"],
};

/** The WPS add-in (`npm run build:wps`); its package name carries package.json's version. */
export const WPS_BUNDLE: Bundle = {
  dir: "wps-browser-dist",
  config: "webpack.wps.js",
  inputs: ["src", "assets", "webpack.wps.js", "tsconfig.json", "package.json", "package-lock.json"],
};

/**
 * The production bundle in `out/<dir>`, built with the project's own webpack configuration. A
 * build from the same inputs is reused (suites in either jest worker share one, and a build takes
 * minutes on a busy machine); one process builds at a time, the others wait for its build; a new
 * one is built beside the old and moved into place, so a suite never sees half a build.
 */
export async function buildProduction(bundle: Bundle): Promise<string> {
  const target = join(ROOT, "out", bundle.dir);
  const digest = inputsDigest(ROOT, bundle.inputs);
  const stamp = join(target, STAMP);
  const current = () => existsSync(stamp) && readFileSync(stamp, "utf8") === digest;
  if (current()) return target;
  return withLock(`${target}.lock`, async () => {
    if (current()) return target; // built by the process that held the lock
    const building = `${target}.building-${process.pid}`;
    // The configuration is plain CommonJS, shared with `npm run build` / `build:wps`; webpack runs it
    // in a node process of its own (webpackBuild.js), not through this worker's module registry.
    await new Promise<void>((resolve, reject) =>
      execFile(
        process.execPath,
        [join(__dirname, "webpackBuild.js"), bundle.config, relative(ROOT, building)],
        { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`${bundle.config}: ${stderr || error.message}`)) : resolve(),
      ),
    );
    writeFileSync(join(building, STAMP), digest);
    rmSync(target, { recursive: true, force: true });
    renameSync(building, target);
    return target;
  });
}
