import { PageNumber, TextRun } from "docx";
import { LATIN_FONT, type FontFace } from "./officialStyle";

/**
 * A run of text in one of the official fonts: Chinese in the face given, digits and Latin
 * letters in Times New Roman, and the language marked zh-CN so Word breaks lines the Chinese way.
 */
export interface RunStyle {
  face: FontFace;
  size: number;
  bold?: boolean;
}

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text, ...runProperties(style) });
}

/** The current page's number, a field Word and LibreOffice fill in. */
export function pageNumberRun(style: RunStyle): TextRun {
  return new TextRun({ children: [PageNumber.CURRENT], ...runProperties(style) });
}

function runProperties(style: RunStyle) {
  return {
    font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: style.face.name },
    size: style.size,
    bold: style.bold ?? false,
    language: { eastAsia: "zh-CN" },
  };
}
