import fc from "fast-check";

/**
 * fast-check's `binary` string unit — one code point, any but a lone surrogate: an integer up to
 * 1,112,063 mapped past the 2,048 surrogates — with its inverse computed instead of looked up.
 * fast-check builds that unit with `fc.mapToConstant`, whose inverse is a Map of all 1.1 million
 * code points, built as the first string arbitrary on the unit is made (to cut its "dangerous
 * strings" into units): 1.75 s of CPU in every jest suite, each of which loads its own fast-check.
 * The same integers give the same characters and the inverse accepts the same strings, so the
 * strings drawn, their bias and their shrinking are fast-check's own
 * (tests/hardening/binaryUnit.test.ts holds the two together).
 */
const SURROGATE_FIRST = 0xd800;
const SURROGATES = 0xe000 - SURROGATE_FIRST;

export const binaryUnit: fc.Arbitrary<string> = fc.nat({ max: 0x10ffff - SURROGATES }).map(
  (index) => String.fromCodePoint(index < SURROGATE_FIRST ? index : index + SURROGATES),
  (value) => {
    const codePoint = typeof value === "string" ? value.codePointAt(0) : undefined;
    if (codePoint === undefined || String.fromCodePoint(codePoint) !== value) throw new Error("not one code point");
    if (codePoint < SURROGATE_FIRST) return codePoint;
    if (codePoint < SURROGATE_FIRST + SURROGATES) throw new Error("a lone surrogate");
    return codePoint - SURROGATES;
  },
);

/** `fc.string({ unit: "binary", maxLength })`, drawing and shrinking the same strings. */
export const binaryString = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: binaryUnit, maxLength });
