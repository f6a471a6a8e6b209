import type { SheetGrid } from "../../../src/core/model/sheetGrid";
import type { FakeEt } from "../fakeEt";
import { fakeFromGrids } from "../support/fakeFromGrids";

/**
 * Bundled for the browser and run before the WPS task pane's own script: puts a fake ET
 * `Application` holding the given grids on the window, as WPS injects its own into an add-in's
 * pages, and keeps the fake reachable for the test's checks.
 */
(window as unknown as { kaoheFakeEt: (grids: SheetGrid[], name: string) => void }).kaoheFakeEt = (grids, name) => {
  const et = fakeFromGrids(grids, name);
  const w = window as unknown as { Application: unknown; fakeEt: FakeEt };
  w.Application = et.app;
  w.fakeEt = et;
};
