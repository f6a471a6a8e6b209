/**
 * jest's globalTeardown: shuts down the run's LibreOffice, if a suite started one
 * (tests/libreoffice/office.ts), then removes the run's temporary directory made by
 * jest.tempSetup.js, its profile with it.
 */
const { spawnSync } = require("node:child_process");
const { existsSync, readFileSync, rmSync } = require("node:fs");
const { join } = require("node:path");

const OFFICE_FILE = "libreoffice.json";
const PYTHON = "/usr/bin/python3";
const CLIENT = join(__dirname, "tests", "libreoffice", "officeClient.py");

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Asks the office to close (it removes its pipe), then ends its process group, whatever is left of it. */
function stopOffice(dir) {
  const described = join(dir, OFFICE_FILE);
  if (!existsSync(described)) return;
  const { pid, pipe } = JSON.parse(readFileSync(described, "utf8"));
  spawnSync(PYTHON, [CLIENT, pipe, "terminate"], { stdio: "ignore", timeout: 10000 });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 5000 && alive(pid); waited += 100) Atomics.wait(pause, 0, 0, 100);
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // The group is gone already.
  }
  // LibreOffice's pipes are sockets in /tmp whatever TMPDIR says; one that was killed leaves its pipe behind.
  rmSync(join("/tmp", `OSL_PIPE_${process.getuid()}_${pipe}`), { force: true });
}

module.exports = async function removeRunTempDir() {
  const dir = process.env.KAOHE_TEST_TMPDIR;
  if (dir === undefined) return;
  stopOffice(dir);
  rmSync(dir, { recursive: true, force: true });
};
