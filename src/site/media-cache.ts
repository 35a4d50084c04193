/**
 * The media cache: processed files stored by the content hash of their original, so a photo
 * that is moved, renamed or stored twice is processed once. Everything in it can be made again:
 * deleting the folder only costs time.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  linkSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { deserialize, serialize } from 'node:v8';

import { temporaryName } from './output-folder.ts';

export class MediaCache {
  private changed = false;

  private constructor(
    readonly dir: string,
    /** `path\0size\0mtime` → content hash, so an unchanged file is not read again. */
    private readonly index: Map<string, string>,
  ) {}

  static async open(dir: string): Promise<MediaCache> {
    await mkdir(dir, { recursive: true });
    let index = new Map<string, string>();
    try {
      index = deserialize(await readFile(path.join(dir, 'index.v8'))) as Map<string, string>;
    } catch {
      // absent or unreadable: every file is hashed again
    }
    return new MediaCache(dir, index);
  }

  /**
   * The content hash of an archive file. Small files (photos) are read at once: a build hashes
   * thousands of them and each await costs more than the read; a large one (a 2 GB video) is
   * streamed, so it never sits in memory.
   */
  async hashOf(archiveDir: string, archivePath: string): Promise<string> {
    const source = path.join(archiveDir, archivePath);
    const info = statSync(source);
    const statKey = `${archivePath}\0${info.size}\0${info.mtimeMs}`;
    const known = this.index.get(statKey);
    if (known) return known;
    const hash = createHash('sha256');
    if (info.size <= READ_AT_ONCE) hash.update(readFileSync(source));
    else await pipeline(createReadStream(source), hash);
    const digest = hash.digest('hex').slice(0, 32);
    this.index.set(statKey, digest);
    this.changed = true;
    return digest;
  }

  file(name: string): string {
    return path.join(this.dir, name);
  }

  async readJson<T>(name: string): Promise<T | undefined> {
    try {
      return JSON.parse(await readFile(this.file(name), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  async writeJson(name: string, value: unknown): Promise<void> {
    await writeFile(this.file(name), JSON.stringify(value));
  }

  /** Writes the index when it changed (atomically: another shard may be reading it). */
  async save(): Promise<void> {
    if (!this.changed) return;
    const file = path.join(this.dir, 'index.v8');
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, serialize(this.index));
    await rename(temporary, file);
    this.changed = false;
  }
}

/** Files up to this size are hashed from one read. */
const READ_AT_ONCE = 16 * 1024 * 1024;

/**
 * Hard-links a file into the output (a copy across devices); skips an identical one. A file
 * that replaces another is linked or copied to a temporary name and renamed over it, so the
 * output never holds a part of one. Synchronous: in a cold build it is one system call, and a
 * build places tens of thousands of files.
 */
export function place(from: string, to: string): void {
  try {
    linkSync(from, to); // a new link is whole at once
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const [source, existing] = [statSync(from), statSync(to)];
      if (existing.ino === source.ino && existing.dev === source.dev) return;
    }
  }
  const temporary = temporaryName(to);
  try {
    try {
      linkSync(from, temporary);
    } catch {
      copyFileSync(from, temporary); // another device, or no hard links
    }
    renameSync(temporary, to);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
