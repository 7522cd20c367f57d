// One process at a time in an embedded database folder: PGlite has no lock of its own, and two
// openers of one folder corrupt it. The lock is a file created exclusively, naming its holder; one
// left by a process that has died is taken over, never one whose holder may still be running.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'lumina.lock';

export type LockOwner = {
  pid: number;
  host: string;
  boot: string | null;
  start: string | null;
  command: string;
  since: string;
};

export class FolderLockedError extends Error {
  override name = 'FolderLockedError';
}

// A guard left by a process killed while taking over a stale lock is itself stale after this long.
const GUARD_STALE_MS = 10_000;
// A lock file still empty this long after it was made was left by a process killed as it wrote it.
const EMPTY_STALE_MS = 5_000;

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

// Linux's boot id and a process's start time tell a live holder from a new process that reuses its pid.
const bootId = () => readText('/proc/sys/kernel/random/boot_id')?.trim() ?? null;
function startTime(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name in parentheses may hold spaces; fields after it are space-separated, starttime the 20th.
  return stat === null ? null : (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null);
}

// Whether a process with this id is running here (one we may not signal counts as running).
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// This process's own description, written into the lock it takes.
export function currentOwner(): LockOwner {
  const command = [path.basename(process.argv[0] ?? 'node'), ...process.argv.slice(1, 3).map((a) => path.basename(a))];
  return {
    pid: process.pid,
    host: hostname(),
    boot: bootId(),
    start: startTime(process.pid),
    command: `${process.title} (${command.join(' ')})`,
    since: new Date().toISOString(),
  };
}

/** 'alive' | 'dead' | 'unknown' (on another machine, whose processes cannot be seen from here). */
export function holderState(owner: LockOwner, self: LockOwner = currentOwner()): 'alive' | 'dead' | 'unknown' {
  if (owner.host !== self.host) return 'unknown';
  if (owner.boot && self.boot && owner.boot !== self.boot) return 'dead';
  if (!pidExists(owner.pid)) return 'dead';
  if (owner.start && startTime(owner.pid) !== owner.start) return 'dead';
  return 'alive';
}

// What a refused opener is told: who holds the folder and what to do.
export function describeHolder(dir: string, owner: LockOwner, state: 'alive' | 'unknown'): string {
  const who = `process ${owner.pid} (${owner.command}) on ${owner.host}, since ${owner.since}`;
  const advice =
    state === 'alive'
      ? 'Stop that process first, or set DATABASE_URL to another folder; for several instances use PostgreSQL.'
      : `If that process is no longer running, delete ${path.join(dir, LOCK_FILE)} and start again.`;
  return `The embedded database folder ${dir} is in use by ${who}. ${advice}`;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.pid === 'number' && typeof value.host === 'string' ? (value as LockOwner) : null;
  } catch {
    return null;
  }
}

// Creates the lock with its holder already in it: written to a file of this process's own, then
// linked to the lock's name, which fails if the name exists. So no other process ever sees the lock
// empty (a writer held up between creating and writing it could otherwise be judged stale). Where the
// filesystem has no hard links, the lock is created exclusively and then written.
function createExclusive(file: string, owner: LockOwner): boolean {
  const own = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  writeFileSync(own, JSON.stringify(owner), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(own, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') return createThenWrite(file, owner);
    throw error;
  } finally {
    rmSync(own, { force: true });
  }
}

function createThenWrite(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

// Removes a dead holder's lock, as long as it is still the one judged dead: only one process at a
// time may do this (a guard folder made with mkdir), so a lock just taken by another is never removed.
function removeStale(file: string, judged: string): void {
  const guard = `${file}.takeover`;
  try {
    mkdirSync(guard);
  } catch {
    if (ageMs(guard) > GUARD_STALE_MS) rmSync(guard, { recursive: true, force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    return;
  }
  try {
    if (readText(file) === judged) unlinkSync(file);
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

// Takes the folder's lock or throws FolderLockedError naming its holder; returns the release.
export function lockFolder(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  const self = currentOwner();
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createExclusive(file, self)) return () => releaseLock(file, self);
    const text = readText(file);
    if (text === null) continue;
    const owner = parseOwner(text);
    // An empty or half-written lock is being written now, unless it has been that way for a while.
    if (!owner && ageMs(file) < EMPTY_STALE_MS)
      throw new FolderLockedError(
        `The embedded database folder ${dir} is being opened by another process. Try again in a moment.`,
      );
    const state = owner ? holderState(owner, self) : 'dead';
    if (state !== 'dead') throw new FolderLockedError(describeHolder(dir, owner!, state));
    removeStale(file, text);
  }
  throw new FolderLockedError(
    `Could not take the lock on the embedded database folder ${dir}: other processes keep taking it.`,
  );
}

function releaseLock(file: string, self: LockOwner): void {
  const owner = parseOwner(readText(file) ?? '');
  if (owner?.pid === self.pid && owner.since === self.since && owner.start === self.start) unlinkSync(file);
}
