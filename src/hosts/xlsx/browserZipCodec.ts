import { Deflate, Inflate } from "fflate";
import { concatBytes, DEFLATE_LEVEL, InflateLimitError, type ZipCodec } from "./zipCodec";

/** CRC-32 (the zip format's, polynomial 0xEDB88320), a byte at a time from a table. */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(bytes: Uint8Array, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * The browser's codec: fflate (pure JavaScript, synchronous, streaming). In Node it is slower
 * than node:zlib, which is why the command line keeps that one (nodeZipCodec.ts).
 */
export const browserZipCodec: ZipCodec = {
  crc32,
  inflateRaw(bytes, maxBytes) {
    // Streamed so that the count stops a bomb before it is unpacked whole.
    const pieces: Uint8Array[] = [];
    let total = 0;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > maxBytes) throw new InflateLimitError(maxBytes);
      pieces.push(chunk);
    });
    inflate.push(bytes, true);
    return concatBytes(pieces);
  },
  deflateRaw() {
    const packed: Uint8Array[] = [];
    const deflate = new Deflate({ level: DEFLATE_LEVEL }, (chunk) => packed.push(chunk));
    return {
      write(bytes) {
        deflate.push(bytes);
        return Promise.resolve();
      },
      end() {
        deflate.push(new Uint8Array(0), true);
        return Promise.resolve(packed);
      },
    };
  },
};
