import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/**
 * A digest of a build's inputs (their paths under `root` and their contents), so a checkout or an
 * edit is seen whatever its times: the command line's build and the tests' browser bundles share it.
 */
export function inputsDigest(root: string, inputs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap((p) => filesUnder(join(root, p)))) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}
