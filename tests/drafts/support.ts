import type { DraftBlock, DraftDocument, DraftTable } from "../../src/core/drafts/draftDocument";

/** Readable views of a draft for assertions: its tables by caption, its headings, all its text. */
export function tables(draft: DraftDocument): DraftTable[] {
  return draft.blocks.flatMap((b) => (b.type === "table" ? [b.table] : []));
}

export function tableNamed(draft: DraftDocument, captionPart: string): DraftTable {
  const found = tables(draft).find((t) => t.caption.includes(captionPart));
  if (found === undefined) throw new Error(`no table "${captionPart}" in ${draft.fileName}`);
  return found;
}

/** Rows as arrays of cell text, the header first when the table shows one. */
export function rowsOf(table: DraftTable): string[][] {
  const body = table.rows.map((r) => r.cells);
  return table.header ? [table.columns.map((c) => c.header), ...body] : body;
}

export function headings(draft: DraftDocument): string[] {
  return draft.blocks.flatMap((b) => (b.type === "heading" ? [b.text] : []));
}

function blockText(b: DraftBlock): string {
  switch (b.type) {
    case "table":
      return [b.table.caption, ...rowsOf(b.table).flat()].join(" ");
    case "paragraph":
      return `${b.label ?? ""}${b.text}`;
    case "quote":
      return `${b.text} ${b.source}`;
    case "fill":
      return b.prompt;
    case "signature":
      return b.lines.join(" ");
    default:
      return b.text;
  }
}

export function allText(draft: DraftDocument): string {
  return [draft.title, ...draft.blocks.map(blockText)].join("\n");
}
