// `npm run build:wps`: the WPS 表格 add-in as a folder an intranet web server can host (dist-wps/):
// the add-in page WPS loads hidden (index.html, the ribbon's callbacks), ribbon.xml, the task pane
// (taskpane.html), manifest.xml, the install page for online mode, jsplugins.xml for IT-managed
// deployment and the offline package. WPS's Chromium is older: the bundle is lowered to ES2019
// (esbuild) with core-js polyfills, and `es-check es2019` checks it. No vendor tool runs here.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const JSZip = require("jszip");
const esbuild = require("esbuild");
const webpack = require("webpack");
const { pageHtml } = require("./src/pages/pageShell");
const { EsbuildMinify } = require("./webpack.esbuild");
const { version } = require("./package.json");

const NAME = "kaohe";
const PACKAGE = path.join(__dirname, "src/hosts/wps/package");

/** The add-in's address as WPS will load it: https or http, ending in `/`. */
function addinUrl(env) {
  const url = env.wpsUrl || process.env.WPS_ADDIN_URL || "http://127.0.0.1:3000/wps/";
  if (!/^https?:\/\/[^/\s]+/.test(url)) throw new Error(`WPS_ADDIN_URL must be an http(s) URL: ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

const xmlText = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** jsplugins.xml for IT: online mode (the folder on the server) and offline mode (the zip). */
function jsplugins(url, offline) {
  const entry = offline
    ? `  <jsplugin name="${NAME}" type="et" url="${xmlText(url + offlineName())}" version="${version}"/>`
    : `  <jspluginonline name="${NAME}" type="et" url="${xmlText(url)}" version="${version}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${entry}\n</jsplugins>\n`;
}

const offlineName = () => `${NAME}_${version}.zip`;

/** Lowers every script to ES2019 before the minifier runs: WPS's Chromium may predate `?.` and `??`. */
class LowerToEs2019 {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LowerToEs2019", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LowerToEs2019", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => n.endsWith(".js"))) {
            const code = compilation.getAsset(name).source.source().toString();
            const lowered = esbuild.transformSync(code, { loader: "js", target: "es2019", legalComments: "none" });
            compilation.updateAsset(name, new webpack.sources.RawSource(lowered.code));
          }
        },
      );
    });
  }
}

/** The folder's deployment files, written last: jsplugins.xml and the offline package of the add-in's files. */
class WpsPackage {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WpsPackage", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "WpsPackage", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        async (assets) => {
          const zip = new JSZip();
          for (const name of Object.keys(assets)) {
            if (/^install\.|^jsplugins/.test(name)) continue;
            zip.file(name, compilation.getAsset(name).source.buffer(), { date: new Date(2000, 0, 1) });
          }
          const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
          compilation.emitAsset(offlineName(), new webpack.sources.RawSource(bytes));
          compilation.emitAsset("jsplugins.xml", new webpack.sources.RawSource(jsplugins(this.url, false)));
          compilation.emitAsset("jsplugins-offline.xml", new webpack.sources.RawSource(jsplugins(this.url, true)));
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  return {
    target: ["web", "es2019"],
    entry: {
      taskpane: "./src/hosts/wps/main.tsx",
      index: "./src/hosts/wps/ribbon.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist-wps"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    devtool: false,
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      fallback: { fs: false, "fs/promises": false, path: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: require.resolve("./webpack.esbuild"), options: { target: "es2019" } },
        },
      ],
    },
    // esbuild (webpack.esbuild.js), at the level LowerToEs2019 brought every script to.
    optimization: { minimizer: [new EsbuildMinify("es2019")] },
    performance: { hints: false },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new LowerToEs2019(),
      // The pane's own head (policy, title) in the shell all of Kaohe's pages share.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: () => pageHtml(path.join(PACKAGE, "taskpane.html")),
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({ filename: "index.html", template: path.join(PACKAGE, "index.html"), chunks: ["index"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: path.join(PACKAGE, "ribbon.xml"), to: "ribbon.xml" },
          { from: path.join(PACKAGE, "manifest.xml"), to: "manifest.xml" },
          { from: path.join(PACKAGE, "install.html"), to: "install.html" },
          {
            from: path.join(PACKAGE, "install.js"),
            to: "install.js",
            transform: (content) => content.toString("utf8").replace("__KAOHE_VERSION__", version),
          },
        ],
      }),
      new WpsPackage(addinUrl(env)),
    ],
  };
};

module.exports.jsplugins = jsplugins;
