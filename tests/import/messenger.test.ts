import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { unbalanced } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive, snapshot } from '../helpers/archives.ts';
import { SHARED_FIXTURES, sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/paths.ts';

const SAMPLE = path.join(SHARED_FIXTURES, 'facebook-messenger', 'chat-analytics');
const CASE = path.join(
  REPO,
  'tests',
  'import',
  'cases',
  'messenger',
  'only-messages-2024',
  'input',
);

describe('the Messenger importer', () => {
  it('imports a lone thread file: every message, its media named as missing, never its ip', async (t) => {
    const missing = sharedFixturesMissing();
    if (missing) return t.skip(missing);
    // Counted without the importer, as `jq '.messages | length' 2A_7M.json` does (the file
    // starts with a byte-order mark, which jq refuses: strip it first).
    const expected = (
      JSON.parse(readFileSync(path.join(SAMPLE, '2A_7M.json'), 'utf8').replace(/^\ufeff/, '')) as {
        messages: unknown[];
      }
    ).messages.length;
    assert.equal(expected, 7);
    const archive = await newArchive('UTC');
    const report = await runImport(archive, SAMPLE);
    assert.equal(report.source, 'messenger');
    assert.equal(report.added, expected);
    assert.deepEqual(unbalanced(report.files), []);
    const written = await entries(archive, 'messenger');
    assert.ok(written.every((entry) => entry.data.visibility === 'private'));
    for (const entry of written) assert.doesNotMatch(JSON.stringify(entry), /1\.1\.1\.1/);
  });

  it('reads the 2024 layout with reactions, shares, calls and unsent messages; re-imports byte for byte', async () => {
    const archive = await newArchive('UTC');
    const report = await runImport(archive, CASE);
    assert.equal(report.source, 'messenger', 'messages and no posts: Messenger, not Facebook');
    assert.equal(report.added, 6);
    assert.equal(report.skipped['message unsent by its sender'], 1);
    const bodies = (await entries(archive, 'messenger')).map((entry) => entry.body).join('\n');
    assert.match(bodies, /Reactions: ❤ Robin Ashby/);
    assert.match(bodies, /<https:\/\/example\.org\/bridge>/);
    assert.match(bodies, /Call, 125 s/);
    assert.match(bodies, /Café at ten\?/, "Meta's broken accents repaired");
    const before = await snapshot(archive, 'messenger');
    assert.equal((await runImport(archive, CASE)).unchanged, 6);
    assert.deepEqual(await snapshot(archive, 'messenger'), before);
  });
});
