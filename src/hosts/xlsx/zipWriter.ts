import { concatBytes, type ZipCodec } from "./zipCodec";

/**
 * A zip archive put together in memory: entries copied as they are stored in another archive
 * (no unpacking: the roster's own parts go out byte for byte), and entries deflated from text
 * given a chunk at a time, so that a sheet of tens of megabytes of XML is never one string.
 * Sizes and CRC go in each local header, so every reader (Excel, WPS, LibreOffice) finds them
 * where it looks first. No ZIP64: a reviewed workbook is far below 4 GB.
 */
const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const VERSION = 20;
/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
/** Bytes gathered before a write to deflate. */
const BATCH_BYTES = 1 << 18;
/** The most UTF-8 bytes one UTF-16 code unit takes. */
const MAX_BYTES_PER_UNIT = 3;
/** 1980-01-01 00:00 in DOS time: the same bytes on every run for the same inputs. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export interface StoredEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The stored bytes, whole or in the pieces deflate gave them (never joined: a sheet's are megabytes). */
  data: Uint8Array | readonly Uint8Array[];
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly written: Written[] = [];
  private offset = 0;

  constructor(private readonly codec: ZipCodec) {}

  /** An entry copied from another archive as it was stored there. */
  copy(entry: StoredEntry): void {
    this.add(
      entry.name,
      entry.method,
      entry.crc,
      entry.size,
      entry.data instanceof Uint8Array ? [entry.data] : entry.data,
    );
  }

  /** A text entry, deflated as its chunks come. */
  async addText(name: string, text: Iterable<string>): Promise<void> {
    this.copy(await deflatedEntry(name, text, this.codec));
  }

  /** The whole archive. */
  finish(): Uint8Array {
    return concatBytes(this.finishPieces());
  }

  /**
   * The whole archive in the pieces it was put together from, to be written out one after another:
   * joining them would hold a second copy of the archive (87 MB for a 100,000-cadre province).
   */
  finishPieces(): readonly Uint8Array[] {
    const directoryStart = this.offset;
    for (const entry of this.written) this.push(directoryRecord(entry));
    const directorySize = this.offset - directoryStart;
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, END_OF_DIRECTORY, true);
    end.setUint16(8, this.written.length, true);
    end.setUint16(10, this.written.length, true);
    end.setUint32(12, directorySize, true);
    end.setUint32(16, directoryStart, true);
    this.push(new Uint8Array(end.buffer));
    return this.chunks;
  }

  private add(name: string, method: number, crc: number, size: number, data: readonly Uint8Array[]): void {
    const nameBytes = new TextEncoder().encode(name);
    const compressedSize = data.reduce((sum, d) => sum + d.length, 0);
    const entry: Written = { name: nameBytes, method, crc: crc >>> 0, compressedSize, size, offset: this.offset };
    this.push(localHeader(entry));
    for (const d of data) this.push(d);
    this.written.push(entry);
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.offset += bytes.length;
  }
}

function localHeader(entry: Written): Uint8Array {
  const header = new DataView(new ArrayBuffer(30 + entry.name.length));
  header.setUint32(0, LOCAL_HEADER, true);
  header.setUint16(4, VERSION, true);
  header.setUint16(6, UTF8_NAMES, true);
  header.setUint16(8, entry.method, true);
  header.setUint16(10, 0, true);
  header.setUint16(12, DOS_DATE, true);
  header.setUint32(14, entry.crc, true);
  header.setUint32(18, entry.compressedSize, true);
  header.setUint32(22, entry.size, true);
  header.setUint16(26, entry.name.length, true);
  const bytes = new Uint8Array(header.buffer);
  bytes.set(entry.name, 30);
  return bytes;
}

function directoryRecord(entry: Written): Uint8Array {
  const record = new DataView(new ArrayBuffer(46 + entry.name.length));
  record.setUint32(0, DIRECTORY_ENTRY, true);
  record.setUint16(4, VERSION, true);
  record.setUint16(6, VERSION, true);
  record.setUint16(8, UTF8_NAMES, true);
  record.setUint16(10, entry.method, true);
  record.setUint16(12, 0, true);
  record.setUint16(14, DOS_DATE, true);
  record.setUint32(16, entry.crc, true);
  record.setUint32(20, entry.compressedSize, true);
  record.setUint32(24, entry.size, true);
  record.setUint16(28, entry.name.length, true);
  record.setUint32(42, entry.offset, true);
  const bytes = new Uint8Array(record.buffer);
  bytes.set(entry.name, 46);
  return bytes;
}

/**
 * A text entry, deflated as its chunks come: a sheet of tens of megabytes of XML is never one
 * string. A chunk is a string or the UTF-8 bytes of one (a sheet's rows, xmlBytes.ts), handed to
 * deflate as they are.
 */
export async function deflatedEntry(
  name: string,
  text: Iterable<string | Uint8Array>,
  codec: ZipCodec,
): Promise<StoredEntry> {
  const encoder = new TextEncoder();
  const deflate = codec.deflateRaw();
  let crc = 0;
  let size = 0;
  const write = async (bytes: Uint8Array) => {
    crc = codec.crc32(bytes, crc);
    size += bytes.length;
    await deflate.write(bytes);
  };
  // Each piece is encoded straight into a batch of bytes: joining the pieces into one string
  // first and encoding that took four times as long (V8 flattening a string of thousands of
  // pieces), a quarter of the command line's time at 20,000 cadres. A batch is handed to deflate
  // as it is, so each flush starts a new one. (TextEncoder.encodeInto, not Buffer: the preview
  // writes with this too.)
  let batch = new Uint8Array(BATCH_BYTES);
  let used = 0;
  const flush = async () => {
    const full = batch.subarray(0, used);
    batch = new Uint8Array(BATCH_BYTES);
    used = 0;
    await write(full);
  };
  for (const chunk of text) {
    if (chunk instanceof Uint8Array) {
      if (used > 0) await flush();
      await write(chunk);
      continue;
    }
    const most = chunk.length * MAX_BYTES_PER_UNIT;
    if (used + most > BATCH_BYTES && used > 0) await flush();
    if (most > BATCH_BYTES) await write(encoder.encode(chunk));
    else used += encoder.encodeInto(chunk, batch.subarray(used)).written;
  }
  if (used > 0) await flush();
  const data = await deflate.end();
  const compressedSize = data.reduce((sum, piece) => sum + piece.length, 0);
  return { name, method: DEFLATED, crc: crc >>> 0, compressedSize, size, data };
}
