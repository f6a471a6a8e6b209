import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withLockSync } from "./buildLock";
import { inputsDigest } from "./inputsDigest";

/**
 * The compiled command line in `dist-cli/` (`package.json` `bin` → `kaohe`): esbuild bundles of
 * plain JavaScript (`bundleCli.ts`) that starts in a fraction of the time tsx takes to compile the
 * sources on every run. `npm ci` builds it (the `prepare` script); tests and the bench call
 * `ensureCliBuilt()` so that they never run a build older than the sources. Type errors are
 * `npm run typecheck`'s job: esbuild only strips the types.
 *
 *   npx tsx scripts/buildCli.ts     build when the inputs changed since the last build
 */
const ROOT = join(__dirname, "..");
export const CLI_DIR = join(ROOT, "dist-cli");
/** The command line's entry in the build, as `package.json` `bin` names it. */
export const CLI_MAIN = join(CLI_DIR, "src", "cli", "main.js");
/** Everything the build is made from; a change to any of them means building again. */
const INPUTS = ["src", "bench", "tsconfig.json", "package-lock.json", "scripts/buildCli.ts", "scripts/bundleCli.ts"];
const STAMP = ".build-inputs";

/**
 * Builds `dist-cli/` unless it was built from the same inputs. One process builds at a time (two
 * jest workers loading command-line suites at once wait for one build); the build is made beside
 * it and moved into place, so a test spawning the command line meanwhile never sees half a build.
 * Returns whether it built.
 */
export function ensureCliBuilt(): boolean {
  const digest = inputsDigest(ROOT, INPUTS);
  const stamp = join(CLI_DIR, STAMP);
  const current = () => existsSync(stamp) && readFileSync(stamp, "utf8") === digest;
  if (current()) return false;
  return withLockSync(`${CLI_DIR}.lock`, () => {
    if (current()) return false; // built by the process that held the lock
    const building = `${CLI_DIR}.building-${process.pid}`;
    const bundle = join(ROOT, "scripts", "bundleCli.ts");
    // tsx's CommonJS hook: `--import tsx` needs Node 20.6, package.json allows any Node 20.
    const run = spawnSync(process.execPath, ["--require", "tsx/cjs", bundle, building], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (run.status !== 0) {
      rmSync(building, { recursive: true, force: true });
      throw new Error(`building the command line failed:\n${run.stdout}${run.stderr}`);
    }
    // `npx kaohe` runs the bin itself (through the shell), so it must be executable.
    chmodSync(join(building, relative(CLI_DIR, CLI_MAIN)), 0o755);
    writeReviewCodeCache(building);
    writeFileSync(join(building, STAMP), digest);
    const old = `${CLI_DIR}.old-${process.pid}`;
    if (existsSync(CLI_DIR)) renameSync(CLI_DIR, old);
    renameSync(building, CLI_DIR);
    rmSync(old, { recursive: true, force: true });
    return true;
  });
}

/** The review bundle's code cache, relative to the build's folder (src/cli/codeCache.ts). */
export const REVIEW_BUNDLE = join("src", "cli", "reviewCommand.js");
const CODE_CACHE_MODULE = join("src", "cli", "codeCache.js");

/**
 * Written by a plain `node` with no flags, as the command line starts, so that V8 takes the cache
 * (it refuses one made under other flags: NODE_OPTIONS is left out, tsx's hooks are not loaded).
 */
function writeReviewCodeCache(building: string): void {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const script = `require(${JSON.stringify(join(building, CODE_CACHE_MODULE))}).writeCodeCache(${JSON.stringify(join(building, REVIEW_BUNDLE))})`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: building, encoding: "utf8", env });
  if (run.status !== 0) throw new Error(`writing the review's code cache failed:\n${run.stdout}${run.stderr}`);
}

if (require.main === module) {
  const built = ensureCliBuilt();
  console.log(built ? `已构建命令行：${relative(ROOT, CLI_DIR)}` : `命令行已是最新：${relative(ROOT, CLI_DIR)}`);
}
