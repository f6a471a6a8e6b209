// Builds the task pane (taskpane.html, inside Excel) and the browser preview (index.html, the
// same task pane on an uploaded .xlsx). `npm start` serves both; `npm run build` writes dist/
// with manifest.xml pointing at ADDIN_HOST_URL.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { pageHtml } = require("./src/pages/pageShell");
const { EsbuildMinify } = require("./webpack.esbuild");

const DEV_URL = "https://localhost:3000/";
/** The syntax level of every bundle (es-check's name for it); webviewCheck.js probes the same level. */
const BUNDLE_SYNTAX = "es2021";
const PORT = 3000;
/** The TypeScript loader and the minifier: esbuild (webpack.esbuild.js). */
const ESBUILD = require.resolve("./webpack.esbuild");
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** The manifest with every development URL replaced by the production host. */
function manifestForHost(xml, hostUrl) {
  const base = hostUrl.endsWith("/") ? hostUrl : `${hostUrl}/`;
  if (!/^https:\/\/[^/\s]+/.test(base)) {
    throw new Error(`ADDIN_HOST_URL must be an https:// URL (Office loads add-ins over https only): ${hostUrl}`);
  }
  const origin = new URL(base).origin;
  return xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(origin);
}

/** The dev certificates of `office-addin-dev-certs install`, when present: Excel sideloads over https only. */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/**
 * The local office.js, for hosts that cannot reach Microsoft's CDN (src/hosts/office/boot/officeLoader.js),
 * and only what it loads: the host's script by name from the mapping table (without it Office.onReady never
 * resolves), the hosts' scripts, the locale strings, and the OTel sink office.js loads from its own folder
 * (telemetry/oteljs_agave.js, which hands events to Office itself). The shipped host scripts never load
 * ariatelemetry/ (their direct Aria path is switched off), so it is not copied.
 */
const officeFiles = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "excelios-*.js",
  "es6-promise.js",
  "*/office_strings.js",
  // A glob, so that the copy keeps the telemetry/ folder office.js looks in.
  "telemetry/oteljs_agave*.js",
];

/**
 * ExcelJS's browser bundle comes minified; its chunk is marked so, and the minifier skips the
 * largest part of the preview instead of spending half the build on it again.
 */
class PreminifiedChunks {
  constructor(chunkName) {
    this.chunkName = chunkName;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PreminifiedChunks", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PreminifiedChunks", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          for (const chunk of compilation.chunks) {
            if (chunk.name !== this.chunkName) continue;
            for (const file of chunk.files) compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const hostUrl = env.host || process.env.ADDIN_HOST_URL || DEV_URL;
  const certificates = production ? null : devCertificates();
  return {
    entry: {
      taskpane: "./src/hosts/office/main.tsx",
      preview: "./src/preview/main.tsx",
    },
    output: {
      path: path.resolve(__dirname, env.outDir || "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // No eval in development either: the pages' Content-Security-Policy forbids it.
    devtool: production ? false : "source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // readWorkbookFile (the CLI's) reads from disk; the browser only ever calls readWorkbookBuffer.
      fallback: { fs: false, "fs/promises": false, path: false },
    },
    module: {
      // ExcelJS ships a ready browser bundle (its package's "browser" field): parsing it again is wasted time.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`'s job; ES modules let webpack drop unused Fluent code.
          // ES2021: what Safari 14 (Excel for Mac's WKWebView on older macOS) parses; es-check holds the
          // bundles to it (tests/browser/bundleSyntax.test.ts) and webviewCheck.js turns older engines away.
          use: { loader: ESBUILD, options: { target: BUNDLE_SYNTAX, sourceMap: !production } },
        },
        {
          // Fluent's focus library ships ES2022 (class static blocks, Safari 16.4+): brought down to the bundles' level.
          test: /[\\/]node_modules[\\/]tabster[\\/].*\.js$/,
          use: { loader: ESBUILD, options: { target: BUNDLE_SYNTAX } },
        },
      ],
    },
    optimization: {
      minimizer: [new EsbuildMinify(BUNDLE_SYNTAX)],
      splitChunks: {
        chunks: "all",
        cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", priority: 20 } },
      },
    },
    performance: { hints: false },
    plugins: [
      // `node:fs/promises` → `fs/promises`, which the fallback above leaves empty in the browser.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, "");
      }),
      new PreminifiedChunks("exceljs"),
      // Each page is its own head (policy, title, boot scripts) in the shell the pages share.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: () => pageHtml(path.join(__dirname, "src/taskpane/taskpane.html")),
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        templateContent: () => pageHtml(path.join(__dirname, "src/preview/preview.html")),
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            ...(production ? { transform: (content) => manifestForHost(content.toString("utf8"), hostUrl) } : {}),
          },
          // The plain ES5 scripts ahead of the bundles in taskpane.html, as written (es-check holds them to ES5).
          { from: "src/hosts/office/boot/webviewCheck.js", to: "boot/webview-check.js", info: { minimized: true } },
          { from: "src/hosts/office/boot/officeLoader.js", to: "boot/office-loader.js", info: { minimized: true } },
          // The local office.js, the fallback to the CDN; `minimized` stops the minifier from re-parsing 14 MB.
          ...officeFiles.map((pattern) => ({
            from: pattern,
            context: OFFICE_DIST,
            to: "office/",
            info: { minimized: true },
            globOptions: { ignore: ["**/*.debug.js"] },
          })),
        ],
      }),
    ],
    devServer: {
      host: "localhost",
      port: PORT,
      server: certificates ? { type: "https", options: certificates } : "http",
      hot: false,
      static: false,
      client: { overlay: { warnings: false } },
      headers: { "Cache-Control": "no-store" },
    },
  };
};

module.exports.manifestForHost = manifestForHost;
module.exports.BUNDLE_SYNTAX = BUNDLE_SYNTAX;
