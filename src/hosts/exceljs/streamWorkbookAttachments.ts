import { otherXforms, RelationshipsXform, type Relationship, type StylesTable } from "./streamWorkbookInternals";
import { checkPart, DamagedPackageError, parsePart, type PackagePart } from "./streamWorkbookPackage";

/**
 * The parts of a package that hold no cells (drawings, images, comments, notes, tables,
 * document properties), read only because ExcelJS's document reader fails on some of them: XML
 * its parsers cannot read, a table or app.xml cut short, a drawing, comment or table a sheet
 * refers to but the package lacks. Each is parsed by ExcelJS's own parser and filed under the
 * key ExcelJS files it under, so that its worksheet reconcile (run on each sheet's model once
 * its rows are read) meets them as on loading.
 */
export interface Attachments {
  drawings: Record<string, unknown>;
  drawingRels: Record<string, Relationship[] | null>;
  comments: Record<string, unknown>;
  vmlDrawings: Record<string, unknown>;
  tables: Record<string, unknown>;
  media: Array<{ type: "image"; name: string; extension: string }>;
  mediaIndex: Record<string, number>;
}

export function noAttachments(): Attachments {
  return { drawings: {}, drawingRels: {}, comments: {}, vmlDrawings: {}, tables: {}, media: [], mediaIndex: {} };
}

/** ExcelJS's patterns for these parts, in the order it tries them, and where it files each. */
const FILED: ReadonlyArray<{
  pattern: RegExp;
  file: (into: Attachments, name: string, part: PackagePart) => Promise<void>;
}> = [
  { pattern: /^_rels\/\.rels$/, file: async (_, __, part) => void (await parsePart(part, new RelationshipsXform())) },
  {
    pattern: /^docProps\/app\.xml$/,
    file: async (_, __, part) => {
      // ExcelJS reads the company from the model, which exists only once the root element closes.
      const app = await parsePart(part, new otherXforms.app());
      if (app === null || app === undefined) throw new DamagedPackageError("docProps/app.xml is cut short");
    },
  },
  {
    pattern: /^docProps\/core\.xml$/,
    file: async (_, __, part) => void (await parsePart(part, new otherXforms.core())),
  },
  { pattern: /xl\/theme\/([a-zA-Z0-9]+)[.]xml/, file: (_, __, part) => checkPart(part) },
  {
    pattern: /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/,
    file: async (into, file, part) => {
      await checkPart(part);
      const dot = file.lastIndexOf(".");
      const name = file.slice(0, dot);
      into.mediaIndex[file] = into.media.length;
      into.mediaIndex[name] = into.media.length;
      into.media.push({ type: "image", name, extension: file.slice(dot + 1) });
    },
  },
  {
    pattern: /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
    file: async (into, name, part) => void (into.drawings[name] = await parsePart(part, new otherXforms.drawing())),
  },
  {
    pattern: /xl\/(comments\d+)[.]xml/,
    file: async (into, name, part) =>
      void (into.comments[`../${name}.xml`] = await parsePart(part, new otherXforms.comments())),
  },
  {
    pattern: /xl\/tables\/(table\d+)[.]xml/,
    file: async (into, name, part) =>
      void (into.tables[`../tables/${name}.xml`] = await parsePart(part, new otherXforms.table())),
  },
  {
    pattern: /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
    file: async (into, name, part) => void (into.drawingRels[name] = await parsePart(part, new RelationshipsXform())),
  },
  {
    pattern: /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
    file: async (into, name, part) =>
      void (into.vmlDrawings[`../drawings/${name}.vml`] = await parsePart(part, new otherXforms.vmlNotes())),
  },
];

/** Files the part when it is one of these and says so; any other part is only unpacked, as JSZip unpacks it. */
export async function readAttachment(part: PackagePart, into: Attachments): Promise<void> {
  for (const { pattern, file } of FILED) {
    const match = pattern.exec(part.name);
    if (match) return file(into, match[1] ?? part.name, part);
  }
  await checkPart(part);
}

interface Anchor {
  picture?: { hyperlinks?: { rId?: string; hyperlink?: string } };
}

/** What ExcelJS's loader does with these before the sheets: each drawing with its links and images, each table with its styles. */
export function reconcileAttachments(into: Attachments, styles: StylesTable | undefined): void {
  try {
    for (const [name, drawing] of Object.entries(into.drawings)) {
      const drawingRels = into.drawingRels[name];
      if (!drawingRels) continue;
      const rels = Object.fromEntries(drawingRels.map((rel) => [rel.Id, rel]));
      for (const anchor of (drawing as { anchors?: Anchor[] }).anchors ?? []) {
        const hyperlinks = anchor.picture?.hyperlinks;
        const rel = hyperlinks?.rId === undefined ? undefined : rels[hyperlinks.rId];
        if (hyperlinks && rel) {
          hyperlinks.hyperlink = rel.Target;
          delete hyperlinks.rId;
        }
      }
      new otherXforms.drawing().reconcile(drawing, { media: into.media, mediaIndex: into.mediaIndex, rels });
    }
    for (const table of Object.values(into.tables)) new otherXforms.table().reconcile(table, { styles });
  } catch {
    throw new DamagedPackageError("a drawing or table cannot be read");
  }
}
