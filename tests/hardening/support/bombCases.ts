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

/** A case whose part `part` holds `unit` `times` over just before `marker` in the sample's copy. */
function bombCase(label: string, part: string, marker: string, unit: string, times: number): BombCase {
  return {
    label,
    part,
    bomb: () => {
      const { head, tail } = sampleSplit(part, marker);
      return { name: part, head, unit, times, tail };
    },
  };
}

export const BOMB_CASES: readonly BombCase[] = [
  bombCase("workbook.xml of 1 GiB", "xl/workbook.xml", "</workbook>", " ", 1024 * MB),
  bombCase("workbook.xml with 450 MB of spaces", "xl/workbook.xml", "<sheets>", " ", 450 * MB),
  bombCase("[Content_Types].xml of 600 MB", "[Content_Types].xml", "</Types>", " ", 600 * MB),
  bombCase("_rels/.rels of 600 MB", "_rels/.rels", "</Relationships>", " ", 600 * MB),
  bombCase("styles with 20 M fonts", "xl/styles.xml", "</fonts>", "<font/>", 20_000_000),
  bombCase("60 M tiny shared strings", "xl/sharedStrings.xml", "</sst>", "<si><t>a</t></si>", 60_000_000),
];
