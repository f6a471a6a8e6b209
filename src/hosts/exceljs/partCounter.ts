import { PACKAGE_LIMITS, packageProblem, partKind, type PackageExcess, type PartLimit } from "../../core/limits";
import { WorkbookTooLargeError } from "./readWorkbookErrors";

/**
 * PACKAGE_LIMITS applied to a part while it is unpacked: its bytes and its elements are counted
 * chunk by chunk, and the first limit passed stops the unpacking at once, so a part that would
 * unpack to gigabytes costs no more than its limit. Every reader of a package (the scan before
 * loading, the streaming reader, the package writer's input, the .ods reader) counts through this.
 */
export class PackageLimitError extends Error {
  constructor(readonly excess: PackageExcess) {
    super(`beyond the package limits: ${excess.what}${"part" in excess ? ` of ${excess.part}` : ""}`);
    this.name = "PackageLimitError";
  }
}

/** The unpacked bytes of every part of one package so far, shared by its parts' counters. */
export class PackageTotal {
  bytes = 0;

  add(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > PACKAGE_LIMITS.totalBytes)
      throw new PackageLimitError({ what: "totalBytes", limit: PACKAGE_LIMITS.totalBytes });
  }
}

/** A package of more parts than any workbook has is refused before any part is unpacked. */
export function checkPartCount(parts: number): void {
  if (parts > PACKAGE_LIMITS.parts) throw new PackageLimitError({ what: "parts", limit: PACKAGE_LIMITS.parts });
}

/** A part whose directory entry already states a size beyond its limit is refused without unpacking it. */
export function checkStatedSize(part: string, size: number): void {
  const limit = PACKAGE_LIMITS.kinds[partKind(part)].bytes;
  if (size > limit) throw new PackageLimitError({ what: "bytes", part, limit });
}

/** Longer than any element name a counted pattern matches, so that one cut by a chunk boundary is found whole next time. */
const OVERLAP = 64;
const LT = 0x3c;

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code > 0x7f;
}

export class PartCounter {
  private readonly limit: PartLimit;
  private bytes = 0;
  private elements = 0;
  private readonly counts = new Map<string, number>();
  private readonly named: RegExp | null;
  /** A `<` ending the last chunk: whether it opens an element depends on the next byte. */
  private pendingLt = false;
  private carry = "";
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });

  constructor(
    readonly part: string,
    private readonly total: PackageTotal,
  ) {
    this.limit = PACKAGE_LIMITS.kinds[partKind(part)];
    const names = Object.keys(this.limit.counted ?? {});
    this.named = names.length === 0 ? null : new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?(${names.join("|")})[\\s/>]`, "g");
  }

  /** Counts the next chunk of unpacked bytes; throws PackageLimitError once a limit is passed. */
  add(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.bytes > this.limit.bytes)
      throw new PackageLimitError({ what: "bytes", part: this.part, limit: this.limit.bytes });
    this.total.add(chunk.length);
    if (this.limit.elements === Number.POSITIVE_INFINITY) return;
    this.countElements(chunk);
    if (this.named !== null) this.countNamed(this.decoder.decode(chunk, { stream: true }), false);
  }

  /** The part has been unpacked whole: what the last chunk left pending is counted. */
  end(): void {
    if (this.named !== null) this.countNamed(this.decoder.decode(), true);
  }

  /** Every `<` followed by a name: an element's start tag (`</`, `<?`, `<!` are not), counted on the bytes. */
  private countElements(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    let elements = this.elements;
    if (this.pendingLt && isNameStart(chunk[0] as number)) elements++;
    // Only a `<` needs a second look: the loop tests one byte in most steps.
    const last = chunk.length - 1;
    for (let i = 0; i < last; i++) {
      if (chunk[i] === LT && isNameStart(chunk[i + 1] as number)) elements++;
    }
    this.pendingLt = chunk[last] === LT;
    this.elements = elements;
    if (elements > this.limit.elements)
      throw new PackageLimitError({ what: "elements", part: this.part, limit: this.limit.elements });
  }

  private countNamed(chunk: string, last: boolean): void {
    const pattern = this.named;
    if (pattern === null) return;
    const text = this.carry + chunk;
    const upTo = last ? text.length : Math.max(0, text.length - OVERLAP);
    for (const match of text.matchAll(pattern)) {
      if (match.index >= upTo) break;
      const name = match[1] ?? "";
      const n = (this.counts.get(name) ?? 0) + 1;
      this.counts.set(name, n);
      const limit = this.limit.counted?.[name] ?? Number.POSITIVE_INFINITY;
      if (n > limit) throw new PackageLimitError({ what: "elements", part: this.part, limit, element: name });
    }
    this.carry = text.slice(upTo);
  }
}

/** PackageLimitError turned into the refusal a clerk reads, naming the file and the part. */
export function refusedForLimits(error: unknown, fileName: string): unknown {
  return error instanceof PackageLimitError ? new WorkbookTooLargeError(packageProblem(fileName, error.excess)) : error;
}
