import { readFileSync } from "node:fs";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { readWorkbookBuffer } from "../../src/hosts/exceljs/readWorkbook";
import { storedBytes, zipEntries } from "../../src/hosts/exceljs/zipEntries";
import { browserZipCodec } from "../../src/hosts/xlsx/browserZipCodec";
import { nodeZipCodec } from "../../src/hosts/xlsx/nodeZipCodec";
import { gridCellText, RosterPackage } from "../../src/hosts/xlsx/reviewedPackage";
import { concatBytes, InflateLimitError, type ZipCodec } from "../../src/hosts/xlsx/zipCodec";
import { deflatedEntry } from "../../src/hosts/xlsx/zipWriter";
import { unzip } from "../hardening/support/zipFile";
import { generatedPlan, titleOnlyRoster } from "../plan/generatedPlan";
import { ROSTER_SAMPLE, reviewSamples } from "../plan/samples";

/**
 * The package writer with either codec: node:zlib for the command line, fflate and a CRC-32 of
 * its own for the browser preview. Deflate output may differ by library; what a reader unpacks
 * must not, and every entry's CRC and size must be the unpacked part's.
 */
async function written(roster: Uint8Array, codec: ZipCodec, plan?: Parameters<RosterPackage["write"]>[0]) {
  const grids = await readWorkbookBuffer(roster, "roster.xlsx");
  return new RosterPackage(roster, codec).write(plan ?? (await reviewSamples()).plan, gridCellText(grids.grids));
}

/** Every entry's stored CRC and size checked against what it unpacks to. */
function checkedEntries(bytes: Uint8Array): string[] {
  return zipEntries(bytes).map((entry) => {
    const stored = storedBytes(bytes, entry) ?? new Uint8Array(0);
    const data = entry.method === 8 ? inflateRawSync(stored) : Buffer.from(stored);
    expect([entry.name, entry.crc >>> 0, entry.size]).toEqual([entry.name, crc32(data), data.length]);
    return entry.name;
  });
}

test("the browser codec's CRC-32 is zlib's, from scratch and continued", () => {
  const text = new TextEncoder().encode("考核助手 Kaohe — 年度考核".repeat(1000));
  expect(browserZipCodec.crc32(text, 0)).toBe(crc32(text));
  expect(browserZipCodec.crc32(text.subarray(7), browserZipCodec.crc32(text.subarray(0, 7), 0))).toBe(crc32(text));
  expect(browserZipCodec.crc32(new Uint8Array(0), 0)).toBe(0);
});

test("a part unpacked past its limit is stopped by either codec", () => {
  const bomb = deflateRawSync(Buffer.alloc(1 << 20, 32));
  for (const codec of [nodeZipCodec, browserZipCodec]) {
    expect(() => codec.inflateRaw(bomb, 1000)).toThrow(InflateLimitError);
    expect(codec.inflateRaw(bomb, 1 << 20)).toHaveLength(1 << 20);
  }
});

test("the command line's deflate gives zlib a turn of the event loop after each write, so that it packs while the writer works", async () => {
  const deflate = nodeZipCodec.deflateRaw();
  const text = new TextEncoder().encode("<row><c>考核</c></row>".repeat(4000));
  const done: number[] = [];
  for (let i = 0; i < 3; i++) {
    // A write that need not wait for zlib still lets callbacks queued before it run: without the
    // turn it would resolve as a microtask and zlib's completions would wait for the writer.
    let turned = false;
    setImmediate(() => (turned = true));
    await deflate.write(text);
    done.push(turned ? 1 : 0);
  }
  expect(done).toEqual([1, 1, 1]);
  const packed = concatBytes(await deflate.end());
  expect(Buffer.from(inflateRawSync(packed)).equals(Buffer.from(concatBytes([text, text, text])))).toBe(true);
});

test("a part deflated by either codec unpacks to the same text, in pieces or whole", async () => {
  const pieces = Array.from({ length: 5000 }, (_, i) => `<row r="${i}"><c t="s"><v>${i % 97}</v></c></row>`);
  const node = await deflatedEntry("a.xml", pieces, nodeZipCodec);
  const browser = await deflatedEntry("a.xml", pieces, browserZipCodec);
  expect([browser.crc, browser.size]).toEqual([node.crc, node.size]);
  const packed = (data: Uint8Array | readonly Uint8Array[]) => concatBytes(data instanceof Uint8Array ? [data] : data);
  expect(inflateRawSync(packed(browser.data)).toString("utf8")).toBe(pieces.join(""));
  expect(Buffer.from(browserZipCodec.inflateRaw(packed(node.data), 1 << 30)).toString("utf8")).toBe(pieces.join(""));
});

test("on the samples and a generated district, both codecs write the same parts; the roster's are stored byte for byte", async () => {
  const sample = new Uint8Array(readFileSync(ROSTER_SAMPLE));
  const generated = await titleOnlyRoster();
  for (const [roster, plan] of [
    [sample, undefined],
    [generated, generatedPlan(7, 300)],
  ] as const) {
    const node = await written(roster, nodeZipCodec, plan);
    const browser = await written(roster, browserZipCodec, plan);
    expect(checkedEntries(browser)).toEqual(checkedEntries(node));
    const nodeParts = unzip(node);
    for (const [name, bytes] of unzip(browser))
      expect([name, bytes.equals(nodeParts.get(name) ?? Buffer.alloc(0))]).toEqual([name, true]);
    // Parts copied from the roster are not recompressed: their stored bytes are the roster's.
    const storedOf = (bytes: Uint8Array) =>
      new Map(zipEntries(bytes).map((e) => [e.name, Buffer.from(storedBytes(bytes, e) ?? new Uint8Array(0))]));
    const before = storedOf(roster);
    const after = storedOf(browser);
    const copied = [...before.keys()].filter((n) => !/workbook\.xml|styles\.xml|Content_Types/.test(n));
    expect(copied.length).toBeGreaterThan(3);
    for (const name of copied)
      expect([name, after.get(name)?.equals(before.get(name) ?? Buffer.alloc(0))]).toEqual([name, true]);
  }
}, 120_000);
