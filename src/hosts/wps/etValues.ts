import type { GridValue } from "../../core/model/sheetGrid";

/**
 * How ET encodes what Kaohe reads and writes: colours as BGR numbers (`0xBBGGRR`, VBA's RGB()),
 * and error values in `Value2` as numbers. WPS, like Excel's COM model, gives a CVErr code
 * (`#N/A` is 2042) or, through some bridges, the HRESULT it wraps (0x800A0000 + code, a negative
 * 32-bit number); both are recognised. A plain number can be 2042 too, so a candidate is only an
 * error when the cell's `Text` says so (etFacade.ts asks for those few cells).
 */
export const CVERR: Readonly<Record<number, string>> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
};

const HRESULT_BASE = 0x800a0000 | 0; // -2146828288 as a signed 32-bit number

/** The error text a CVErr number stands for, or null when the number is no error code. */
export function errorCodeOf(value: number): string | null {
  const code = value < 0 ? value - HRESULT_BASE : value;
  return CVERR[code] ?? null;
}

/** `RRGGBB` (the plan's colours) as ET's BGR number. */
export function bgr(rrggbb: string): number {
  const hex = rrggbb.replace(/^#/, "");
  const r = parseInt(hex.slice(0, 2), 16);
  const g = parseInt(hex.slice(2, 4), 16);
  const b = parseInt(hex.slice(4, 6), 16);
  return (b << 16) | (g << 8) | r;
}

/** ET's BGR number as `RRGGBB`. */
export function rgbOf(color: number): string {
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return [r, g, b].map((n) => n.toString(16).padStart(2, "0").toUpperCase()).join("");
}

/**
 * A cell of `Value2` as the grid wants it. `Value2` has no dates (they are serial numbers, told
 * apart by the number format, readEtGrids.ts) and no error type; `isError` says whether a
 * number that looks like an error code was confirmed as one.
 */
export function gridValueOf(value: unknown, isError: boolean): GridValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (isError) return { kind: "error", code: errorCodeOf(value) ?? "#VALUE!" };
    return Number.isFinite(value) ? value : null;
  }
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  // Anything else (a date object from an old bridge) is not a value Kaohe reads.
  return null;
}
