import type { TransformOptions } from "node:stream";
import { setImmediate as turn } from "node:timers/promises";
import { crc32, createDeflateRaw, inflateRawSync, type ZlibOptions } from "node:zlib";
import { DEFLATE_LEVEL, InflateLimitError, type ZipCodec } from "./zipCodec";

/** Bytes handed to deflate before a write waits for it: a few batches, so that a slow moment of zlib's does not stop the writer. */
const IN_FLIGHT_BYTES = 4 << 20;
/** The size of the pieces deflate gives back. */
const OUTPUT_CHUNK_BYTES = 1 << 16;

/** The command line's codec: node:zlib, native and the fastest here. */
export const nodeZipCodec: ZipCodec = {
  crc32: (bytes, crc) => crc32(bytes, crc),
  inflateRaw(bytes, maxBytes) {
    try {
      return inflateRawSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError(maxBytes);
      throw error;
    }
  },
  deflateRaw() {
    // zlib deflates in the thread pool: up to a few batches wait for it, so that the main thread
    // makes the next ones while the second core packs (with the default 16 KB mark every write
    // waited for its batch to be packed, and the two took turns). Output comes in larger pieces,
    // a quarter of the callbacks. Neither changes the bytes: deflate is not flushed between writes.
    const options: ZlibOptions & TransformOptions = {
      level: DEFLATE_LEVEL,
      writableHighWaterMark: IN_FLIGHT_BYTES,
      chunkSize: OUTPUT_CHUNK_BYTES,
    };
    const deflate = createDeflateRaw(options);
    const packed: Uint8Array[] = [];
    deflate.on("data", (chunk: Buffer) => packed.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      deflate.on("end", resolve);
      deflate.on("error", reject);
    });
    return {
      async write(bytes) {
        if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once("drain", resolve));
        // zlib hands a packed batch back, and takes the next one waiting, only in a turn of the
        // event loop. The writer makes its batches without one (a write that need not wait
        // resolves as a microtask), so zlib sat idle with batches queued until the mark was
        // reached, and the writer then waited for all of them: the two took turns, and a
        // district's write waited about a quarter of its time. One turn a batch keeps zlib packing
        // batch k while the writer makes batch k + 1.
        else await turn();
      },
      async end() {
        deflate.end();
        await done;
        return packed;
      },
    };
  },
};
