import { crc32, createDeflateRaw, inflateRawSync } from "node:zlib";
import { DEFLATE_LEVEL, InflateLimitError, type ZipCodec } from "./zipCodec";

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
    const deflate = createDeflateRaw({ level: DEFLATE_LEVEL });
    const packed: Uint8Array[] = [];
    deflate.on("data", (chunk: Buffer) => packed.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      deflate.on("end", resolve);
      deflate.on("error", reject);
    });
    return {
      async write(bytes) {
        if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once("drain", resolve));
      },
      async end() {
        deflate.end();
        await done;
        return packed;
      },
    };
  },
};
