/**
 * Imported first by browserReaderSuites.test.ts: from here on, every module that imports the
 * command line's streaming reader gets the preview's (readWorkbookInBrowser) in its place. The
 * mock is made in a module of its own because jest's transform (jest.transform.js, esbuild) keeps
 * statements in order: a `jest.mock` in the suite itself would come after the imports it must
 * precede, while this module's runs before the suite's next import is loaded. The properties over
 * intact zips try a third of their cases here (support/propertyRuns.ts says why).
 */
import { fewerRunsWithBrowserPieces } from "./propertyRuns";

fewerRunsWithBrowserPieces();

jest.mock("../../../src/hosts/exceljs/streamWorkbookNode", () => ({
  readWorkbookStreaming: jest.requireActual<typeof import("../../../src/hosts/exceljs/streamWorkbookBrowser")>(
    "../../../src/hosts/exceljs/streamWorkbookBrowser",
  ).readWorkbookInBrowser,
}));
