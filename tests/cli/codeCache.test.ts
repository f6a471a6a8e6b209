import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REVIEW_BUNDLE } from "../../scripts/buildCli";
import { codeCacheAccepted, codeCacheFile, loadWithCodeCache, writeCodeCache } from "../../src/cli/codeCache";
import { ROOT, runCli, tempDir } from "./runCli";

/**
 * The review's bundle is loaded from V8's code cache (src/cli/codeCache.ts). V8 checks a cache
 * against the source's length only, so a cache must never be offered for a bundle other than the
 * one it was made from, and the command line must run as before with or without one.
 */
const bundle = join(ROOT, "dist-cli", REVIEW_BUNDLE);

test("the build writes a code cache that a plain node, as `kaohe` starts, accepts", () => {
  // runCli.ts built dist-cli as it loaded.
  expect(readFileSync(codeCacheFile(bundle)).length).toBeGreaterThan(100_000);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const check = `console.log(require(${JSON.stringify(join(ROOT, "dist-cli", "src", "cli", "codeCache.js"))}).codeCacheAccepted(${JSON.stringify(bundle)}))`;
  const run = spawnSync(process.execPath, ["-e", check], { encoding: "utf8", env });
  expect(run.stderr).toBe("");
  expect(run.stdout.trim()).toBe("true");
});

test("a cache made from another source of the same length is not used: the new source runs", () => {
  const dir = tempDir();
  const file = join(dir, "answer.js");
  // Called while the module loads, so that the function's own code is in the cache too.
  const source = (n: number) => `const answer = () => ${n};\nanswer();\nmodule.exports = { answer };\n`;
  writeFileSync(file, source(41));
  writeCodeCache(file);
  expect(codeCacheAccepted(file)).toBe(true);
  expect((loadWithCodeCache(file) as { answer: () => number }).answer()).toBe(41);
  writeFileSync(file, source(42));
  expect(codeCacheAccepted(file)).toBe(false);
  expect((loadWithCodeCache(file) as { answer: () => number }).answer()).toBe(42);
});

test("without its cache file the review's bundle still loads and reviews", () => {
  const dir = tempDir();
  const copy = join(dir, "reviewCommand.js");
  writeFileSync(copy, readFileSync(bundle));
  expect(codeCacheAccepted(copy)).toBe(false);
  const loaded = loadWithCodeCache(copy) as { runReview?: unknown };
  expect(typeof loaded.runReview).toBe("function");
  // And the command line itself, from its cache, reviews the samples.
  const run = runCli(["review", "--roster", join(ROOT, "samples", "roster-sample.xlsx"), "--out", join(dir, "r.xlsx")]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});
