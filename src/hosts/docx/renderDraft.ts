import { AlignmentType, Document, Footer, LineRuleType, Packer, PageOrientation, Paragraph } from "docx";
import type { DraftDocument } from "../../core/drafts/draftDocument";
import { blockContent } from "./draftBlocks";
import { FONT_TABLE_PART, fontTableXml } from "./fontTable";
import { FONT, LATIN_FONT, LINE, PAGE, SIZE } from "./officialStyle";
import { pageNumberRun, run } from "./textRuns";

/**
 * A draft as a Word document (.docx): the core's blocks under the title, A4 portrait with the
 * official margins, — N — at the foot of every page. Works in Node and in the browser: bytes
 * come from Packer as a Uint8Array, which both have.
 */
export function draftToDocument(draft: DraftDocument): Document {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE.title, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [run(draft.title, { face: FONT.title, size: SIZE.title })],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run("— ", pageNumberStyle), pageNumberRun(pageNumberStyle), run(" —", pageNumberStyle)],
      }),
    ],
  });
  return new Document({
    creator: "考核助手",
    title: draft.title,
    description: `${draft.year}年度考核草稿`,
    styles: {
      default: {
        document: {
          run: { font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: FONT.body.name }, size: SIZE.body },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: PAGE.footer },
          },
        },
        footers: { default: footer },
        children: [title, ...draft.blocks.flatMap(blockContent)],
      },
    ],
  });
}

const pageNumberStyle = { face: FONT.pageNumber, size: SIZE.pageNumber };

/** The .docx file's bytes. */
export async function draftToBytes(draft: DraftDocument): Promise<Uint8Array> {
  return Packer.pack(draftToDocument(draft), "uint8array", false, [{ path: FONT_TABLE_PART, data: fontTableXml() }]);
}
