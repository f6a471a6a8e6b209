/**
 * jest's globalSetup: one temporary directory per test run, removed by jest.tempTeardown.js. The
 * suites make their workbooks, LibreOffice profiles, PDFs and command-line outputs under
 * `os.tmpdir()`; setting TMPDIR here puts all of them (and those of every program the suites
 * start) under this run's directory. A suite that stops at a timeout or has no cleanup of its own
 * then leaves nothing behind in /tmp (before, a clean clone's run left about 80 directories there).
 */
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { buildDependencyBundles } = require("./jest.dependencies");

module.exports = async function makeRunTempDir() {
  const dir = mkdtempSync(join(tmpdir(), "kaohe-tests-"));
  process.env.KAOHE_TEST_TMPDIR = dir;
  // Read by os.tmpdir() in the jest workers, which start after this, and by their child processes.
  process.env.TMPDIR = dir;
  // Not under TMPDIR: the bundles are kept for the next run with the same lock file.
  await buildDependencyBundles();
};
