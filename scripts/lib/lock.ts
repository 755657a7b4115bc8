// An exclusive lock file holding its owner's pid, so that two `npm start` on one data folder
// (or two builds of one .next) cannot run at once. A lock whose process is gone is stale and
// is taken over. PostgreSQL's own postmaster.pid remains the last line of defence.
import { randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type LockInfo = {
  pid: number;
  host: string;
  startedAt: string;
  token: string;
  /** Words that must appear in the holder's command line (Linux: /proc), guarding against pid reuse. */
  marker: string;
  [detail: string]: unknown;
};

export class LockHeld extends Error {
  constructor(readonly file: string, readonly holder: LockInfo) {
    super(`${file} is held by pid ${holder.pid} (since ${holder.startedAt})`);
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, "utf-8")) as LockInfo;
    return typeof info.pid === "number" ? info : null;
  } catch {
    return null;
  }
}

/** Is the process that wrote this lock still running? */
function holderAlive(info: LockInfo): boolean {
  // Another machine sharing the folder: we cannot tell, so assume it is alive.
  if (info.host !== os.hostname()) return true;
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    return readFileSync(`/proc/${info.pid}/cmdline`, "utf-8").includes(info.marker);
  } catch {
    return true; // no /proc (macOS): a live pid is taken as the holder
  }
}

export type Lock = {
  info: LockInfo;
  /** The stale lock this one replaced (its holder died without cleaning up), if any. */
  previous?: LockInfo;
  /** Adds details to the lock file (e.g. the pid of a child). */
  update(details: Record<string, unknown>): void;
  release(): void;
};

/**
 * Creates `file` exclusively. Throws LockHeld when a live process holds it; takes over a stale
 * lock. The lock is also released when this process exits, however it exits.
 */
export async function acquireLock(file: string, marker: string, details: Record<string, unknown> = {}): Promise<Lock> {
  const info: LockInfo = { ...details, pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), token: randomUUID(), marker };
  let previous: LockInfo | undefined;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o644);
      writeSync(fd, JSON.stringify(info, null, 2));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        // Only remove the file if it is still ours.
        if (readLock(file)?.token === info.token) unlinkSync(file);
      };
      process.on("exit", release);
      const update = (more: Record<string, unknown>) => {
        Object.assign(info, more);
        if (!released) writeFileSync(file, JSON.stringify(info, null, 2));
      };
      return { info, previous, update, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    let judged = readLock(file);
    if (!judged) {
      // Being written right now, or garbage left by a crash: look again shortly.
      await new Promise((r) => setTimeout(r, 200));
      judged = readLock(file);
    }
    if (judged && holderAlive(judged)) throw new LockHeld(file, judged);
    // Stale: move it aside atomically, and make sure what we moved is the lock we judged stale.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
    } catch {
      continue; // someone else took it over first; try again
    }
    const moved = readLock(aside);
    if (moved && moved.token !== judged?.token && holderAlive(moved)) {
      renameSync(aside, file);
      throw new LockHeld(file, moved);
    }
    previous = moved ?? undefined;
    if (existsSync(aside)) unlinkSync(aside);
  }
  throw new Error(`Could not take the lock ${file}`);
}

/** Waits (up to `timeoutMs`) while another live process holds the lock, telling the user once. */
export async function waitForLock(file: string, marker: string, what: string, timeoutMs = 20 * 60_000): Promise<Lock> {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      return await acquireLock(file, marker);
    } catch (e) {
      if (!(e instanceof LockHeld) || Date.now() > deadline) throw e;
      if (!told) console.log(`Waiting for ${what} (pid ${e.holder.pid}) to finish…`);
      told = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
