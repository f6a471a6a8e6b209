const { moduleNameMapper } = require("./jest.dependencies");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // esbuild, one file at a time (jest.transform.js); `npm run typecheck` checks the types.
  transform: { "^.+\\.tsx?$": "<rootDir>/jest.transform.js" },
  // Browser and LibreOffice checks start real programs; they get the time they need.
  testTimeout: 60000,
  // ExcelJS, Fluent UI and HyperFormula as one file each, built by jest.tempSetup.js (jest.dependencies.js).
  moduleNameMapper,
  // Slow suites first on a clean clone, so that `npm test`'s two workers finish together.
  testSequencer: "<rootDir>/jest.sequencer.js",
  // Every temporary file of a run under one directory, removed at its end (jest.tempSetup.js).
  globalSetup: "<rootDir>/jest.tempSetup.js",
  globalTeardown: "<rootDir>/jest.tempTeardown.js",
};
