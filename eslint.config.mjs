// ESLint flat config with typed rules. The one architectural rule: the core is pure.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const hostModules = [
  { name: "react", message: "The core is pure: React belongs to src/taskpane." },
  { name: "react-dom", message: "The core is pure: React belongs to src/taskpane." },
  { name: "exceljs", message: "The core is pure: ExcelJS belongs to src/hosts/exceljs." },
  { name: "fs", message: "The core does no file I/O." },
  { name: "node:fs", message: "The core does no file I/O." },
  { name: "fs/promises", message: "The core does no file I/O." },
  { name: "node:fs/promises", message: "The core does no file I/O." },
  { name: "path", message: "The core does no file I/O." },
  { name: "node:path", message: "The core does no file I/O." },
  { name: "@microsoft/office-js", message: "The core is pure: Office.js belongs to src/hosts/office." },
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "dist-cli/", "out/", "coverage/", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "no-console": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: hostModules,
          patterns: [
            { group: ["@fluentui/*"], message: "The core is pure: Fluent UI belongs to src/taskpane." },
            {
              group: ["**/hosts/**", "**/taskpane/**", "**/cli/**", "**/preview/**"],
              message: "The core never imports a host.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "The core is pure: Office.js belongs to src/hosts/office." },
        { name: "Excel", message: "The core is pure: Office.js belongs to src/hosts/office." },
        { name: "document", message: "The core is pure: no DOM." },
        { name: "window", message: "The core is pure: no DOM." },
        { name: "fetch", message: "The core makes no network calls." },
        { name: "console", message: "The core never logs: workbook data is personnel data." },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "Office",
          message: "The task pane receives host actions as props; Office.js belongs to src/hosts/office.",
        },
        {
          name: "Excel",
          message: "The task pane receives host actions as props; Office.js belongs to src/hosts/office.",
        },
      ],
      "no-restricted-imports": ["error", { paths: [{ name: "exceljs", message: "Hosts are passed in as props." }] }],
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts", "src/cli/**/*.ts"],
    rules: {
      // Tests and command-line tools print figures and summaries on purpose.
      "no-console": "off",
    },
  },
);
