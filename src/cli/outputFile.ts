import { randomBytes } from "node:crypto";
import { mkdir, readdir, realpath, rename, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { crc32 } from "node:zlib";
import { InputError } from "./inputError";

/**
 * The command line's outputs are written whole or not at all: into a temporary file beside the
 * target, renamed over it only once complete. A write that fails halfway (a full disk, a file
 * Excel holds open) leaves the previous file as it was and no half-written workbook that a
 * leader might open and trust. Paths are checked before any work, so a doomed run fails fast.
 */
const REASONS: Record<string, string> = {
  EACCES: "没有写入权限",
  EPERM: "没有写入权限",
  EROFS: "所在磁盘只读",
  EISDIR: "这是一个文件夹",
  ENOTDIR: "路径中有一段不是文件夹",
  ENOENT: "文件夹不存在",
  EBUSY: "文件正被其他程序打开（例如 Excel），请关闭后再试",
  ENOSPC: "磁盘空间不足",
  EEXIST: "路径中有一段不是文件夹",
  ENAMETOOLONG: "文件名或路径过长，请改用较短的名称",
};

export function cannotWrite(path: string, reason: string): InputError {
  return new InputError(`无法写入文件：${path}（${reason}）`);
}

function reasonOf(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return REASONS[code] ?? (code === "" ? "未知原因" : code);
}

/**
 * Refuses an output that would replace an input (the roster's charts and images would be lost
 * with it), a folder, a read-only file or a folder that cannot be created.
 */
export async function checkOutputPath(path: string, inputs: readonly string[]): Promise<void> {
  const target = await canonical(path);
  for (const input of inputs) {
    if ((await canonical(input)) === target) {
      throw new InputError(`输出文件不能与输入文件相同：${path}。请写入新文件，原始工作簿保持不变。`);
    }
  }
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory() === true) throw cannotWrite(path, REASONS.EISDIR ?? "");
  // The read-only attribute is the user's wish whoever runs the job, administrators included.
  if (existing !== null && (existing.mode & 0o222) === 0) throw cannotWrite(path, "文件为只读");
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw cannotWrite(path, reasonOf(error));
  }
  await removeStaleTemporaries(dirname(path));
}

async function canonical(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}

/**
 * The temporary files' names: Kaohe's mark, this machine, this process and a random part, and
 * nothing of the output's name (a draft's name holds a person's name; any name the file system
 * takes for the output must also work here, so the temporary name's length is fixed:
 * `.kaohe-1a2b3c4d-12345-0123456789ab.tmp`). A run that was killed leaves its file behind; the
 * next run in that folder removes it, recognised by the mark and by a process of this machine
 * that no longer runs (or, from another machine sharing the folder, by a day's age).
 */
const TEMPORARY = /^\.kaohe-([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.tmp$/;
const MACHINE = (crc32(hostname()) >>> 0).toString(16).padStart(8, "0");
const FOREIGN_STALE_MS = 24 * 60 * 60 * 1000;

function temporaryName(): string {
  return `.kaohe-${MACHINE}-${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process runs under another user.
    return (error as { code?: unknown }).code === "EPERM";
  }
}

/** Removes in `dir` the temporary files of Kaohe runs that were killed; anything else is left as it is. */
export async function removeStaleTemporaries(dir: string, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (match === null) continue;
    const path = join(dir, name);
    const stale =
      match[1] === MACHINE
        ? Number(match[2]) !== process.pid && !isRunning(Number(match[2]))
        : now - ((await stat(path).catch(() => null))?.mtimeMs ?? now) > FOREIGN_STALE_MS;
    if (stale) await unlink(path).catch(() => undefined);
  }
}

/** Calls `write` with a temporary path beside `path`, then renames it into place. */
export async function writeFileAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(path), temporaryName());
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw cannotWrite(path, reasonOf(error));
  }
}
