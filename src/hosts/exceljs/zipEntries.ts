/**
 * The entries of a zip file (an .xlsx is one), read from its central directory without
 * unpacking anything, and the compressed bytes of one entry.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** CRC-32 of the unpacked bytes, as the directory records it. */
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  offset: number;
}

function endRecord(bytes: Uint8Array): number {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let i = bytes.length - END_RECORD_SIZE; i >= lowest; i--) {
    if (data.getUint32(i, true) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/**
 * How many entries the zip's end record says it holds (null: no end record). More than
 * `zipEntries` finds means a directory it cannot read whole (ZIP64, or one cut short), which
 * other zip readers (JSZip) may still read.
 */
export function declaredEntryCount(bytes: Uint8Array): number | null {
  const end = endRecord(bytes);
  if (end < 0) return null;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(end + 10, true);
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endRecord(bytes);
  if (end < 0) return [];
  const count = data.getUint16(end + 10, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = data.getUint32(end + 16, true);
  for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
    if (data.getUint32(p, true) !== DIRECTORY_ENTRY) break;
    const nameLength = data.getUint16(p + 28, true);
    const extraLength = data.getUint16(p + 30, true);
    const commentLength = data.getUint16(p + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: data.getUint16(p + 10, true),
      crc: data.getUint32(p + 16, true),
      compressedSize: data.getUint32(p + 20, true),
      size: data.getUint32(p + 24, true),
      offset: data.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's bytes as stored (still compressed), or null when its local header is not where the directory says. */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  if (entry.offset + 30 > bytes.length) return null;
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.getUint32(entry.offset, true) !== LOCAL_HEADER) return null;
  const start = entry.offset + 30 + data.getUint16(entry.offset + 26, true) + data.getUint16(entry.offset + 28, true);
  const stop = start + entry.compressedSize;
  return stop > bytes.length ? null : bytes.subarray(start, stop);
}
