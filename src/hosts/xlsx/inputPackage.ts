import { storedBytes, zipEntries, type ZipEntry } from "../exceljs/zipEntries";
import { PACKAGE_LIMITS, partKind } from "../../core/limits";
import { PackageLimitError } from "../exceljs/partCounter";
import { InflateLimitError, type ZipCodec } from "./zipCodec";
import type { StoredEntry } from "./zipWriter";

/**
 * The roster workbook's package as the writer needs it: its parts by name (looked up without
 * regard to case, as the package format names parts), the text of the few XML parts it edits,
 * and the stored bytes of the parts it copies untouched.
 */
export class InputPackage {
  private readonly byName = new Map<string, ZipEntry>();
  readonly names: string[];

  constructor(
    private readonly bytes: Uint8Array,
    private readonly codec: ZipCodec,
  ) {
    const entries = zipEntries(bytes);
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
    this.names = entries.map((e) => e.name);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** The part's name as the package spells it. */
  actualName(name: string): string {
    return this.byName.get(name.toLowerCase())?.name ?? name;
  }

  /**
   * The unpacked part, or null when it is missing or damaged. Unpacking stops at the part's
   * limit (PACKAGE_LIMITS): a part beyond it throws PackageLimitError instead of filling memory.
   */
  bytesOf(name: string): Uint8Array | null {
    const entry = this.byName.get(name.toLowerCase());
    if (entry === undefined) return null;
    const stored = storedBytes(this.bytes, entry);
    if (stored === null) return null;
    const limit = PACKAGE_LIMITS.kinds[partKind(entry.name)].bytes;
    const tooLarge = () => new PackageLimitError({ what: "bytes", part: entry.name, limit });
    if (entry.method === 0) {
      if (stored.length > limit) throw tooLarge();
      return stored;
    }
    if (entry.method !== 8) return null;
    try {
      return this.codec.inflateRaw(stored, limit);
    } catch (error) {
      if (error instanceof InflateLimitError) throw tooLarge();
      return null;
    }
  }

  text(name: string): string | null {
    const bytes = this.bytesOf(name);
    return bytes === null ? null : new TextDecoder().decode(bytes);
  }

  /** The part as stored, for copying without unpacking. */
  stored(name: string): StoredEntry | null {
    const entry = this.byName.get(name.toLowerCase());
    if (entry === undefined) return null;
    const data = storedBytes(this.bytes, entry);
    if (data === null) return null;
    return {
      name: entry.name,
      method: entry.method,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
      data,
    };
  }
}

export interface Relationship {
  id: string;
  type: string;
  /** The part's name in the package (`xl/worksheets/sheet1.xml`), or the target as written when external. */
  target: string;
  external: boolean;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of a part (`source`), their targets resolved to part names. */
export function parseRelationships(xml: string | null, source: string): Relationship[] {
  if (xml === null) return [];
  const base = source.slice(0, source.lastIndexOf("/") + 1);
  const rels: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attributes = match[1] ?? "";
    const id = attributeOf(attributes, "Id");
    const type = attributeOf(attributes, "Type");
    const target = attributeOf(attributes, "Target");
    if (id === null || type === null || target === null) continue;
    const external = attributeOf(attributes, "TargetMode") === "External";
    rels.push({ id, type, target: external ? target : resolvePart(base, target), external });
  }
  return rels;
}

/** A relative target resolved against a folder (`xl/` + `../customXml/item1.xml`); `/xl/…` from the root. */
export function resolvePart(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const segment of decodeURIComponentSafe(path).split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An attribute's value, unescaped, from the text inside a tag. */
export function attributeOf(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  if (match === null) return null;
  return unescapeXml(match[1] ?? match[2] ?? "");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (whole, hex, dec, named) => {
    const code = hex !== undefined ? parseInt(hex as string, 16) : dec !== undefined ? parseInt(dec as string, 10) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[named as string] ?? whole;
  });
}
