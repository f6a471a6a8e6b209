import type { GridView } from "./gridView";
import { isKnownHeader } from "./vocabulary";
import { cellText, normaliseHeader } from "./textNormalise";

/** One header column: its leaf text and, in a two-row header, the group cell above it. */
export interface HeaderColumn {
  /** 0-based grid column. */
  readonly c: number;
  /** Leaf text as written. */
  readonly text: string;
  /** Leaf text normalised for the vocabulary. */
  readonly key: string;
  readonly address: string;
  readonly group: string | null;
  readonly groupKey: string | null;
  readonly groupAddress: string | null;
  /** Grid column where the group starts: two groups with the same text stay apart. */
  readonly groupStart: number | null;
}

export interface HeaderLayout {
  /** 0-based grid rows of the header: `bottom` is `top + 1` for a two-row header. */
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly HeaderColumn[];
}

function headerText(view: GridView, r: number, c: number, merged: boolean): string {
  return cellText(merged ? view.label(r, c) : view.own(r, c)).trim();
}

/**
 * Whether row `top + 1` holds the leaves of a two-row header: a header cell merged down into
 * it, a group cell merged across with leaves below, or (when the host gave no merges) at least
 * two known header names below, in a row without numbers.
 */
function hasLeafRow(view: GridView, top: number): boolean {
  if (top + 1 >= view.rowCount) return false;
  let leafNames = 0;
  for (let c = 0; c < view.colCount; c++) {
    const merge = view.mergeAt(top, c);
    if (merge && merge.top === top && merge.bottom > top) return true;
    if (merge && merge.top === top && merge.left === c && merge.right > c) {
      for (let cc = c; cc <= merge.right; cc++) if (headerText(view, top + 1, cc, false) !== "") return true;
    }
    const below = view.own(top + 1, c);
    if (typeof below === "number") return false;
    if (isKnownHeader(normaliseHeader(cellText(below)))) leafNames++;
  }
  return leafNames >= 2;
}

interface Carry {
  text: string;
  start: number;
  address: string;
}

function leafColumn(view: GridView, r: number, c: number, text: string, group: Carry | null): HeaderColumn {
  const sameAsGroup = group !== null && normaliseHeader(group.text) === normaliseHeader(text);
  const kept = sameAsGroup ? null : group;
  return {
    c,
    text,
    key: normaliseHeader(text),
    address: view.address(r, c),
    group: kept?.text ?? null,
    groupKey: kept ? normaliseHeader(kept.text) : null,
    groupAddress: kept?.address ?? null,
    groupStart: kept?.start ?? null,
  };
}

function twoRowColumns(view: GridView, top: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  let carry: Carry | null = null;
  for (let c = 0; c < view.colCount; c++) {
    const merge = view.mergeAt(top, c);
    const topText = headerText(view, top, c, true);
    if (merge && merge.bottom > top) {
      // A leaf merged down through both rows (序号, 姓名): one column, at the merge's left.
      if (merge.left === c && merge.top === top && topText !== "")
        columns.push(leafColumn(view, top, c, topText, null));
      carry = null;
      continue;
    }
    const leafText = headerText(view, top + 1, c, false);
    if (leafText === "") {
      if (topText !== "" && !view.isCovered(top, c)) columns.push(leafColumn(view, top, c, topText, null));
      carry = null;
      continue;
    }
    if (topText !== "") {
      // Without merge information a group is its text repeated, or written once and left blank to its right.
      const previous: Carry | null = carry;
      const continues = previous !== null && !merge && normaliseHeader(previous.text) === normaliseHeader(topText);
      const start: number = merge ? merge.left : continues && previous ? previous.start : c;
      carry = { text: topText, start, address: view.address(top, start) };
    }
    columns.push(leafColumn(view, top + 1, c, leafText, carry));
  }
  return columns;
}

/** The header at grid row `top` read as one row (a raw ballot sheet's row of subject names). */
export function singleRowLayout(view: GridView, top: number): HeaderLayout {
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < view.colCount; c++) {
    const text = headerText(view, top, c, false);
    if (text !== "") columns.push(leafColumn(view, top, c, text, null));
  }
  return { top, bottom: top, columns };
}

function knownCount(columns: readonly HeaderColumn[]): number {
  return columns.filter((col) => isKnownHeader(col.key)).length;
}

/**
 * Reads the header starting at grid row `top`, as one row or as two (merged group cells over
 * leaf names). A title merged across the whole table is not a group: a real two-row header has
 * a column headed by one cell alone (序号 merged down), or at least two groups. And it names no
 * fewer known columns than the first row alone, so that a header cell merged across two columns
 * never turns the first data row into leaves.
 */
export function headerLayoutAt(view: GridView, top: number): HeaderLayout {
  const single = singleRowLayout(view, top);
  if (!hasLeafRow(view, top)) return single;
  const columns = twoRowColumns(view, top);
  const groups = new Set(columns.filter((col) => col.groupStart !== null).map((col) => col.groupStart));
  const ungrouped = columns.some((col) => col.group === null);
  const shaped = ungrouped || groups.size >= 2;
  return shaped && knownCount(columns) >= knownCount(single.columns) ? { top, bottom: top + 1, columns } : single;
}
