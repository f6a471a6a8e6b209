import { readFileSync } from "node:fs";
import { join } from "node:path";
import { constants, crc32, deflateRawSync } from "node:zlib";
import { nodeZipCodec } from "../../../src/hosts/xlsx/nodeZipCodec";
import { deflatedEntry, ZipWriter, type StoredEntry } from "../../../src/hosts/xlsx/zipWriter";
import { unzip } from "./zipFile";

/**
 * Packages whose one part unpacks to hundreds of megabytes from a small file, made at test time
 * (nothing large is kept in the repository). A part is a head, a unit repeated `times` and a
 * tail; the repeated middle is one deflated block of about a megabyte flushed with Z_FULL_FLUSH
 * (self-contained, not final) and copied as often as needed, so a gigabyte part costs a
 * megabyte of memory and a CRC pass to make, never a gigabyte of text.
 */
export interface BombPart {
  name: string;
  head: string;
  unit: string;
  times: number;
  tail: string;
}

const BLOCK_BYTES = 1 << 20;

export function bombEntry({ name, head, unit, times, tail }: BombPart): StoredEntry & { data: Uint8Array } {
  const perBlock = Math.max(1, Math.floor(BLOCK_BYTES / unit.length));
  const block = Buffer.from(unit.repeat(perBlock), "utf8");
  const blocks = Math.floor(times / perBlock);
  const rest = Buffer.from(unit.repeat(times - blocks * perBlock), "utf8");
  const headBytes = Buffer.from(head, "utf8");
  const tailBytes = Buffer.from(tail, "utf8");
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const packedHead = deflateRawSync(headBytes, flush);
  const packedBlock = deflateRawSync(block, flush);
  const packedTail = deflateRawSync(Buffer.concat([rest, tailBytes]));
  let crc = crc32(headBytes);
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  crc = crc32(tailBytes, crc32(rest, crc));
  const data = Buffer.concat([packedHead, ...Array.from({ length: blocks }, () => packedBlock), packedTail]);
  const size = headBytes.length + blocks * block.length + rest.length + tailBytes.length;
  if (size > 0xffffffff) throw new Error("a bomb part must stay below 4 GiB (no ZIP64)");
  return { name, method: 8, crc, compressedSize: data.length, size, data };
}

const SAMPLE = join(__dirname, "..", "..", "..", "samples", "roster-sample.xlsx");

/**
 * Each bomb part made once per process: a suite gives the same bomb with its true and with an
 * understated size, and the CRC pass over a gigabyte part costs a few hundred milliseconds.
 */
const made = new Map<string, StoredEntry & { data: Uint8Array }>();

function bombEntryOnce(part: BombPart): StoredEntry & { data: Uint8Array } {
  const key = JSON.stringify([part.name, part.head, part.unit, part.times, part.tail]);
  const entry = made.get(key) ?? bombEntry(part);
  made.set(key, entry);
  return entry;
}

/**
 * The roster sample with one part replaced by (or added as) a bomb part, everything else as it
 * was; `edit` may change the bomb's directory entry (a size that understates it).
 */
export async function bombedRoster(
  part: BombPart,
  edit: (entry: StoredEntry) => StoredEntry = (entry) => entry,
): Promise<Uint8Array> {
  const parts = unzip(readFileSync(SAMPLE));
  const zip = new ZipWriter(nodeZipCodec);
  const bomb = edit(bombEntryOnce(part));
  let placed = false;
  for (const [name, content] of parts) {
    if (name === part.name) {
      zip.copy(bomb);
      placed = true;
    } else zip.copy(await deflatedEntry(name, [content.toString("utf8")], nodeZipCodec));
  }
  if (!placed) zip.copy(bomb);
  return zip.finish();
}

/** The sample's text of a part, split at a marker: the bomb's repeated unit goes where the marker was. */
export function sampleSplit(name: string, marker: string): { head: string; tail: string } {
  const text = unzip(readFileSync(SAMPLE)).get(name)?.toString("utf8") ?? "";
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${marker} not in ${name}`);
  return { head: text.slice(0, at), tail: text.slice(at) };
}

/**
 * The same archive with a ZIP64 end record (as writers of large archives add): the classic end
 * record then says 0xFFFF entries at offset 0xFFFFFFFF, and only a ZIP64 reader (JSZip) finds
 * the directory. A reader that cannot must not let the parts through unchecked.
 */
export function asZip64(bytes: Uint8Array): Uint8Array {
  const data = Buffer.from(bytes);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  record.writeBigUInt64LE(BigInt(size), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(end), 8);
  locator.writeUInt32LE(1, 16);
  const classic = Buffer.alloc(22);
  classic.writeUInt32LE(0x06054b50, 0);
  classic.writeUInt16LE(0xffff, 8);
  classic.writeUInt16LE(0xffff, 10);
  classic.writeUInt32LE(0xffffffff, 12);
  classic.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([data.subarray(0, end), record, locator, classic]));
}
