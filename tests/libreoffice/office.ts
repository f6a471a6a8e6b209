import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { withLockSync } from "../../scripts/buildLock";

/**
 * One LibreOffice for a whole test run. A start costs LibreOffice several seconds of CPU, about as
 * much as the recalculations of a suite; the LibreOffice suites (and the WPS differential) used to
 * start one each. The first suite that converts starts it, listening on a named pipe, with its own
 * profile under the run's temporary directory (jest.tempSetup.js); the others hand it their files
 * through officeClient.py (UNO, Debian's python3-uno). jest.tempTeardown.js shuts it down from the
 * description written beside it (`OFFICE_FILE`). An office that died is started again.
 */
interface RunningOffice {
  pid: number;
  pipe: string;
}

/** Where the running office is described, in the run's temporary directory (read by jest.tempTeardown.js). */
const OFFICE_FILE = "libreoffice.json";
/** Debian's python3-uno is built for Debian's python3, not for another python3 on the PATH. */
const PYTHON = "/usr/bin/python3";
const CLIENT = join(__dirname, "officeClient.py");

/** Every formula recalculated on load (OOXMLRecalcMode 0, "always", per TOOLCHAIN.md). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The test run's temporary directory (jest.tempSetup.js); outside jest, the system's. */
const runDir = (): string => process.env.KAOHE_TEST_TMPDIR ?? tmpdir();

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The run's office, started if no live one is described in the run's directory. */
function runningOffice(soffice: string): RunningOffice {
  const described = join(runDir(), OFFICE_FILE);
  const current = (): RunningOffice | undefined => {
    if (!existsSync(described)) return undefined;
    const office = JSON.parse(readFileSync(described, "utf8")) as RunningOffice;
    return alive(office.pid) ? office : undefined;
  };
  const found = current();
  if (found !== undefined) return found;
  return withLockSync(join(runDir(), "libreoffice.lock"), () => {
    const started = current();
    if (started !== undefined) return started;
    const profile = join(runDir(), `libreoffice-profile-${process.pid}`);
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    // A pipe name of this run's own: runs of other checkouts may have an office of their own.
    const pipe = `kaohe-${basename(runDir())}-${process.pid}`;
    // Its own process group (detached), so that the teardown can end the soffice script, oosplash
    // and soffice.bin at once; not waited for: the client waits until the pipe answers.
    const child = spawn(
      soffice,
      [
        "--headless",
        "--norestore",
        "--nologo",
        `-env:UserInstallation=file://${profile}`,
        `--accept=pipe,name=${pipe};urp;`,
      ],
      { detached: true, stdio: "ignore" },
    );
    child.unref();
    if (child.pid === undefined) throw new Error(`LibreOffice did not start (${soffice})`);
    const office = { pid: child.pid, pipe };
    writeFileSync(described, JSON.stringify(office));
    return office;
  });
}

/** Each file converted by the run's office into `outDir`, as `soffice --convert-to FORMAT` names it. */
export function convertInOffice(soffice: string, files: string[], format: "xlsx" | "pdf", outDir: string): void {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: apt-get install -y python3-uno`);
  const { pipe } = runningOffice(soffice);
  mkdirSync(outDir, { recursive: true });
  // One batch at a time: two UNO clients loading documents at once left LibreOffice 7.4 waiting on
  // itself (both jest workers' conversions hung). The other worker waits meanwhile; a batch takes
  // seconds, and LibreOffice itself keeps a core busy.
  withLockSync(join(runDir(), "libreoffice-client.lock"), () =>
    execFileSync(PYTHON, [CLIENT, pipe, "convert", format, outDir, ...files], { stdio: "pipe", timeout: 180000 }),
  );
}
