import {randomUUID} from 'node:crypto';
import {readFile, stat, unlink, writeFile} from 'node:fs/promises';
import {hostname} from 'node:os';

/**
 * A lock file beside an OCI layout's `index.json`, so that writers in different processes (two
 * `hephy-builder build` runs, or a build and a retag, into one layout) do not overwrite each
 * other's read-modify-write of the index. The file is created with O_EXCL and names its holder;
 * a holder that died on this host, or a lock older than `staleMs` anywhere, is broken.
 */
export interface LayoutLockOptions {
  /** A lock older than this is a crashed writer's, whatever its pid (index writes take milliseconds). */
  staleMs?: number;
  /** How long to wait for a live holder before failing. */
  timeoutMs?: number;
}

interface Holder {
  pid: number;
  host: string;
  token: string;
}

const DEFAULT_STALE_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 120_000;
const FIRST_WAIT_MS = 5;
const LONGEST_WAIT_MS = 250;

/** Runs `work` while holding `<file>.lock`; waits with bounded backoff while another writer holds it. */
export async function withFileLock<T>(
  file: string,
  work: () => Promise<T>,
  options: LayoutLockOptions = {},
): Promise<T> {
  const lock = `${file}.lock`;
  const token = await acquire(lock, options);
  try {
    return await work();
  } finally {
    await release(lock, token);
  }
}

async function acquire(lock: string, options: LayoutLockOptions): Promise<string> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const holder: Holder = {pid: process.pid, host: hostname(), token: randomUUID()};
  const started = Date.now();
  let wait = FIRST_WAIT_MS;
  for (;;) {
    if (await createExclusive(lock, JSON.stringify(holder))) return holder.token;
    const seen = await inspect(lock);
    if (seen === undefined) continue; // released between our attempt and our look
    if (isStale(seen, staleMs)) {
      await breakLock(lock, seen.text, staleMs);
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      const who = seen.holder ? `process ${seen.holder.pid} on ${seen.holder.host}` : 'another writer';
      throw new Error(
        `${lock} is held by ${who} for ${Math.round(seen.ageMs / 1000)} s; remove it if no hephy-builder is writing this layout`,
      );
    }
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, LONGEST_WAIT_MS);
  }
}

async function release(lock: string, token: string): Promise<void> {
  const seen = await inspect(lock);
  // Ours unless a waiter judged us stale and took over: then it is theirs to remove.
  if (seen?.holder?.token === token) await unlink(lock).catch(() => undefined);
}

/** Creates `file` only if it does not exist (O_EXCL); false when it does. */
async function createExclusive(file: string, text: string): Promise<boolean> {
  try {
    await writeFile(file, text, {flag: 'wx'});
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

interface Seen {
  text: string;
  /** Undefined while the holder is between creating the file and writing it. */
  holder: Holder | undefined;
  ageMs: number;
}

async function inspect(lock: string): Promise<Seen | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(lock, 'utf8'), stat(lock)]);
    return {text, holder: parseHolder(text), ageMs: Date.now() - info.mtimeMs};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string') {
      return {pid: value.pid, host: value.host, token: value.token};
    }
  } catch {
    // Half-written: judged by its age alone.
  }
  return undefined;
}

function isStale(seen: Seen, staleMs: number): boolean {
  if (seen.ageMs > staleMs) return true;
  return seen.holder !== undefined && seen.holder.host === hostname() && !processAlive(seen.holder.pid);
}

/** Signal 0 asks the kernel whether the pid exists; EPERM means it does, as someone else's. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a stale lock, unless it changed since it was judged stale. Two waiters may judge the
 * same lock stale at once; a second lock file (`.break`) makes the look-and-remove one step, so
 * neither removes the fresh lock the other has just taken.
 */
async function breakLock(lock: string, staleText: string, staleMs: number): Promise<void> {
  const breaker = `${lock}.break`;
  if (!(await createExclusive(breaker, String(process.pid)))) {
    const other = await inspect(breaker);
    // A breaker that crashed mid-break (it holds the file for microseconds).
    if (other && other.ageMs > Math.min(staleMs, 10_000)) await unlink(breaker).catch(() => undefined);
    else await sleep(FIRST_WAIT_MS);
    return;
  }
  try {
    const now = await readFile(lock, 'utf8').catch(() => undefined);
    if (now === staleText) await unlink(lock).catch(() => undefined);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
