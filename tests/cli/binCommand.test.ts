import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CLI_MAIN } from "../../scripts/buildCli";
import { ROOT } from "./runCli";

// `package.json` `bin` → `kaohe` is what `npx kaohe` and an installed package run: the file itself,
// through the shell, not `node <file>` as the other suites do. A build that left it without its
// execute bit made `npx kaohe` fail with "Permission denied" while every `node dist-cli/…` test passed.
describe("the kaohe command as npm runs it", () => {
  it("is the built entry, executable", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
    expect(pkg.bin.kaohe).toBe(relative(ROOT, CLI_MAIN));
    expect(readFileSync(CLI_MAIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(CLI_MAIN).mode & 0o111).toBe(0o111);
  });

  it("answers `npx kaohe --help` from the project, installing nothing", () => {
    const run = spawnSync("npx", ["--no-install", "kaohe", "--help"], { cwd: ROOT, encoding: "utf8" });
    // npm may print its own notices on stderr; the shell's refusal ("kaohe: Permission denied") is not one.
    expect(run.stderr).not.toContain("kaohe");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("考核助手");
    expect(run.stdout).toContain("review");
  });
});
