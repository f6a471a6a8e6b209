import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { storedBytes, zipEntries } from "../../../src/hosts/exceljs/zipEntries";

/**
 * An .xlsx file's parts, unpacked and packed again: to make the files Excel's own tools never
 * write but a clerk may still be sent (two sheets of one name, a part cut short, a sheet that
 * unpacks to millions of cells), byte for byte.
 */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of zipEntries(bytes)) {
    const stored = storedBytes(bytes, entry);
    if (stored === null) continue;
    parts.set(entry.name, entry.method === 8 ? inflateRawSync(stored) : Buffer.from(stored));
  }
  return parts;
}

export function zip(parts: ReadonlyMap<string, Buffer | string>): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    directory.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...directory, end]));
}

/** The same file with some parts replaced (text in, text out). */
export function withParts(bytes: Uint8Array, edit: (parts: Map<string, Buffer>) => void): Uint8Array {
  const parts = unzip(bytes);
  edit(parts);
  return zip(parts);
}

export function partText(parts: ReadonlyMap<string, Buffer>, name: string): string {
  return parts.get(name)?.toString("utf8") ?? "";
}
