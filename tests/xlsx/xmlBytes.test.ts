import { asciiBytes, XmlBytes } from "../../src/hosts/xlsx/xmlBytes";

/** Text written by XmlBytes, as bytes. */
function written(write: (out: XmlBytes) => void): Uint8Array {
  const out = new XmlBytes();
  write(out);
  return out.take();
}

test("text is the UTF-8 TextEncoder makes, short or long: two-, three- and four-byte characters, lone surrogates as U+FFFD", () => {
  const samples = [
    "",
    "王文",
    "é ß ©",
    "胜利路街道 班子成员",
    "𠀀 a pair beyond the plane",
    "\uD800 lone high",
    "lone low \uDC00",
    "ends on a high \uD83D",
    "\uDC00\uD800 reversed",
    "x".repeat(63) + "王",
    "王".repeat(65),
    "𠀀".repeat(40) + "\uD800",
  ];
  for (const text of samples) {
    expect(written((out) => out.text(text))).toEqual(new TextEncoder().encode(text));
  }
});

test("numbers, markup and a rewound row; a batch grows rather than splitting what is being written", () => {
  const bytes = written((out) => {
    out.ascii("<v>");
    for (const n of [0, 9, 10, 12345, 2147483647]) out.int(n);
    out.ascii("</v>");
    const start = out.length;
    out.ascii("<row>");
    out.rewind(start);
    out.text("长".repeat(200_000));
  });
  const text = new TextDecoder().decode(bytes);
  expect(text.startsWith("<v>09101234521474836" + "47</v>长")).toBe(true);
  expect(text).toHaveLength("<v>0910123452147483647</v>".length + 200_000);
});

test("every whole number is written as String() writes it, and made markup is copied as it is", () => {
  const numbers = [1, 99, 100, 101, 999, 1000, 65535, 1048576, 99999999, 100000000, 2147483646];
  for (let n = 0; n < 2000; n++) numbers.push(n);
  const made = asciiBytes('<c r="AB');
  const bytes = written((out) => {
    for (const n of numbers) {
      out.bytes(made);
      out.int(n);
    }
  });
  expect(new TextDecoder().decode(bytes)).toBe(numbers.map((n) => `<c r="AB${n}`).join(""));
});

test("a full batch is taken whole and the next one starts empty", () => {
  const out = new XmlBytes();
  while (!out.full) out.ascii("<row/>");
  const first = out.take();
  expect(first.length).toBeGreaterThanOrEqual(1 << 18);
  expect(out.length).toBe(0);
  out.ascii("<c/>");
  expect(new TextDecoder().decode(out.take())).toBe("<c/>");
});
