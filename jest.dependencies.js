/**
 * The heavy CommonJS dependencies the suites load, each as one file. jest gives every suite a module
 * registry of its own and reads, wraps and evaluates in it every node_modules file a suite requires:
 * `require("exceljs")` is some 660 files (0.4 s of CPU in each of about 90 suites), Fluent UI some
 * 2,100 (2.8 s in each task-pane suite). The same package code bundled by esbuild (as the command line
 * and the add-in ship it: scripts/bundleCli.ts, webpack) is one file to a suite.
 *
 * jest.config.js maps the packages' names to the bundles (`moduleNameMapper`); jest.tempSetup.js
 * builds them before the workers start, once for a given package-lock.json, esbuild and this file,
 * into the checkout's .cache folder (ignored by git): inside the project, so that a bundle's
 * `require("react")` finds node_modules and the same React as the suite's. Not in node_modules:
 * making a folder there changes its time, npm then takes its record of the installed tree
 * (node_modules/.package-lock.json) for out of date and reads all 1,100 packages again on every
 * `npx kaohe` (0.4 s more here).
 */
const { createHash } = require("node:crypto");
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} = require("node:fs");
const { join, relative } = require("node:path");

const ROOT = __dirname;
const MODULES = join(ROOT, "node_modules");

/**
 * Each bundle: the package, how jest resolves it in the suites that load it (the conditions of their
 * environment: Fluent UI is loaded only under jsdom, whose condition is `browser`), and the packages
 * left outside it so that the suite and the bundle share one copy (React's state is per copy; jszip is
 * used by the suites beside ExcelJS). `deep`: a folder of the package whose files the code requires
 * by path (the streaming reader's `exceljs/lib/…`); they are served from the same bundle, so that the
 * suite's ExcelJS and the reader's are the same modules, as in node_modules. `module`: the package's
 * ES module build, imported, as webpack builds the add-in (its CommonJS build requires all of
 * @fluentui/react-icons, 16.5 MB of the 20 MB, where the ES build keeps the icons the components use).
 */
const BUNDLES = [
  { name: "exceljs", platform: "node", conditions: [], external: ["jszip"], deep: "lib" },
  {
    name: "@fluentui/react-components",
    platform: "neutral",
    conditions: ["browser"],
    module: true,
    external: ["react", "react/*", "react-dom", "react-dom/*", "scheduler"],
  },
  { name: "hyperformula", platform: "node", conditions: [], external: [] },
];

const key = createHash("sha256")
  .update(readFileSync(join(ROOT, "package-lock.json")))
  .update(readFileSync(__filename))
  .update(require("esbuild/package.json").version)
  .digest("hex")
  .slice(0, 16);

/** Where this checkout's bundles are: one folder per lock file, the others removed when it is built. */
const CACHE = join(ROOT, ".cache");
const DIR = join(CACHE, `jest-dependencies-${key}`);

const fileName = (name) => name.replace(/[@/]/g, "_");
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** jest's `moduleNameMapper`: each package's name, and its deep folder's paths, to its bundle. */
const moduleNameMapper = Object.fromEntries(
  BUNDLES.flatMap(({ name, deep }) => [
    [`^${escape(name)}$`, join(DIR, fileName(name), "index.js")],
    ...(deep ? [[`^${escape(name)}/${deep}/(.*?)(?:\\.js)?$`, join(DIR, fileName(name), deep, "$1.js")]] : []),
  ]),
);

/** Every .js file under a folder, as paths relative to it without the extension. */
function jsFiles(folder, under = "") {
  return readdirSync(join(folder, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under === "" ? entry.name : `${under}/${entry.name}`;
    if (entry.isDirectory()) return jsFiles(folder, path);
    return entry.name.endsWith(".js") ? [path.slice(0, -3)] : [];
  });
}

/** The options a bundle is built with. */
const options = ({ platform, conditions, external }) => ({
  bundle: true,
  platform,
  format: "cjs",
  target: "node20",
  // jest reads `main` (never `module` or `browser`) and the export conditions of the suite's environment.
  mainFields: ["main"],
  conditions,
  external,
  absWorkingDir: ROOT,
  minifyWhitespace: true,
  logLevel: "error",
});

/**
 * One bundle: `bundle.js` holds the package and the deep files it loads, each evaluated on its first
 * require (esbuild's CommonJS wrappers); `index.js` and one small file per deep path take theirs from
 * it. A deep file the package itself never loads (ExcelJS's browser entry) is required from
 * node_modules as before.
 */
async function buildOne(esbuild, bundle, into) {
  const { name, deep } = bundle;
  const loaded = new Set();
  if (deep) {
    const { metafile } = await esbuild.build({
      ...options(bundle),
      entryPoints: [name],
      write: false,
      metafile: true,
      outdir: into,
    });
    // esbuild names its inputs from the working directory, after following links (node_modules is one in a worktree).
    for (const input of Object.keys(metafile.inputs)) loaded.add(join(ROOT, input));
  }
  const deepPaths = deep ? jsFiles(join(MODULES, name, deep)).map((path) => `${deep}/${path}`) : [];
  const inBundle = deepPaths.filter((path) => loaded.has(join(realpathSync(MODULES), name, `${path}.js`)));
  const requires = [name, ...inBundle.map((path) => `${name}/${path}`)];
  const entry = bundle.module
    ? `import * as module0 from ${JSON.stringify(name)};\nmodule.exports = () => module0;\n`
    : `const modules = {\n${requires
        .map((path) => `  ${JSON.stringify(path)}: () => require(${JSON.stringify(path)}),`)
        .join("\n")}\n};\nmodule.exports = (path) => modules[path]();\n`;
  const folder = join(into, fileName(name));
  await esbuild.build({
    ...options(bundle),
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: `${fileName(name)}-entry.js` },
    outfile: join(folder, "bundle.js"),
  });
  const shim = (path) => (path === name ? join(folder, "index.js") : join(folder, `${path.slice(name.length + 1)}.js`));
  const write = (file, text) => {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, text);
  };
  for (const path of requires) {
    const file = shim(path);
    const relativeBundle = relative(join(file, ".."), join(folder, "bundle.js"));
    write(file, `module.exports = require(${JSON.stringify(`./${relativeBundle}`)})(${JSON.stringify(path)});\n`);
  }
  // Relative: the checkout may be moved, and in a worktree node_modules is a link.
  for (const path of deepPaths.filter((path) => !inBundle.includes(path))) {
    const file = shim(`${name}/${path}`);
    write(
      file,
      `module.exports = require(${JSON.stringify(relative(join(file, ".."), join(MODULES, name, `${path}.js`)))});\n`,
    );
  }
}

/** Builds the bundles unless this lock file's are there; a second run at the same time builds its own and one keeps. */
async function buildDependencyBundles() {
  if (existsSync(DIR)) return;
  const esbuild = require("esbuild");
  const building = `${DIR}.${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  await Promise.all(BUNDLES.map((bundle) => buildOne(esbuild, bundle, building)));
  try {
    renameSync(building, DIR);
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
  // Bundles of an earlier lock file of this checkout: no run of it can want them any more (a folder
  // still being built, `….<pid>`, is another run's and left to it).
  for (const entry of readdirSync(CACHE)) {
    if (/^jest-dependencies-[0-9a-f]{16}$/.test(entry) && join(CACHE, entry) !== DIR) {
      rmSync(join(CACHE, entry), { recursive: true, force: true });
    }
  }
}

module.exports = { moduleNameMapper, buildDependencyBundles };
