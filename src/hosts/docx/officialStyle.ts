/**
 * The official-document layout (公文格式, GB/T 9704-2012) in Word's units: A4 portrait with the
 * standard margins, the title in 二号小标宋, the body in 三号仿宋 at a fixed 28.9 pt line,
 * headings in 黑体 (一、) and 楷体 (（一）), page numbers as — 1 — at the foot.
 *
 * The fonts are the ones government offices install (方正小标宋简体, 仿宋_GB2312, 楷体_GB2312);
 * the document's font table names the fonts every Chinese Windows has as their alternates
 * (宋体, 仿宋, 楷体), and LibreOffice and WPS substitute a CJK font of their own where neither exists.
 */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (n: number) => Math.round(n * TWIPS_PER_MM);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  footer: mm(28),
};

/** The width tables share out: the page less its margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export interface FontFace {
  name: string;
  /** What a system without the font should use (w:altName in the font table). */
  alternate: string;
}

export const FONT = {
  title: { name: "方正小标宋简体", alternate: "宋体" },
  body: { name: "仿宋_GB2312", alternate: "仿宋" },
  heading: { name: "黑体", alternate: "SimHei" },
  subheading: { name: "楷体_GB2312", alternate: "楷体" },
  pageNumber: { name: "宋体", alternate: "SimSun" },
} satisfies Record<string, FontFace>;

/** Digits and Latin letters in the body: the usual companion of 仿宋 in official documents. */
export const LATIN_FONT = "Times New Roman";

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24, wideTable: 21 };

/** A table with more columns than this is set in 五号 so that its numbers fit. */
export const WIDE_TABLE_COLUMNS = 5;

/** Line spacing in twips: the body's fixed 28.9 pt (22 lines a page), the title's 35 pt. */
export const LINE = { body: 578, title: 700, table: 360 };

/** The first-line indent of body text: two characters of 三号. */
export const INDENT = 640;
