/** `inhale init`, `inhale new` and `inhale check`. */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { stringify } from 'yaml';

import { CONFIG_FILE, loadConfig } from '../archive/config.ts';
import { nowIn } from '../archive/dates.ts';
import { formatEntry } from '../archive/entry-file.ts';
import { InhaleError, type Problem } from '../archive/errors.ts';
import { entryFilePath, slugify } from '../archive/paths.ts';
import { ArchiveSite } from '../site/archive-site.ts';
import { CACHE_DIR } from '../archive/cache-folder.ts';

export async function initArchive(
  dir: string,
  options: { title?: string; owner?: string },
): Promise<{ first: string; git: { commit: string } | { problem: string } }> {
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0)
    throw new InhaleError(
      `${dir}: folder is not empty; inhale init creates a new archive in an empty or new folder`,
    );
  await mkdir(dir, { recursive: true });
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const config = {
    title: options.title ?? 'My archive',
    owner: options.owner ?? '',
    timeZone,
    defaultVisibility: 'private',
    language: 'en',
  };
  await writeFile(
    path.join(dir, CONFIG_FILE),
    `# inhale archive settings; see docs/archive-format.md in inhale's repository.\n${stringify(config)}`,
  );
  await writeFile(
    path.join(dir, '.gitignore'),
    `# Built site and caches: made again by inhale build\ndist/\n${CACHE_DIR}/\n`,
  );
  const first = await createEntry(dir, {
    title: 'Hello, archive',
    tags: ['inhale'],
    edit: false,
    body: 'This is the first entry of my archive. Entries are Markdown files with YAML front matter;\nwrite new ones with `inhale new "A title"` or in any text editor.\n',
  });
  return { first, git: firstCommit(dir) };
}

/**
 * `git init` and a first commit of what init wrote. Without git, or without a git identity
 * (user.name, user.email), the archive is made all the same and the reason is returned.
 */
function firstCommit(dir: string): { commit: string } | { problem: string } {
  const git = (args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  const init = git(['init', '--quiet']);
  if (init.status !== 0)
    return { problem: `git init failed: ${(init.stderr || init.error?.message || '').trim()}` };
  git(['add', '--all']);
  const commit = git(['commit', '--quiet', '-m', 'A new inhale archive']);
  if (commit.status !== 0)
    return {
      problem: /user\.(name|email)|identity|ident name/i.test(commit.stderr)
        ? 'no first commit: git does not know who you are (git config --global user.name "…" and user.email "…", then git commit)'
        : `no first commit: ${commit.stderr.trim()}`,
    };
  return { commit: git(['rev-parse', '--short', 'HEAD']).stdout.trim() };
}

export interface NewEntryOptions {
  title?: string;
  tags: string[];
  edit: boolean;
  body?: string;
  /** For tests: the current time. @default Date.now() */
  now?: number;
}

/** Writes today's journal entry (never over an existing file) and returns its path. */
export async function createEntry(archiveDir: string, options: NewEntryOptions): Promise<string> {
  const config = await loadConfig(archiveDir);
  const date = nowIn(config.timeZone, options.now);
  const base = slugify(options.title ?? '') || 'entry';
  for (let attempt = 1; attempt < 1000; attempt++) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`;
    const file = path.join(archiveDir, entryFilePath('journal', date, slug));
    const data: Record<string, unknown> = {
      id: `journal:${date.slice(0, 10)}-${slug}`,
      source: 'journal',
      kind: 'note',
      date,
    };
    if (options.title) data.title = options.title;
    if (options.tags.length > 0) data.tags = options.tags;
    const text = formatEntry(data, options.body ?? '');
    await mkdir(path.dirname(file), { recursive: true });
    try {
      await writeFile(file, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    const editor = process.env.VISUAL || process.env.EDITOR;
    if (options.edit && editor)
      spawnSync(editor, [file], { stdio: 'inherit', shell: process.platform === 'win32' });
    return file;
  }
  throw new InhaleError(`${archiveDir}: too many entries named ${base} today`);
}

export async function checkArchive(
  archiveDir: string,
): Promise<{ entries: number; problems: Problem[] }> {
  const site = new ArchiveSite(archiveDir, path.join(archiveDir, CACHE_DIR, 'check'), 'private', {
    parseOnly: true,
  });
  try {
    const { summaries, problems, duplicates } = await site.loadAll();
    return { entries: summaries.length, problems: [...problems, ...duplicates] };
  } finally {
    await site.close();
  }
}
