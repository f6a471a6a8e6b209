import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type Table } from "docx";
import type { DraftBlock, HeadingLevel } from "../../core/drafts/draftDocument";
import { FONT, INDENT, LINE, SIZE } from "./officialStyle";
import { draftTable } from "./draftTable";
import { run, type RunStyle } from "./textRuns";

/**
 * Each block of a draft as Word paragraphs and tables in the official layout: body text
 * indented two characters at the fixed line, headings in their level's font, kept with what
 * follows, blank ruled lines where the inspection team writes, the signature to the right.
 */
const BODY: RunStyle = { face: FONT.body, size: SIZE.body };
const BODY_SPACING = { line: LINE.body, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const HEADING: Record<HeadingLevel, RunStyle> = {
  1: { face: FONT.heading, size: SIZE.body },
  2: { face: FONT.subheading, size: SIZE.body },
  3: { face: FONT.body, size: SIZE.body, bold: true },
};
const RULE = { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 1 };

function body(text: string, options: { label?: string | undefined; indent?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: BODY_SPACING,
    indent: { firstLine: options.indent ?? INDENT },
    children: [...(options.label === undefined ? [] : [run(options.label, { ...BODY, bold: true })]), run(text, BODY)],
  });
}

function tableBlocks(block: Extract<DraftBlock, { type: "table" }>): Array<Paragraph | Table> {
  const caption =
    block.table.caption === ""
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { ...BODY_SPACING, before: 120 },
            children: [run(block.table.caption, { face: FONT.body, size: SIZE.table + 4, bold: true })],
          }),
        ];
  // An empty paragraph after the table, so two tables or a table and a heading never touch.
  return [...caption, draftTable(block.table), new Paragraph({ spacing: { line: 240, after: 0 }, children: [] })];
}

export function blockContent(block: DraftBlock): Array<Paragraph | Table> {
  switch (block.type) {
    case "subtitle":
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { ...BODY_SPACING, after: 200 },
          children: [run(block.text, { face: FONT.subheading, size: SIZE.body })],
        }),
      ];
    case "heading":
      return [
        new Paragraph({
          keepNext: true,
          keepLines: true,
          spacing: BODY_SPACING,
          indent: { firstLine: INDENT },
          children: [run(block.text, HEADING[block.level])],
        }),
      ];
    case "paragraph":
      return [body(block.text, { label: block.label })];
    case "quote":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: BODY_SPACING,
          indent: { left: INDENT, right: INDENT },
          keepNext: true,
          // Set off by its indent and 楷体, a block quotation needs no quotation marks of its own.
          children: [run(block.text, { face: FONT.subheading, size: SIZE.body })],
        }),
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          spacing: BODY_SPACING,
          indent: { right: INDENT },
          children: [run(`——${block.source}`, { face: FONT.subheading, size: SIZE.body })],
        }),
      ];
    case "table":
      return tableBlocks(block);
    case "fill":
      return [
        new Paragraph({
          keepNext: true,
          spacing: BODY_SPACING,
          indent: { firstLine: INDENT },
          children: [run(block.prompt, { face: FONT.subheading, size: SIZE.body })],
        }),
        ...Array.from(
          { length: block.lines },
          (_, i) =>
            new Paragraph({
              spacing: BODY_SPACING,
              keepNext: i < block.lines - 1,
              // Word and LibreOffice merge like borders of adjacent paragraphs into one box: "between" rules each line.
              border: { bottom: RULE, between: RULE },
              children: [],
            }),
        ),
      ];
    case "signature":
      return block.lines.map(
        (line, i) =>
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            spacing: { ...BODY_SPACING, before: i === 0 ? 600 : 0 },
            indent: { right: INDENT * 2 },
            keepNext: i < block.lines.length - 1,
            children: [run(line, BODY)],
          }),
      );
  }
}
