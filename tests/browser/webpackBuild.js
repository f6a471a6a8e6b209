// One production build with one of the project's webpack configurations, into the given folder,
// in a node process of its own: buildBundle.ts runs it so. In a jest worker webpack's modules load
// through jest's module registry, about 3 s more CPU per build (BENCH.md, "Session 9 — test suite").
//
//   node tests/browser/webpackBuild.js <configuration> <output folder, from the root>
const { join } = require("node:path");
const webpack = require("webpack");

const ROOT = join(__dirname, "..", "..");
const [config, outDir] = process.argv.slice(2);
const configure = require(join(ROOT, config));

webpack({ ...configure({ outDir }, { mode: "production" }), context: ROOT }, (error, stats) => {
  if (error || stats === undefined || stats.hasErrors()) {
    process.stderr.write(
      `${error ? (error.stack ?? String(error)) : (stats?.toString("errors-only") ?? "no build")}\n`,
    );
    process.exitCode = 1;
  }
});
