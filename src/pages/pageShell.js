/*
 * The shell every page of Kaohe's shares (the Excel task pane, the browser preview, the WPS task
 * pane): the character set, the viewport, the icon, a full-height root for React. Each page's own
 * head — its Content-Security-Policy, its title, the scripts ahead of its bundle — is its own file
 * (src/taskpane/taskpane.html, src/preview/preview.html, src/hosts/wps/package/taskpane.html) and
 * goes in right after the viewport, so that the policy comes before anything the page loads. Used
 * by webpack.config.js and webpack.wps.js (HtmlWebpackPlugin's templateContent) and by
 * tests/hardening/browserCsp.test.ts, so the pages tested are the pages built.
 */
const fs = require("fs");

/** The whole page around the head held in `headFile`. */
function pageHtml(headFile) {
  const head = fs
    .readFileSync(headFile, "utf8")
    .trim()
    .split("\n")
    .map((line) => (line === "" ? line : `    ${line}`))
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
${head}
    <link rel="icon" href="assets/icon-32.png" />
    <style>
      html,
      body,
      #root {
        height: 100%;
        margin: 0;
      }
    </style>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}

module.exports = { pageHtml };
