import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withLock } from "../../scripts/buildLock";
import { inputsDigest } from "../../scripts/inputsDigest";
import webpack from "webpack";

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
    // The build's configuration is plain CommonJS, shared with `npm run build` / `build:wps`.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack configurations have no types
    const configure = require(join(ROOT, bundle.config)) as (
      env: Record<string, string>,
      argv: { mode: "production" },
    ) => webpack.Configuration;
    const config = { ...configure({ outDir: relative(ROOT, building) }, { mode: "production" }), context: ROOT };
    const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
      webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
    );
    if (stats === undefined || stats.hasErrors()) throw new Error(stats?.toString("errors-only") ?? "no build");
    writeFileSync(join(building, STAMP), digest);
    rmSync(target, { recursive: true, force: true });
    renameSync(building, target);
    return target;
  });
}
