import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire, wrap } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/**
 * The review's bundle (dist-cli/src/cli/reviewCommand.js, 1.6 MB) loaded with V8's code cache:
 * compiling it was 100–170 ms of every review's start, against 60–90 ms from the cache that the
 * build writes beside it (BENCH.md, "Session 12 — the code cache"). Node 22 has this built in
 * (`module.enableCompileCache`); the Node 20 that package.json allows has not.
 *
 * V8 takes a cache only when its own version and flags match, and otherwise compiles as usual:
 * a cache from another Node or under other flags costs nothing but the file read. V8 checks the
 * source by its length alone, so the cache begins with the bundle's SHA-256, and a cache whose
 * bundle changed is not offered to V8 at all.
 */

const DIGEST_BYTES = 32;

export function codeCacheFile(bundle: string): string {
  return `${bundle}.cache`;
}

function digest(source: string): Buffer {
  return createHash("sha256").update(source).digest();
}

/** V8's cached code for the bundle, when the cache file beside it was made from this very source. */
function cachedCode(source: string, bundle: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(codeCacheFile(bundle));
  } catch {
    return undefined; // no cache (a build that could not write one): V8 compiles the bundle
  }
  const made = cache.subarray(0, DIGEST_BYTES);
  return made.equals(digest(source)) ? cache.subarray(DIGEST_BYTES) : undefined;
}

/** The bundle compiled and run as Node runs a CommonJS file; `module.exports` and whether V8 refused the cache. */
function evaluate(
  bundle: string,
  source: string,
  cachedData: Buffer | undefined,
): { exports: unknown; script: Script } {
  const script = new Script(wrap(source), { filename: bundle, ...(cachedData === undefined ? {} : { cachedData }) });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script };
}

/** Loads a CommonJS bundle as `require` would, from its code cache where V8 accepts it. */
export function loadWithCodeCache(bundle: string): unknown {
  const source = readFileSync(bundle, "utf8");
  return evaluate(bundle, source, cachedCode(source, bundle)).exports;
}

/**
 * Writes the bundle's code cache (the build, in a plain `node` with no flags, as the command line
 * starts): the bundle is run once so that the cache also holds the functions its loading calls.
 */
export function writeCodeCache(bundle: string): void {
  const source = readFileSync(bundle, "utf8");
  const { script } = evaluate(bundle, source, undefined);
  writeFileSync(codeCacheFile(bundle), Buffer.concat([digest(source), script.createCachedData()]));
}

/** Whether V8 takes the cache beside the bundle in this process (the build's check, and the tests'). */
export function codeCacheAccepted(bundle: string): boolean {
  const source = readFileSync(bundle, "utf8");
  const cachedData = cachedCode(source, bundle);
  if (cachedData === undefined) return false;
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  return script.cachedDataRejected === false;
}
