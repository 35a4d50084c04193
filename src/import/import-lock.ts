/**
 * The import lock: one import at a time per archive. The lock file says which process holds it
 * (pid, the process's start time from /proc, host, a random token, when), so a pid that was
 * reused by another program after an import died does not block imports forever.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

import { InhaleError } from '../archive/errors.ts';

interface LockOwner {
  pid: number;
  /** Field 22 of /proc/<pid>/stat (clock ticks since boot); absent where there is no /proc. */
  started?: string;
  host: string;
  token: string;
  time: string;
}

/** Tokens of the locks this process holds: a lock naming this pid is live only if listed here. */
const held = new Set<string>();

/** Takes the lock at `lockFile`, replacing a stale one; returns the token that releases it. */
export async function takeLock(lockFile: string): Promise<string> {
  const owner = ownerOfThisProcess();
  const text = `${JSON.stringify(owner)}\n`;
  try {
    const handle = await open(lockFile, 'wx');
    await handle.writeFile(text);
    await handle.close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const found = parseOwner(await readFile(lockFile, 'utf8').catch(() => ''));
    if (found && isLiveImport(found)) throw lockedBy(lockFile, found);
    const temporary = `${lockFile}.${owner.token}.tmp`;
    await writeFile(temporary, text); // a stale lock: its process died, or its pid is another program now
    await rename(temporary, lockFile);
    // Two imports that found the same stale lock: the last rename wins, the other stops here.
    const winner = parseOwner(await readFile(lockFile, 'utf8').catch(() => ''));
    if (winner?.token !== owner.token) throw lockedBy(lockFile, winner ?? owner);
  }
  held.add(owner.token);
  return owner.token;
}

function lockedBy(lockFile: string, owner: LockOwner): InhaleError {
  return new InhaleError(
    `${lockFile}: another import (process ${owner.pid} on ${owner.host}, since ${owner.time}) is running; wait for it to finish. If no import is running, delete ${lockFile}`,
  );
}

/** Removes the lock if it is still the one `token` took. */
export async function releaseLock(lockFile: string, token: string): Promise<void> {
  held.delete(token);
  const found = parseOwner(await readFile(lockFile, 'utf8').catch(() => ''));
  if (found?.token === token) await rm(lockFile, { force: true });
}

function ownerOfThisProcess(): LockOwner {
  const started = processStart(process.pid);
  return {
    pid: process.pid,
    ...(started === undefined ? {} : { started }),
    host: hostname(),
    token: randomUUID(),
    time: new Date().toISOString(),
  };
}

/** A lock file's owner, or undefined when it is not one this version wrote (a bare pid, junk). */
function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.token === 'string' && owner.host)
      return owner as LockOwner;
  } catch {
    // not JSON: an older inhale's bare pid, or damaged; either way no live import can be proved
  }
  return undefined;
}

function isLiveImport(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine's process cannot be checked
  if (owner.pid === process.pid) return held.has(owner.token);
  if (!isAlive(owner.pid)) return false;
  const started = processStart(owner.pid);
  return owner.started === undefined || started === undefined || started === owner.started;
}

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
