import type { FakeSheet, FakeWorkbook } from "../../fakeExcel";
import { ServerError } from "./node";

/** Excel's limits the lane enforces, as Excel on the web has them. */
export interface ServerLimits {
  /** Bytes of one request's JSON body (Excel on the web: 5 MB). */
  requestBytes: number;
  /** Bytes of one response's JSON body (Excel on the web: 5 MB). */
  responseBytes: number;
  /** Merged areas one `getMergedAreasOrNullObject` may return. */
  mergedAreas: number;
}

export const WEB_LIMITS: ServerLimits = {
  requestBytes: 5 * 1024 * 1024,
  responseBytes: 5 * 1024 * 1024,
  mergedAreas: 512,
};

/** What every node of one lane shares: the workbook, its kept references and its event registrations. */
export interface World {
  readonly state: FakeWorkbook;
  readonly limits: ServerLimits;
  /** Sheet ids with a `Changed` handler registered (`_RegisterDataChangedEvent`). */
  readonly changeEvents: Map<string, number>;
  /** Workbook-wide calls the host made (`suspendApiCalculationUntilNextSync`…), for tests to count. */
  readonly calls: string[];
}

/** Excel compares sheet and defined names case-insensitively. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en") === b.toLocaleUpperCase("en");
}

export function findSheet(world: World, key: string): FakeSheet | undefined {
  return world.state.sheets.find((s) => s.id === key || sameName(s.name, key));
}

export function sheetOf(world: World, key: string): FakeSheet {
  const sheet = findSheet(world, key);
  if (sheet === undefined) throw new ServerError("ItemNotFound", "The requested resource doesn't exist.", 404);
  return sheet;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, `_` and `.`. */
export function sheetPrefix(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
