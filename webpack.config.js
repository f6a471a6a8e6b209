// Builds the task pane (taskpane.html, inside Excel) and the browser preview (index.html, the
// same task pane on an uploaded .xlsx). `npm start` serves both; `npm run build` writes dist/
// with manifest.xml pointing at ADDIN_HOST_URL.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;
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

const officeFiles = [
  "office.js",
  // office.js loads the host's script by name from this table; without it Office.onReady never resolves.
  "o15apptofilemappingtable.js",
  "excel-*.js",
  "excelwebapp-*.js",
  "excelios-*.js",
  "es6-promise.js",
  "*/office_strings.js",
  "telemetry/oteljs*.js",
  "ariatelemetry/*.js",
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
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`'s job; ES modules let webpack drop unused Fluent code.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: !production } },
          },
        },
      ],
    },
    optimization: {
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/preview.html",
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
          // office.js is served from here, never from a CDN; `minimized` stops the minifier from re-parsing 14 MB.
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
