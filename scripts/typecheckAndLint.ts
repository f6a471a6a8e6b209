import { ESLint } from "eslint";
import { join } from "node:path";
import ts from "typescript";

/**
 * `npm run typecheck` and `npm run lint`'s ESLint in one process over one TypeScript program, as
 * `npm test` runs them (scripts/test.sh). Run apart, tsc builds and checks the program and then
 * ESLint's type-aware rules build it again through typescript-eslint's project service and check
 * most of it again: 36 + 106 s of CPU. Here the program tsc would build from tsconfig.json is
 * checked once and handed to ESLint (`parserOptions.programs`), whose rules then read the
 * checker's types already computed: about 65 s. Every rule of eslint.config.mjs applies as it
 * does in `eslint .`; only the program comes from here. Both report in full, whatever fails.
 *
 *   npx tsx scripts/typecheckAndLint.ts
 */
const ROOT = join(__dirname, "..");

const FORMAT_HOST: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (fileName) => fileName,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => "\n",
};

/** tsc's own formats: with colour and source lines on a terminal, one line each otherwise (a log). */
function printDiagnostics(diagnostics: readonly ts.Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(diagnostics, FORMAT_HOST));
  process.stdout.write(`\nFound ${diagnostics.length} TypeScript error(s).\n`);
}

/** The program `tsc --noEmit -p tsconfig.json` checks, and what it reports. */
function typecheck(): { program: ts.Program; diagnostics: readonly ts.Diagnostic[] } {
  const configErrors: ts.Diagnostic[] = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.json"),
    { noEmit: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => configErrors.push(diagnostic) },
  );
  if (config === undefined) throw new Error(ts.formatDiagnostics(configErrors, FORMAT_HOST));
  const program = ts.createProgram({
    rootNames: config.fileNames,
    options: config.options,
    configFileParsingDiagnostics: config.errors,
  });
  return { program, diagnostics: ts.sortAndDeduplicateDiagnostics(ts.getPreEmitDiagnostics(program)) };
}

async function main(): Promise<number> {
  const { program, diagnostics } = typecheck();
  printDiagnostics(diagnostics);
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, programs: [program] } } },
  });
  const results = await eslint.lintFiles(["."]);
  const formatter = await eslint.loadFormatter("stylish");
  process.stdout.write(await formatter.format(results));
  // Warnings do not fail, as in `eslint .`; a file that cannot be parsed counts as an error.
  const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
  return diagnostics.length > 0 || lintErrors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
