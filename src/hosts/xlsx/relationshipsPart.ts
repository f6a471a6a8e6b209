import { xmlAttribute } from "./xmlText";

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
} as const;

const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

export interface NewRelationship {
  id: string;
  type: string;
  /** Relative to the source part's folder. */
  target: string;
}

/** A relationships part: `removeIds` dropped from the existing one (if any), `add` appended. */
export function relationshipsXml(
  existing: string | null,
  removeIds: ReadonlySet<string>,
  add: readonly NewRelationship[],
): string {
  const added = add
    .map((r) => `<Relationship Id="${xmlAttribute(r.id)}" Type="${r.type}" Target="${xmlAttribute(r.target)}"/>`)
    .join("");
  if (existing === null) return `${RELS_HEAD}${added}</Relationships>`;
  const kept = existing.replace(
    /<Relationship\b[^>]*?\/>|<Relationship\b[^>]*>[\s\S]*?<\/Relationship>/g,
    (element) => {
      const id = /\bId="([^"]*)"/.exec(element)?.[1];
      return id !== undefined && removeIds.has(id) ? "" : element;
    },
  );
  return kept.replace("</Relationships>", () => `${added}</Relationships>`);
}

/** An id not among `taken`: `rIdKaohe1`, `rIdKaohe2` … */
export function freshIds(taken: Iterable<string>, count: number): string[] {
  const used = new Set(taken);
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) {
    const id = `rIdKaohe${n}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}
