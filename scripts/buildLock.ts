import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * One builder at a time for an output several processes may want at once (jest runs two workers,
 * and a bench may run beside them): the lock is a directory, made atomically by `mkdirSync`, with
 * the holder's process id inside. A lock whose holder has died (a killed run) is taken over, so
 * it never blocks the next run; a waiter gives up after `GIVE_UP_MS` with the lock's path. Whoever
 * holds the lock still builds beside the output and renames it into place, so a reader never sees
 * half a build, even in the rare case of two waiters taking over one dead holder's lock at once.
 */
const POLL_MS = 200;
const GIVE_UP_MS = 20 * 60_000;
/** A lock this old with no holder written yet was left between `mkdir` and the write: stale. */
const UNCLAIMED_MS = 30_000;

function holderGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "holder"), "utf8"));
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs > UNCLAIMED_MS;
    } catch {
      return false; // released meanwhile
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

function tryLock(lock: string): boolean {
  mkdirSync(dirname(lock), { recursive: true });
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (holderGone(lock)) {
      // Moved aside first: of two waiters that find the same dead holder, one rename wins.
      const stale = `${lock}.stale-${process.pid}`;
      try {
        renameSync(lock, stale);
        rmSync(stale, { recursive: true, force: true });
      } catch {
        // Another waiter took it over first.
      }
    }
    return false;
  }
  writeFileSync(join(lock, "holder"), String(process.pid));
  return true;
}

function unlock(lock: string): void {
  rmSync(lock, { recursive: true, force: true });
}

function giveUpAfterWaiting(lock: string, started: number): void {
  if (Date.now() - started < GIVE_UP_MS) return;
  throw new Error(`waited ${GIVE_UP_MS / 60_000} minutes for ${lock}: remove it if no build is running`);
}

/** Runs `work` holding `lock`, waiting (blocking this thread) while another process holds it. */
export function withLockSync<T>(lock: string, work: () => T): T {
  const started = Date.now();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!tryLock(lock)) {
    giveUpAfterWaiting(lock, started);
    Atomics.wait(pause, 0, 0, POLL_MS);
  }
  try {
    return work();
  } finally {
    unlock(lock);
  }
}

/** Runs `work` holding `lock`, waiting while another process holds it. */
export async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  while (!tryLock(lock)) {
    giveUpAfterWaiting(lock, started);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    unlock(lock);
  }
}
