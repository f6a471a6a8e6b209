/**
 * What the package writer needs of zlib, behind one small interface so that the same writer runs
 * in Node and in the browser: the command line gives node:zlib (native, the fastest here;
 * nodeZipCodec.ts), the preview gives fflate and a CRC-32 of its own (browserZipCodec.ts).
 * Parts copied from the roster are never recompressed, so they stay byte for byte whichever
 * codec writes; only Kaohe's own parts' compressed bytes depend on it.
 */
export interface ZipCodec {
  /** The CRC-32 of `bytes`, continuing from `crc` (0 to start). */
  crc32(bytes: Uint8Array, crc: number): number;
  /** A raw deflate stream (no zlib header), at the level Excel's own files use. */
  deflateRaw(): RawDeflate;
  /**
   * A raw deflate stream unpacked; throws on damaged data, and InflateLimitError as soon as the
   * unpacked bytes would pass `maxBytes` (a small zip bomb is never unpacked whole).
   */
  inflateRaw(bytes: Uint8Array, maxBytes: number): Uint8Array;
}

/** A part unpacks to more than the limit it was given. */
export class InflateLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`inflated data passes ${maxBytes} bytes`);
    this.name = "InflateLimitError";
  }
}

export interface RawDeflate {
  /** Takes the next bytes; resolves when the stream can take more. */
  write(bytes: Uint8Array): Promise<void>;
  /** Ends the stream: the compressed bytes, in order. */
  end(): Promise<Uint8Array[]>;
}

/** The level of every deflated part: zlib's default, as Excel's and LibreOffice's files have. */
export const DEFLATE_LEVEL = 6;

/** Pieces of bytes as one array (Buffer.concat without Node). */
export function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
