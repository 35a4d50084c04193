import assert from 'node:assert/strict';
import { mkdir, copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { runImport } from '../../src/import/run-import.ts';
import { htmlErrors } from '../helpers/browser.ts';
import { newArchive } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

/** The text of a page's section, tags dropped and spaces squeezed. */
function sectionText(page: string, id: string): string {
  const start = page.indexOf(`<section aria-labelledby="${id}">`);
  assert.ok(start >= 0, `the page has a section ${id}`);
  const section = page.slice(start, page.indexOf('</section>', start));
  return section
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('listening on the site', () => {
  it('shows the top artists and tracks on the stats page and each month’s top artist on the year in review', async () => {
    const archive = await newArchive('Europe/London');
    // The demo's synthetic Spotify export (three days of June and July 2025).
    await runImport(archive, 'scripts/demo-exports/spotify', { source: 'spotify' });
    const out = path.join(temporaryFolder(), 'site');
    const { site } = await buildSite(archive, out);
    await site.close();

    const stats = await readFile(path.join(out, 'stats', 'index.html'), 'utf8');
    assert.match(
      sectionText(stats, 'stats-top-artists'),
      /^Top artists of all time 40 min, 9 plays on 3 days\. Clifton Drift 17 min, 4 plays The Brunel Quartet 12 min, 3 plays Avon Strings 11 min, 2 plays$/,
    );
    assert.match(
      sectionText(stats, 'stats-top-tracks'),
      /^Top tracks of all time Suspension — Clifton Drift 10 min, 2 plays Harbour Lights — The Brunel Quartet 9 min, 2 plays/,
    );
    assert.equal(
      sectionText(stats, 'stats-listening-years'),
      'Listening per year Year Minutes Plays Top artist Top track 2025 40 9 Clifton Drift Suspension — Clifton Drift',
    );
    assert.match(stats, /<th scope="row"><a href="\.\.\/2025\/review\/">2025<\/a><\/th>/);

    const review = await readFile(path.join(out, '2025', 'review', 'index.html'), 'utf8');
    assert.match(sectionText(review, 'review-top-artists'), /^Top artists of the year 40 min/);
    assert.match(sectionText(review, 'review-top-tracks'), /^Top tracks of the year Suspension/);
    assert.equal(
      sectionText(review, 'review-listening-months'),
      'Top artist each month Month Top artist Its minutes All minutes June Clifton Drift 17 31 July The Brunel Quartet 5 9',
    );

    // The two pages are valid HTML (the Nu checker, on copies of just these two).
    const pages = path.join(temporaryFolder(), 'pages');
    await mkdir(pages, { recursive: true });
    await copyFile(path.join(out, 'stats', 'index.html'), path.join(pages, 'stats.html'));
    await copyFile(path.join(out, '2025', 'review', 'index.html'), path.join(pages, 'review.html'));
    const { errors, files } = await htmlErrors(pages);
    assert.equal(files, 2);
    assert.deepEqual(errors, []);
  });
});
