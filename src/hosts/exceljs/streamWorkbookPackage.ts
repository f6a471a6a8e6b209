import JSZip from "jszip";
import { checkPartCount, checkStatedSize, PackageLimitError, PackageTotal, PartCounter } from "./partCounter";
import { parseSax, type SaxEvents } from "./streamWorkbookInternals";

/** Deflated bytes unpacked a chunk at a time (as they are asked for); throws on data that does not inflate. */
export type PartInflater = (deflated: Uint8Array) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * The parts of an .xlsx package, unpacked one chunk at a time. The zip's directory is read by
 * JSZip, as ExcelJS's document reader reads it, so that the same files are refused as damaged;
 * the parts are inflated a chunk at a time by the inflater the reader is given (node:zlib in the
 * command line, fflate in the browser) instead of JSZip's whole-part inflater, and never held
 * whole: a district's ballot sheet is a hundred megabytes of XML.
 */
export interface PackagePart {
  /** The part's name with a leading `/` dropped, as ExcelJS matches names. */
  name: string;
  /** Deflated (8) or stored (0), and its bytes as the zip holds them. */
  deflated: boolean;
  stored: Uint8Array;
  size: number;
  inflate: PartInflater;
  /** The package's unpacked bytes so far, shared by its parts (PACKAGE_LIMITS.totalBytes). */
  total: PackageTotal;
}

/** A package that cannot be read as ExcelJS's document reader would refuse it. */
export class DamagedPackageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "DamagedPackageError";
  }
}

/** Thrown by a parser's handler that has read enough of a part (a sheet's head rows): the rest is left unread. */
export class StopReading extends Error {
  constructor() {
    super("read no further");
    this.name = "StopReading";
  }
}

/** JSZip's compressed entry: its fields are internal, but ExcelJS 4.4 pins JSZip 3, where they are stable. */
interface CompressedData {
  compression: { magic: string };
  compressedContent: Uint8Array;
  uncompressedSize: number;
}

const DEFLATE = "\x08\x00";
const STORE = "\x00\x00";

/** The package's files in the order ExcelJS's document reader visits them; folders are left out, as it leaves them. */
export async function packageParts(bytes: Uint8Array, inflate: PartInflater): Promise<PackagePart[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new DamagedPackageError(error instanceof Error ? error.message : "zip");
  }
  const parts: PackagePart[] = [];
  const total = new PackageTotal();
  const entries = Object.values(zip.files);
  // Checked again here: JSZip may find entries the scan's own directory reader did not (ZIP64).
  checkPartCount(entries.length);
  for (const entry of entries) {
    if (entry.dir) continue;
    const data = (entry as unknown as { _data: CompressedData })._data;
    const magic = data.compression.magic;
    if (magic !== DEFLATE && magic !== STORE) throw new DamagedPackageError(`compression of ${entry.name}`);
    parts.push({
      name: entry.name.startsWith("/") ? entry.name.slice(1) : entry.name,
      deflated: magic === DEFLATE,
      stored: data.compressedContent,
      size: data.uncompressedSize,
      inflate,
      total,
    });
    checkStatedSize(entry.name, data.uncompressedSize);
  }
  return parts;
}

async function* inflated(part: PackagePart): AsyncGenerator<Uint8Array> {
  if (!part.deflated) {
    yield part.stored;
    return;
  }
  yield* part.inflate(part.stored);
}

/**
 * A part's bytes a chunk at a time, counted against PACKAGE_LIMITS as they come. A part that does not inflate, or inflates to another
 * size than the directory states, is damaged: JSZip refuses both for the document reader, which
 * unpacks every part whole before parsing it. So a reader that stops early (an XML parser stops
 * at the end of the root element) has the rest unpacked and checked by `finish`. A part is
 * refused the moment it passes its stated size, before the chunk reaches a parser: the scan
 * before reading leaves small worksheets uncounted on the strength of their stated sizes
 * (scanUncounted), which holds only if no part unpacks to more.
 */
class PartBytes {
  private readonly chunks: AsyncGenerator<Uint8Array>;
  private readonly counter: PartCounter;
  private size = 0;

  constructor(private readonly part: PackagePart) {
    this.chunks = inflated(part);
    this.counter = new PartCounter(part.name, part.total);
  }

  async next(): Promise<Uint8Array | null> {
    let next: IteratorResult<Uint8Array>;
    try {
      next = await this.chunks.next();
    } catch {
      throw new DamagedPackageError(`${this.part.name} does not inflate`);
    }
    if (next.done) {
      this.counter.end();
      return null;
    }
    this.size += next.value.length;
    if (this.size > this.part.size) {
      await this.release();
      throw new DamagedPackageError(`${this.part.name} inflates past its stated ${this.part.size} bytes`);
    }
    this.counter.add(next.value);
    return next.value;
  }

  /** The rest as text; a byte-order mark is kept, as JSZip keeps it, for the XML parser to judge. */
  async *text(): AsyncGenerator<string> {
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) {
      yield decoder.decode(chunk, { stream: true });
    }
    yield decoder.decode();
  }

  /** A part left unread (a parser stopped early, or failed): its inflater is closed and let go now. */
  async release(): Promise<void> {
    // Closing can only fail on the inflater's own error, which the part being dropped makes moot.
    await this.chunks.return(undefined).catch(() => undefined);
  }

  async finish(): Promise<void> {
    while ((await this.next()) !== null);
    if (this.size !== this.part.size) {
      throw new DamagedPackageError(`${this.part.name} inflates to ${this.size} bytes, not ${this.part.size}`);
    }
  }
}

/** Unpacks a part only to check it: the document reader unpacks every part, images included. */
export async function checkPart(part: PackagePart): Promise<void> {
  await new PartBytes(part).finish();
}

/**
 * The part read by one of ExcelJS's parsers, as its loader reads it; XML the parser cannot read is
 * damage. `pieces` may cut the text otherwise, or read some of it itself (sheetDataSplit.ts).
 */
export async function parsePart<Model>(
  part: PackagePart,
  xform: { parse(events: SaxEvents): Promise<Model> },
  pieces: (text: AsyncIterable<string>) => AsyncIterable<string> = (text) => text,
): Promise<Model> {
  const bytes = new PartBytes(part);
  let model: Model;
  try {
    model = await xform.parse(parseSax(pieces(bytes.text())));
  } catch (error) {
    await bytes.release();
    if (error instanceof DamagedPackageError || error instanceof PackageLimitError || error instanceof StopReading)
      throw error;
    throw new DamagedPackageError(`${part.name} cannot be read`);
  }
  await bytes.finish();
  return model;
}
