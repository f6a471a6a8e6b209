import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { inputsDigest } from "../../scripts/inputsDigest";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..");
/** Everything a production build is made from; a change to any of them means building again. */
const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "tsconfig.json", "package-lock.json"];
const STAMP = ".build-inputs";

/**
 * The production bundle in `out/<dir>`, built with the project's own webpack configuration. A
 * build from the same inputs is reused (the browser and bundle-syntax suites share one, and a
 * build takes minutes on a busy machine); a new one is built beside it and moved into place, so
 * a suite never sees half a build.
 */
export async function buildProduction(dir: string): Promise<string> {
  const target = join(ROOT, "out", dir);
  const digest = inputsDigest(ROOT, INPUTS);
  const stamp = join(target, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest) return target;
  const building = `${target}.building-${process.pid}`;
  // The build's configuration is plain CommonJS, shared with `npm run build`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js has no types
  const configure = require(join(ROOT, "webpack.config.js")) as (
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
}
