/**
 * XML written straight into batches of UTF-8 bytes, for the sheet parts: a district's 测评明细 is
 * 140 MB of XML in 3.6 million cells. Made as strings, each cell cost a few small strings, a join
 * per row and an encoding pass, and their garbage; written here, markup and numbers go in a byte
 * at a time and text is encoded once, where it lands. The bytes are those TextEncoder makes of
 * the same text (a lone surrogate becomes U+FFFD, as there).
 */

/** Bytes gathered before a batch is handed on (to deflate). */
const BATCH_BYTES = 1 << 18;
/** Text longer than this is encoded by TextEncoder; shorter text, most cells', by the loop below. */
const SHORT_TEXT = 64;
/** The most UTF-8 bytes one UTF-16 code unit takes. */
const MAX_BYTES_PER_UNIT = 3;

const encoder = new TextEncoder();

/** ASCII markup as bytes, made once where it is declared and copied into every cell with `XmlBytes.bytes`. */
export function asciiBytes(text: string): Uint8Array {
  const made = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) made[i] = text.charCodeAt(i);
  return made;
}

export class XmlBytes {
  private buffer = new Uint8Array(BATCH_BYTES);
  private used = 0;

  /** Bytes written since the last `take`; a position to `rewind` to. */
  get length(): number {
    return this.used;
  }

  /** Whether a batch is full: the writer takes it between rows, never inside one. */
  get full(): boolean {
    return this.used >= BATCH_BYTES;
  }

  /** Markup or a number's text: ASCII only, a byte per character. */
  ascii(text: string): void {
    this.room(text.length);
    const { buffer } = this;
    let at = this.used;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** Bytes made once (markup every cell repeats, asciiBytes below): copied in, no string read. */
  bytes(made: Uint8Array): void {
    this.room(made.length);
    const { buffer } = this;
    let at = this.used;
    for (let i = 0; i < made.length; i++) buffer[at++] = made[i] as number;
    this.used = at;
  }

  /** A whole number from 0 to 2^31 - 1, in decimal, its digits written from the last (no string made: a row number goes into every cell). */
  int(n: number): void {
    let digits = 1;
    for (let rest = n; rest >= 10; rest = (rest / 10) | 0) digits++;
    this.room(digits);
    const { buffer } = this;
    let at = this.used + digits;
    this.used = at;
    let rest = n;
    do {
      const next = (rest / 10) | 0;
      buffer[--at] = 0x30 + rest - next * 10;
      rest = next;
    } while (rest > 0);
  }

  /** Text already escaped for where it goes, as UTF-8. */
  text(text: string): void {
    const most = text.length * MAX_BYTES_PER_UNIT;
    this.room(most);
    if (text.length > SHORT_TEXT) {
      this.used += encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
      return;
    }
    const { buffer } = this;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        buffer[at++] = code;
        continue;
      }
      if (code < 0x800) {
        buffer[at++] = 0xc0 | (code >> 6);
        buffer[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      if (code >= 0xd800 && code <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          buffer[at++] = 0xf0 | (point >> 18);
          buffer[at++] = 0x80 | ((point >> 12) & 0x3f);
          buffer[at++] = 0x80 | ((point >> 6) & 0x3f);
          buffer[at++] = 0x80 | (point & 0x3f);
          i++;
          continue;
        }
        code = 0xfffd;
      }
      buffer[at++] = 0xe0 | (code >> 12);
      buffer[at++] = 0x80 | ((code >> 6) & 0x3f);
      buffer[at++] = 0x80 | (code & 0x3f);
    }
    this.used = at;
  }

  /** Drops what was written after `length` (a row that turned out to hold no cell). */
  rewind(length: number): void {
    this.used = length;
  }

  /** The bytes written so far, handed over: the next ones go into a new batch. */
  take(): Uint8Array {
    const bytes = this.buffer.subarray(0, this.used);
    this.buffer = new Uint8Array(BATCH_BYTES);
    this.used = 0;
    return bytes;
  }

  /** Room for `bytes` more: a row longer than a batch grows it, so that a row is never split. */
  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.used + bytes));
    grown.set(this.buffer.subarray(0, this.used));
    this.buffer = grown;
  }
}
