// Jest's TypeScript transform: esbuild strips the types and writes CommonJS, one file at a time.
// Type checking is `npm run typecheck`'s job (tsc over the same files), and tsconfig.json's
// `isolatedModules` holds every file to what a one-file transform can compile. ts-jest did the
// same work with the TypeScript compiler in each worker, several times the CPU.
//
// esbuild keeps statements in order and does not hoist `jest.mock` above the imports as ts-jest
// and babel-jest do: a suite that mocks a module for the modules it imports calls `jest.mock` in
// a module it imports first (tests/exceljs/support/useBrowserReader.ts).
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const esbuild = require("esbuild");

const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, "tsconfig.json"), "utf8"));

/** The options every file is compiled with; esbuild reads the class-field and JSX settings from tsconfig. */
const options = (path) => ({
  loader: path.endsWith(".tsx") ? "tsx" : "ts",
  format: "cjs",
  target: "node20",
  // `import()` as `require()`, as tsc's CommonJS output has it: jest runs CommonJS, and a real dynamic
  // import fails there without --experimental-vm-modules (the task pane loads its reviewer so).
  supported: { "dynamic-import": false },
  sourcemap: "inline",
  sourcefile: path,
  tsconfigRaw: { compilerOptions },
});

module.exports = {
  process(source, path) {
    return { code: esbuild.transformSync(source, options(path)).code };
  },
  getCacheKey(source, path) {
    return createHash("sha256")
      .update(esbuild.version)
      .update(JSON.stringify(options(path)))
      .update(readFileSync(__filename))
      .update(source)
      .digest("hex");
  },
};
