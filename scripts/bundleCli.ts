import { build, type Plugin } from "esbuild";
import { join } from "node:path";

/**
 * The command line as two bundles, `main.js` and the `reviewCommand.js` it loads when a review
 * starts (`node --require tsx/cjs scripts/bundleCli.ts OUT_DIR`, run by `buildCli.ts`): Node then
 * reads and compiles a file or two instead of resolving, reading and wrapping some 500 modules, which was most of a district run's start-up (BENCH.md, "Session 7 —
 * start-up"). A separate process because esbuild takes plugins only in its asynchronous build.
 */
const ROOT = join(__dirname, "..");

/**
 * Libraries only a rare run needs stay in node_modules, loaded by Node when that run needs them:
 * bundled, every run would parse them. SheetJS reads .xls, .ods and .csv; ExcelJS's whole library
 * (its document model) writes a package the text writer cannot edit and converts such files; docx
 * writes `--docx`'s drafts. Only these exact names: the streaming reader's deep paths into
 * ExcelJS's sources (`exceljs/lib/…`) are bundled, since every .xlsx is read through them.
 */
const ONLY_WHEN_NEEDED = ["exceljs", "docx", "@e965/xlsx"];

const onlyWhenNeeded: Plugin = {
  name: "only-when-needed",
  setup(bundle) {
    const names = ONLY_WHEN_NEEDED.map((n) => n.replace(/[/.]/g, "\\$&")).join("|");
    bundle.onResolve({ filter: new RegExp(`^(${names})$`) }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The streaming reader takes ExcelJS's workbook class only to name and order the sheets as ExcelJS
 * does (`streamWorkbookOrder.ts`). Its module requires ExcelJS's whole .xlsx reader and writer and
 * its CSV module (fast-csv, dayjs, lodash: a fifth of the start-up), which the class uses only in
 * its `xlsx` and `csv` getters, never called there. In the bundle these two requires of that one
 * module get a stand-in that says so if it is ever constructed.
 */
const WORKBOOK_MODULE = /exceljs[\\/]lib[\\/]doc[\\/]workbook\.js$/;
const workbookClassAlone: Plugin = {
  name: "exceljs-workbook-class-alone",
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.\/(xlsx\/xlsx|csv\/csv)$/ }, (args) =>
      WORKBOOK_MODULE.test(args.importer) ? { path: args.path, namespace: "not-bundled" } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: "not-bundled" }, (args) => ({
      contents: `module.exports = function NotBundled() {
  throw new Error("ExcelJS's ${args.path} is not in the command line's bundle: load the workbook through require('exceljs')");
};`,
      loader: "js",
    }));
  },
};

/**
 * `kaohe --help` and usage errors need only the argument parser: the review is a second bundle
 * beside main.js, which main.ts loads when a review starts (its `import("./reviewCommand")`), so
 * that they do not parse the readers and writers (about 70 ms of CPU here). It is loaded from
 * V8's code cache that buildCli.ts writes beside it (src/cli/codeCache.ts).
 */
const MAIN = join(ROOT, "src", "cli", "main.ts");
const CLI_SOURCES = join(ROOT, "src", "cli");
const reviewApart: Plugin = {
  name: "review-apart",
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/reviewCommand$/ }, (args) =>
      args.importer === MAIN ? { path: "reviewCommand", namespace: "review-cached" } : undefined,
    );
    // `__dirname` is main.js's folder when the bundle runs: the review's bundle lies beside it.
    bundle.onLoad({ filter: /.*/, namespace: "review-cached" }, () => ({
      contents: `const { join } = require("node:path");
const { loadWithCodeCache } = require("./codeCache");
module.exports = loadWithCodeCache(join(__dirname, "reviewCommand.js"));`,
      resolveDir: CLI_SOURCES,
      loader: "js",
    }));
  },
};

export async function bundleCli(outDir: string): Promise<void> {
  const common = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outdir: outDir,
    outbase: ROOT,
    absWorkingDir: ROOT,
    logLevel: "warning",
  } as const;
  await build({
    ...common,
    entryPoints: [MAIN, join(CLI_SOURCES, "reviewCommand.ts"), join(CLI_SOURCES, "codeCache.ts")],
    plugins: [reviewApart, onlyWhenNeeded, workbookClassAlone],
    // What stays outside the bundle is loaded with require, as tsc compiled `import()` to CommonJS
    // before: Node's ES module loader would otherwise start up for it.
    supported: { "dynamic-import": false },
  });
  // The bench's floor and its memory probe, run as compiled commands beside the command line. The
  // floor loads ExcelJS from node_modules, as a program using the library does.
  await build({
    ...common,
    entryPoints: [join(ROOT, "bench", "floor.ts"), join(ROOT, "bench", "harness", "peakMemory.ts")],
    packages: "external",
  });
}

if (require.main === module) {
  const [outDir] = process.argv.slice(2);
  if (outDir === undefined) throw new Error("usage: bundleCli.ts OUT_DIR");
  bundleCli(outDir).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
