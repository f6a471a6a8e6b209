// esbuild in both webpack builds (webpack.config.js, webpack.wps.js): a loader that strips the
// types and lowers the syntax of each module, and a minifier for the bundles. Both replace slower
// JavaScript tools doing the same job (ts-loader with transpileOnly; terser, which webpack runs
// twice over each bundle), about half of a production build's time. Type checking is
// `npm run typecheck`'s job; es-check holds the bundles to their syntax level
// (tests/browser/bundleSyntax.test.ts, `npm run build:wps`).
//
//   use: { loader: require.resolve("./webpack.esbuild"), options: { target: "es2021" } }
//   optimization: { minimizer: [new EsbuildMinify("es2021")] }
const { readFileSync } = require("fs");
const path = require("path");
const esbuild = require("esbuild");
const webpack = require("webpack");

/** tsconfig.json's options, so that JSX and class fields compile as `tsc` and the tests see them. */
const { compilerOptions } = JSON.parse(readFileSync(path.join(__dirname, "tsconfig.json"), "utf8"));

const loaders = { ".ts": "ts", ".tsx": "tsx", ".js": "js", ".mjs": "js", ".cjs": "js" };

/** The loader: one module, its types stripped and its syntax lowered to `options.target`; imports kept as ES modules. */
function esbuildLoader(source) {
  const { target, sourceMap = false } = this.getOptions();
  const loader = loaders[path.extname(this.resourcePath)] ?? "js";
  const callback = this.async();
  esbuild
    .transform(source, {
      loader,
      target,
      sourcemap: sourceMap ? "external" : false,
      sourcefile: this.resourcePath,
      tsconfigRaw: { compilerOptions },
    })
    .then((result) => callback(null, result.code, sourceMap ? result.map : undefined), callback);
}

/** The minifier: every JavaScript asset not already marked minimized, at `target`'s syntax level at most. */
class EsbuildMinify {
  constructor(target) {
    this.target = target;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EsbuildMinify", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "EsbuildMinify", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        async (assets) => {
          const names = Object.keys(assets).filter(
            (name) => /\.[cm]?js$/.test(name) && !compilation.getAsset(name).info.minimized,
          );
          await Promise.all(
            names.map(async (name) => {
              const code = compilation.getAsset(name).source.source().toString();
              const minified = await esbuild.transform(code, {
                loader: "js",
                minify: true,
                charset: "utf8",
                target: this.target,
              });
              compilation.updateAsset(name, new webpack.sources.RawSource(minified.code), { minimized: true });
            }),
          );
        },
      );
    });
  }
}

module.exports = esbuildLoader;
module.exports.EsbuildMinify = EsbuildMinify;
