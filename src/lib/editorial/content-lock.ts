/**
 * One writer at a time in a content folder: `npm run import` and `npm run new` hold an
 * inter-process lock while they read the folder and write to it, so two runs at once cannot
 * both pick the same file name or append to a stale copy of people.yaml (the last rename used
 * to win: articles and new people silently lost). The lock is proper-lockfile's: a folder made
 * atomically (`.letopis-lock`), its mtime refreshed while held, removed on exit (Ctrl+C
 * included). Beside it `.letopis-lock.json` names the holder, so a waiting run can say who it
 * waits for and take over at once from a holder on this machine that was killed; a holder it
 * cannot check (another machine on a shared folder) is taken over when its lock has not been
 * refreshed for {@link STALE_MS}.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { writeAtomic } from './content-store.ts';

/** The lock folder and the holder's note, inside the content folder. */
export const LOCK_NAME = '.letopis-lock';
export const OWNER_NAME = '.letopis-lock.json';

/** A lock not refreshed for this long, by a holder that cannot be checked, is taken over. */
export const STALE_MS = 60_000;
/** How often the holder refreshes the lock. */
const UPDATE_MS = 5_000;
/** How long a killed holder's lock must have been still before it is taken over. */
const DEAD_HOLDER_STALE_MS = 2_000;
/** How often a waiting run tries again. */
const POLL_MS = 200;

/** Who holds the lock, as the holder wrote it down. */
export interface LockOwner {
  pid: number;
  host: string;
  /** `npm run import`, `npm run new`. */
  command: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** The lock is held and the caller asked not to wait. */
export class ContentLocked extends Error {
  readonly owner: LockOwner | undefined;
  constructor(root: string, owner: LockOwner | undefined) {
    super(`${root}/ is being written by ${describeOwner(owner)}`);
    this.owner = owner;
  }
}

export interface LockOptions {
  /** What the holder is, for a waiting run's message (`npm run import`). */
  command: string;
  /** Wait for the holder to finish (true) or throw {@link ContentLocked} at once. */
  wait: boolean;
  /** Told once, when the run starts waiting. */
  onWait?: (owner: LockOwner | undefined) => void;
  /** Polled while waiting: a true answer stops the wait (Ctrl+C) with `undefined`. */
  cancelled?: () => boolean;
  /** The lock was taken away (another run judged it stale): stop writing. */
  onCompromised: (error: Error) => void;
}

/** Releases the lock. */
export type Release = () => Promise<void>;

/**
 * Takes the lock of `root`, waiting for another holder unless `wait` is false. Resolves with
 * the release, or `undefined` when `cancelled` stopped the wait. Errors other than a held lock
 * (a read-only or missing folder) are thrown as they are, for the caller to explain.
 */
export async function lockContent(root: string, options: LockOptions): Promise<Release | undefined> {
  const lockPath = join(root, LOCK_NAME);
  const ownerPath = join(root, OWNER_NAME);
  let told = false;
  for (;;) {
    const owner = readOwner(ownerPath);
    const state = ownerState(owner);
    try {
      const release = await lockfile.lock(root, {
        lockfilePath: lockPath,
        realpath: false,
        update: UPDATE_MS,
        // A live holder on this machine is never displaced, however long it is busy; a killed
        // one is, once its lock has stood still long enough that it cannot be one just taken.
        stale: state === 'alive' ? Infinity : state === 'dead' ? DEAD_HOLDER_STALE_MS : STALE_MS,
        onCompromised: options.onCompromised,
      });
      if (state === 'dead') {
        // Taken over with the short threshold, which would also be this run's: drop the dead
        // holder's note, give the lock back and take it again as any other run would.
        rmSync(ownerPath, { force: true });
        await release();
        continue;
      }
      const mine: LockOwner = {
        pid: process.pid,
        host: hostname(),
        command: options.command,
        since: new Date().toISOString(),
      };
      writeAtomic(ownerPath, `${JSON.stringify(mine)}\n`, { fsync: false });
      // On any exit (process.exit after an error included) the note and the lock go; proper-
      // lockfile's own exit hook is not relied on, as two versions of signal-exit in one
      // process (write-file-atomic brings the other) left the folder behind.
      const onExit = () => {
        rmSync(ownerPath, { force: true });
        try {
          lockfile.unlockSync(root, { lockfilePath: lockPath, realpath: false });
        } catch {
          // Already released or taken over.
        }
      };
      process.once('exit', onExit);
      return async () => {
        process.off('exit', onExit);
        rmSync(ownerPath, { force: true });
        await release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    if (!options.wait) throw new ContentLocked(root, owner);
    if (!told) {
      told = true;
      options.onWait?.(owner);
    }
    if (options.cancelled?.()) return undefined;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (options.cancelled?.()) return undefined;
  }
}

/** «another run of npm run import (pid 4242, since 14:02:11)». */
export function describeOwner(owner: LockOwner | undefined): string {
  if (!owner) return 'another run of npm run import or npm run new';
  const since = owner.since.slice(11, 19);
  const where = owner.host === hostname() ? '' : ` on ${owner.host}`;
  return `another run of ${owner.command} (pid ${owner.pid}${where}, since ${since} UTC)`;
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return undefined;
    return {
      pid: value.pid,
      host: value.host,
      command: String(value.command ?? 'an editorial command'),
      since: String(value.since ?? ''),
    };
  } catch {
    return undefined;
  }
}

/**
 * Whether the holder the note names is running: `unknown` when there is no note or it names
 * another machine. A note left by a killed holder stays until the next one replaces it, and a
 * run that has just taken the lock writes its note a moment later: both read as `dead` here,
 * which the short stale threshold turns into a takeover only when the lock has stood still.
 */
function ownerState(owner: LockOwner | undefined): 'alive' | 'dead' | 'unknown' {
  if (!owner || owner.host !== hostname()) return 'unknown';
  if (owner.pid === process.pid) return 'unknown';
  try {
    process.kill(owner.pid, 0);
    return 'alive';
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? 'alive' : 'dead';
  }
}

/** Whether `root` holds a lock folder (a test's check that nothing is left behind). */
export function lockLeft(root: string): boolean {
  try {
    return statSync(join(root, LOCK_NAME)).isDirectory();
  } catch {
    return false;
  }
}
