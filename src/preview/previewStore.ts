import type { SheetGrid } from "../core/model/sheetGrid";
import type { WritePlan } from "../core/plan/writePlan";
import type { CellTarget } from "../taskpane/host";

/** One uploaded workbook. */
export interface UploadedFile {
  name: string;
  slot: "roster" | "ballots";
  data: Uint8Array;
  grids: SheetGrid[];
  notKept: string[];
}

/** The reviewed workbook the preview built, as bytes to download and as grids to show. */
export interface ReviewedWorkbook {
  fileName: string;
  data: Uint8Array;
  grids: SheetGrid[];
  plan: WritePlan;
}

export interface PreviewState {
  files: UploadedFile[];
  reviewed: ReviewedWorkbook | null;
  selection: CellTarget | null;
}

/** The preview's state outside React, shared by the host object and the page; listeners hear every change. */
export class PreviewStore {
  private value: PreviewState = { files: [], reviewed: null, selection: null };
  private readonly listeners = new Set<() => void>();

  get state(): PreviewState {
    return this.value;
  }

  update(patch: Partial<PreviewState>): void {
    this.value = { ...this.value, ...patch };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PreviewState => this.value;
}
