import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectHost } from "../../src/hosts/detectHost";

/** The WPS add-in's package files as WPS reads them, and the host detector of the pages. */
const PACKAGE = join(__dirname, "..", "..", "src", "hosts", "wps", "package");
const ROOT = join(__dirname, "..", "..");

test("ribbon.xml and manifest.xml are well formed; ribbon.xml has no XML declaration, as WPS wants", () => {
  const files = ["ribbon.xml", "manifest.xml"].map((f) => join(PACKAGE, f));
  execFileSync("xmllint", ["--noout", "--nonet", ...files], { stdio: "pipe" });
  const ribbon = readFileSync(join(PACKAGE, "ribbon.xml"), "utf8");
  expect(ribbon.startsWith("<?xml")).toBe(false);
  expect(ribbon).toMatch(/<tab idMso="TabHome">/);
  expect(ribbon).toMatch(/<button id="kaoheShowPane" label="考核助手"[^>]*onAction="ribbon.OnAction"/);
});

test("jsplugins.xml lists the add-in for online and offline mode, well formed whatever the URL holds", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.wps.js is plain CommonJS without types
  const { jsplugins } = require(join(ROOT, "webpack.wps.js")) as {
    jsplugins: (url: string, offline: boolean) => string;
  };
  const url = "https://intranet.example/kaohe/wps/?a=1&b=2";
  for (const offline of [false, true]) {
    const xml = jsplugins(url, offline);
    execFileSync("xmllint", ["--noout", "--nonet", "-"], { input: xml, stdio: "pipe" });
    expect(xml).toMatch(offline ? /<jsplugin name="kaohe" type="et"/ : /<jspluginonline name="kaohe" type="et"/);
  }
});

test("the host detector tells WPS, Office and a plain browser apart", () => {
  expect(detectHost({ Application: { ApiEvent: {} } })).toBe("wps");
  expect(detectHost({ Office: {} })).toBe("office");
  expect(detectHost({})).toBe("preview");
  // Excel's own objects never carry WPS's ApiEvent.
  expect(detectHost({ Application: {}, Office: {} })).toBe("office");
});
