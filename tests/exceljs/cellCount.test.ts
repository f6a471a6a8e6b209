import fc from "fast-check";
import { CellCount } from "../../src/hosts/exceljs/cellCount";

/** What the cell count matched on the decoded text before it counted on the bytes. */
const ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?(c|row)[\s/>]/g;

function byPattern(text: string): { cells: number; rows: number } {
  let cells = 0;
  let rows = 0;
  for (const match of text.matchAll(ELEMENT)) {
    if (match[1] === "c") cells++;
    else rows++;
  }
  return { cells, rows };
}

const piece = fc.constantFrom(
  "<",
  "<",
  "c",
  "row",
  "r",
  "o",
  "w",
  ":",
  "x",
  "x14ac",
  "_",
  "-",
  ".",
  "1",
  " ",
  "\t",
  "\r",
  "\v",
  "/",
  ">",
  "\u3000",
  "\u00a0",
  "\u0085",
  "\ufeff",
  "\u2028",
  "é",
  "张",
  "😀",
  "<c ",
  "<row>",
  "<x:c/>",
  "</c>",
  // A prefix longer than the look the counter takes into the next chunk.
  "<".concat("p".repeat(300), ":"),
);

test("cells and rows counted on the bytes, in chunks cut anywhere, as the pattern counts them on the text", () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 60 }),
      fc.array(fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 200, max: 700 })), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.boolean(),
      (pieces, sizes, damaged) => {
        const text = pieces.join("");
        let bytes = new TextEncoder().encode(text);
        // A byte that is no UTF-8 at all decodes as U+FFFD, never as a space.
        if (damaged && bytes.length > 2)
          bytes = Uint8Array.from([...bytes.subarray(0, 2), 0xe3, 0x80, ...bytes.subarray(2)]);
        const count = new CellCount();
        for (let at = 0, i = 0; at < bytes.length; i++) {
          const size = sizes[i % sizes.length] ?? 1;
          count.add(bytes.subarray(at, at + size));
          at += size;
        }
        count.end();
        expect({ cells: count.cells, rows: count.rows }).toEqual(byPattern(new TextDecoder().decode(bytes)));
      },
    ),
    { numRuns: 3000 },
  );
});

test("a prefix cut by a chunk's end and longer than the counter's look into the next chunk is still told", () => {
  const bytes = new TextEncoder().encode(`<row><${"p".repeat(300)}:c r="A1"/><c/></row>`);
  for (const cut of [1, 6, 7, 40, 300, 308]) {
    const count = new CellCount();
    count.add(bytes.subarray(0, cut));
    count.add(bytes.subarray(cut));
    count.end();
    expect({ cut, cells: count.cells, rows: count.rows }).toEqual({ cut, cells: 2, rows: 1 });
  }
});

test("a `<` taken into an undecided element's carry starts an element of its own, a byte at a time", () => {
  // Each waits with a second `<` in the carry: `row` after a prefix waits for its `o`, a damaged
  // lead byte for the rest of its character.
  const texts = [
    `<${"p".repeat(300)}:r<x:c/>`,
    "<x:r<c>",
    "<r<row>",
    Uint8Array.from([0x3c, 0x63, 0xe3, 0x3c, 0x63, 0x20]),
  ];
  for (const text of texts) {
    const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
    const count = new CellCount();
    for (let at = 0; at < bytes.length; at++) count.add(bytes.subarray(at, at + 1));
    count.end();
    expect({ cells: count.cells, rows: count.rows }).toEqual(byPattern(new TextDecoder().decode(bytes)));
  }
});
