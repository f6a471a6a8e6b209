/** jest's globalTeardown: removes the run's temporary directory made by jest.tempSetup.js. */
const { rmSync } = require("node:fs");

module.exports = async function removeRunTempDir() {
  const dir = process.env.KAOHE_TEST_TMPDIR;
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
};
