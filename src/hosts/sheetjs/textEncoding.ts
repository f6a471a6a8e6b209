/**
 * The text of a CSV file. Excel saves "CSV UTF-8" with a byte-order mark and plain "CSV" in the
 * system's code page, which on a Chinese Windows is GBK (GB18030 is its superset); other tools
 * write UTF-8 without a mark, and "Unicode text" is UTF-16. A mark decides; otherwise the bytes
 * are UTF-8 when they are valid UTF-8 (GBK text almost never is) and GB18030 when not.
 * TextDecoder knows GB18030 in Node (full ICU, the default build) and in every current browser,
 * so the command line and the preview decode alike.
 */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/** The file's text, without its byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(detectEncoding(bytes)).decode(bytes);
}
