import { join } from "node:path";
import webpack from "webpack";

const ROOT = join(__dirname, "..", "..");

/** Builds the production bundle into `out/<dir>` with the project's own webpack configuration. */
export async function buildProduction(dir: string): Promise<string> {
  // The build's configuration is plain CommonJS, shared with `npm run build`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js has no types
  const configure = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, string>,
    argv: { mode: "production" },
  ) => webpack.Configuration;
  const config = { ...configure({ outDir: join("out", dir) }, { mode: "production" }), context: ROOT };
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (stats === undefined || stats.hasErrors()) throw new Error(stats?.toString("errors-only") ?? "no build");
  return join(ROOT, "out", dir);
}
