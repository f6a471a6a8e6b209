/**
 * The cell and row elements of a worksheet part counted on its unpacked bytes, a chunk at a time:
 * every `<c` or `<row` start tag, with or without a namespace prefix (`<c `, `<x:c>`, `<row …>`),
 * as the pattern `<(?:[A-Za-z_][\w.-]*:)?(c|row)[\s/>]` finds them in the decoded text. Counting
 * on the bytes spares decoding a district's hundred megabytes of XML and a match object per cell
 * (most of the cost of the cell count before reading); the name and prefix are ASCII, and a
 * `<` never belongs to a longer UTF-8 sequence, so the bytes give the same count.
 */
export class CellCount {
  cells = 0;
  rows = 0;
  /** From a `<` whose element the chunk ended too soon to tell, to the chunk's end. */
  private carry: Uint8Array | null = null;

  add(chunk: Uint8Array): void {
    let bytes = chunk;
    const carry = this.carry;
    if (carry !== null) {
      // The carry starts at a `<` whose element a chunk's end left undecided: told with the next
      // chunk's first bytes; the chunk is copied whole only for a longer name.
      this.carry = null;
      const head = joined(carry, chunk.subarray(0, CARRY_LOOK));
      const found = elementAt(head, 1);
      if (found !== UNDECIDED) {
        this.tally(found);
        // A carry may have taken in another `<` while undecided (`<x:r<`, waiting for the `o` of
        // `row`; a character cut short): that one starts an element of its own, scanned again
        // with the chunk, or it would be skipped.
        const next = carry.indexOf(LT, 1);
        if (next >= 0) bytes = joined(carry.subarray(next), chunk);
      } else if (head.length === carry.length + chunk.length) {
        this.carry = head;
        return;
      } else bytes = joined(carry, chunk);
    }
    // A plain loop: faster here than indexOf, whose every call costs more than the bytes it skips.
    for (let at = 0; at < bytes.length; at++) {
      if (bytes[at] !== LT) continue;
      const found = elementAt(bytes, at + 1);
      if (found === UNDECIDED) {
        this.carry = bytes.slice(at);
        return;
      }
      this.tally(found);
    }
  }

  private tally(found: number): void {
    if (found === CELL) this.cells++;
    else if (found === ROW) this.rows++;
  }

  /** The part's end: a `<` left undecided is no element (the pattern needs a character after the name). */
  end(): void {
    this.carry = null;
  }
}

const LT = 0x3c;
/** Bytes of the next chunk enough to tell any element a carry starts (a prefix longer is copied whole). */
const CARRY_LOOK = 256;
const COLON = 0x3a;
const NONE = 0;
const CELL = 1;
const ROW = 2;
const UNDECIDED = 3;

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(a.length + b.length);
  bytes.set(a);
  bytes.set(b, a.length);
  return bytes;
}

/** `[A-Za-z_]` */
const isStart = (b: number): boolean => (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f;
/** `[\w.-]` */
const isWord = (b: number): boolean => isStart(b) || (b >= 0x30 && b <= 0x39) || b === 0x2e || b === 0x2d;

/** Which element starts at `at` (just after `<`): a prefix `[A-Za-z_][\w.-]*:` is skipped, then `c` or `row` and `[\s/>]`. */
function elementAt(bytes: Uint8Array, at: number): number {
  if (at >= bytes.length) return UNDECIDED;
  if (!isStart(bytes[at] as number)) return NONE;
  let end = at + 1;
  while (end < bytes.length && isWord(bytes[end] as number)) end++;
  if (end >= bytes.length) return UNDECIDED;
  // A name run ending in `:` is a prefix; otherwise the run itself is the name (a `:` cannot be in a run).
  if (bytes[end] === COLON) {
    const name = end + 1;
    if (name >= bytes.length) return UNDECIDED;
    if (bytes[name] === 0x63) return delimiter(bytes, name + 1, CELL);
    if (bytes[name] !== 0x72) return NONE;
    if (name + 2 >= bytes.length) return UNDECIDED;
    return bytes[name + 1] === 0x6f && bytes[name + 2] === 0x77 ? delimiter(bytes, name + 3, ROW) : NONE;
  }
  if (end - at === 1 && bytes[at] === 0x63) return delimiter(bytes, end, CELL);
  if (end - at === 3 && bytes[at] === 0x72 && bytes[at + 1] === 0x6f && bytes[at + 2] === 0x77)
    return delimiter(bytes, end, ROW);
  return NONE;
}

/** JavaScript's `\s` beyond ASCII, as UTF-8: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
const WIDE_SPACE = /\s/;
/** Made when first needed (a page without TextDecoder may load this file). U+FEFF is kept, not dropped as a byte-order mark. */
let decoder: TextDecoder | undefined;

/** `[\s/>]` at `at`, or not; a character cut by the chunk's end is undecided. */
function delimiter(bytes: Uint8Array, at: number, element: number): number {
  if (at >= bytes.length) return UNDECIDED;
  const b = bytes[at] as number;
  if (b === 0x20 || b === 0x2f || b === 0x3e || (b >= 0x09 && b <= 0x0d)) return element;
  if (b < 0xc2) return NONE;
  const length = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
  if (at + length > bytes.length) return UNDECIDED;
  decoder ??= new TextDecoder("utf-8", { ignoreBOM: true });
  const char = decoder.decode(bytes.subarray(at, at + length));
  return WIDE_SPACE.test(char.charAt(0)) ? element : NONE;
}
