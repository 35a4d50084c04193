// Each importer's parser, run in memory on one fixture folder per case:
// tests/import/cases/<source>/<case>/{input/…, options.json?, expected.json}. What the importer
// yields (entries, skips, warnings) must equal expected.json; UPDATE=1 writes it instead, as
// remark-frontmatter's tests do (review the diff before committing it).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { openView } from '../../src/import/file-view.ts';
import { findSource } from '../../src/import/registry.ts';
import type { ImportItem } from '../../src/import/types.ts';

const CASES = 'tests/import/cases';

/** A case's options.json: the --include parts, and the archive's config. */
interface CaseOptions {
  include?: string[];
  config?: Record<string, unknown>;
}

/** An item as expected.json holds it: a media file's bytes as their length and hash. */
function plain(item: ImportItem): unknown {
  if (item.type !== 'entry') return item;
  const media = item.entry.media.map(({ bytes, ...rest }) =>
    bytes
      ? { ...rest, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
      : rest,
  );
  return { type: 'entry', entry: { ...item.entry, media } };
}

async function readCase(source: string, folder: string): Promise<unknown[]> {
  const optionsFile = path.join(folder, 'options.json');
  const options: CaseOptions = existsSync(optionsFile)
    ? JSON.parse(readFileSync(optionsFile, 'utf8'))
    : {};
  const view = await openView(path.join(folder, 'input'));
  try {
    const items: unknown[] = [];
    for await (const item of findSource(source).importer.read(view, {
      config: ArchiveConfigSchema.parse(options.config ?? {}),
      include: new Set(options.include ?? []),
      people: new Map(),
    }))
      if (item.type !== 'progress') items.push(plain(item));
    return items;
  } finally {
    await view.close();
  }
}

for (const source of readdirSync(CASES)) {
  describe(`the ${source} importer, in memory`, () => {
    for (const name of readdirSync(path.join(CASES, source))) {
      const folder = path.join(CASES, source, name);
      it(`reads the case ${name} as expected.json says`, async () => {
        const items = await readCase(source, folder);
        const expectedFile = path.join(folder, 'expected.json');
        if (process.env.UPDATE === '1')
          writeFileSync(expectedFile, `${JSON.stringify(items, null, 2)}\n`);
        assert.ok(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE=1`);
        assert.deepEqual(items, JSON.parse(readFileSync(expectedFile, 'utf8')));
      });
    }
  });
}
