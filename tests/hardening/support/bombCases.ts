import { sampleSplit, type BombPart } from "./zipBomb";

/**
 * The oversized parts of issue 16, each a small file that unpacks to hundreds of megabytes in
 * one part of the package: the parts no limit covered (only sheets had one).
 */
export interface BombCase {
  label: string;
  /** The part the refusal must name. */
  part: string;
  bomb: () => BombPart;
}

const MB = 1 << 20;

function spaces(name: string, marker: string, bytes: number): BombPart {
  const { head, tail } = sampleSplit(name, marker);
  return { name, head, unit: " ", times: bytes, tail };
}

export const BOMB_CASES: readonly BombCase[] = [
  {
    label: "workbook.xml of 1 GiB",
    part: "xl/workbook.xml",
    bomb: () => spaces("xl/workbook.xml", "</workbook>", 1024 * MB),
  },
  {
    label: "workbook.xml with 450 MB of spaces",
    part: "xl/workbook.xml",
    bomb: () => spaces("xl/workbook.xml", "<sheets>", 450 * MB),
  },
  {
    label: "[Content_Types].xml of 600 MB",
    part: "[Content_Types].xml",
    bomb: () => spaces("[Content_Types].xml", "</Types>", 600 * MB),
  },
  {
    label: "_rels/.rels of 600 MB",
    part: "_rels/.rels",
    bomb: () => spaces("_rels/.rels", "</Relationships>", 600 * MB),
  },
  {
    label: "styles with 20 M fonts",
    part: "xl/styles.xml",
    bomb: () => {
      const { head, tail } = sampleSplit("xl/styles.xml", "</fonts>");
      return { name: "xl/styles.xml", head, unit: "<font/>", times: 20_000_000, tail };
    },
  },
  {
    label: "60 M tiny shared strings",
    part: "xl/sharedStrings.xml",
    bomb: () => {
      const { head, tail } = sampleSplit("xl/sharedStrings.xml", "</sst>");
      return { name: "xl/sharedStrings.xml", head, unit: "<si><t>a</t></si>", times: 60_000_000, tail };
    },
  },
];
