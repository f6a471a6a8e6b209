import { FONT, LATIN_FONT, type FontFace } from "./officialStyle";

/**
 * word/fontTable.xml, written in place of the docx package's (which lists only embedded
 * fonts): each font the drafts use with its alternate name and the GB2312 character set, so a
 * Word without 仿宋_GB2312 takes 仿宋 rather than a Western font.
 */
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** w:charset 86: GB2312. */
const GB2312 = "86";

function fontXml(face: FontFace): string {
  return (
    `<w:font w:name="${face.name}"><w:altName w:val="${face.alternate}"/>` +
    `<w:charset w:val="${GB2312}"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`
  );
}

export function fontTableXml(): string {
  const faces = Object.values(FONT).map(fontXml).join("");
  const latin = `<w:font w:name="${LATIN_FONT}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${faces}${latin}</w:fonts>`;
}

export const FONT_TABLE_PART = "word/fontTable.xml";
