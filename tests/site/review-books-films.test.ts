import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

describe('books and films on the site', () => {
  it('lists the books read and films watched on the year in review and the stats, and shows their facts', async () => {
    const archive = await newArchive('Europe/London');
    // The demo's synthetic Goodreads and Letterboxd exports (scripts/demo/lists.ts).
    await runImport(archive, 'scripts/demo-exports/books', {
      source: 'books',
      include: ['shelves'],
    });
    await runImport(archive, 'scripts/demo-exports/letterboxd', { source: 'letterboxd' });
    const out = path.join(temporaryFolder(), 'site');
    const { site } = await buildSite(archive, out);
    await site.close();

    const review2019 = await readFile(path.join(out, '2019', 'review', 'index.html'), 'utf8');
    assert.match(review2019, /Books read <span class="meta">\(1\)<\/span>[\s\S]*The Wild Places/);
    assert.match(review2019, /Films watched <span class="meta">\(1\)<\/span>[\s\S]*Paris, Texas/);
    const review2026 = await readFile(path.join(out, '2026', 'review', 'index.html'), 'utf8');
    assert.doesNotMatch(review2026, /Books read/, 'a book being read is not a book read');

    const stats = await readFile(path.join(out, 'stats', 'index.html'), 'utf8');
    assert.match(stats, /Books read per year[\s\S]*2019[\s\S]*Films watched per year/);
    const stalker = await readFile(
      path.join(out, '2022', '01', '08', 'stalker-8186ae.html'),
      'utf8',
    );
    assert.match(stalker, /<dt>Rating<\/dt><dd>★★★★★ \(5 of 5\)<\/dd>/);
    assert.match(stalker, /<dt>Rewatch<\/dt><dd>Yes<\/dd>/);
  });
});
