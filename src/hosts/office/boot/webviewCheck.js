/*
 * The first script of taskpane.html, before office.js and the bundles. Excel 2016/2019 without
 * WebView2 open the task pane in Internet Explorer 11 (Trident) or the old Edge (EdgeHTML): they
 * cannot parse the bundles and would show a blank pane. Here they, and any other engine without
 * what the bundles need, get a message instead: which Excel runs Kaohe, and what to use meanwhile.
 * Plain ES5 and never bundled, so IE11 itself can run it; es-check holds it to ES5
 * (tests/browser/bundleSyntax.test.ts). It sets `kaoheUnsupported`, which office-loader.js and the
 * bundle read before doing anything.
 */
(function () {
  var ua = navigator.userAgent;
  var engine = /Trident\/|MSIE /.test(ua)
    ? "Internet Explorer 11 (Trident)"
    : /Edge\/\d/.test(ua)
      ? "Microsoft Edge 旧版 (EdgeHTML)"
      : null;
  // The bundles are ES2021 (BUNDLE_SYNTAX in webpack.config.js): an engine without ES2021's library
  // (Promise.any, replaceAll) lacks its syntax too; the review runs in a Worker.
  var modern =
    typeof globalThis === "object" &&
    typeof Promise === "function" &&
    typeof Promise.any === "function" &&
    typeof String.prototype.replaceAll === "function" &&
    typeof Worker === "function";
  if (engine === null && modern) return;
  window.kaoheUnsupported = engine || "unknown";

  var preview = location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");

  function add(parent, tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.style.cssText = style;
    parent.appendChild(node);
    return node;
  }

  function list(parent, items) {
    var ul = add(parent, "ul", "", "margin:4px 0 8px 0;padding-left:20px");
    for (var i = 0; i < items.length; i++) add(ul, "li", items[i], "margin:2px 0");
  }

  function show() {
    var body = document.body;
    var root = document.getElementById("root");
    if (root) root.style.display = "none";
    var box = add(
      body,
      "div",
      "",
      "padding:16px;font-family:'Microsoft YaHei','PingFang SC',sans-serif;font-size:14px;line-height:1.5;color:#242424"
    );
    box.id = "unsupported-webview";
    add(box, "h1", "此版本的 Excel 无法运行考核助手", "font-size:18px;margin:0 0 8px 0");
    add(
      box,
      "p",
      engine
        ? "任务窗格运行在 " + engine + " 中，考核助手需要 WebView2（Windows）或 WKWebView（Mac）。"
        : "任务窗格的浏览器内核过旧，考核助手需要 WebView2（Windows）或 WKWebView（Mac）。"
    );
    add(box, "p", "可以运行考核助手的 Excel：", "margin:8px 0 0 0;font-weight:bold");
    list(box, [
      "Excel 2021 / 2024（含 LTSC 批量许可版），Windows 10 需安装 WebView2 运行时",
      "Microsoft 365 版 Excel（2102 及以后的版本）",
      "Excel 网页版（在 Edge、Chrome 或 Safari 中打开）",
      "Mac 版 Excel 16.50 及以后的版本",
      "Excel 2016 / 2019 零售版：安装 Microsoft Edge WebView2 运行时后重新打开 Excel",
    ]);
    add(
      box,
      "p",
      "Excel 2016 / 2019 批量许可版只能使用 Internet Explorer 11，无法运行考核助手。现在可以：",
      "margin:8px 0 0 0"
    );
    list(box, [
      "浏览器预览：在 Edge 或 Chrome 中打开 " +
        preview +
        " ，上传名册和测评工作簿，在本机计算并下载审阅工作簿（数据不离开本机）；",
      "命令行：kaohe review --roster 名册.xlsx --ballots 测评.xlsx --out 审阅.xlsx",
    ]);
    var en = add(
      box,
      "div",
      "",
      "margin-top:12px;padding-top:8px;border-top:1px solid #d1d1d1;font-size:12px;color:#424242"
    );
    en.setAttribute("lang", "en");
    add(
      en,
      "p",
      "This Excel cannot run Kaohe: its task pane uses " +
        (engine || "an outdated browser engine") +
        ". Kaohe runs in Excel 2021/2024 (LTSC included), Microsoft 365 (2102 or later), Excel on the web and Excel for Mac 16.50 or later, all with WebView2 or WKWebView; Excel 2016/2019 retail runs it once the Microsoft Edge WebView2 Runtime is installed. Volume-licensed Excel 2016/2019 cannot. Meanwhile, open the browser preview at " +
        preview +
        " in Edge or Chrome, or use the command line (kaohe review).",
      "margin:0"
    );
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
