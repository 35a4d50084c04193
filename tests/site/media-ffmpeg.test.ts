import assert from 'node:assert/strict';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import { temporaryFolder } from '../helpers/paths.ts';
import { syntheticMedia } from '../helpers/media-bytes.ts';

// A stand-in ffmpeg: copies the input, or writes a known frame, and logs its arguments. It
// checks the wiring (arguments, cache, poster, audience), not ffmpeg itself.
const bin = temporaryFolder();
const log = path.join(bin, 'calls.log');
const frame = path.join(bin, 'frame.png');
await sharp({ create: { width: 640, height: 360, channels: 3, background: '#203040' } })
  .png()
  .toFile(frame);
await writeFile(
  path.join(bin, 'ffmpeg'),
  `#!/bin/sh
[ "$1" = "-version" ] && exit 0
echo "$@" >> "${log}"
for last; do :; done
previous=""
for argument; do [ "$previous" = "-i" ] && input="$argument"; previous="$argument"; done
case "$last" in *.png) cp "${frame}" "$last" ;; *) cp "$input" "$last" ;; esac
`,
);
await chmod(path.join(bin, 'ffmpeg'), 0o755);
process.env.INHALE_FFMPEG = path.join(bin, 'ffmpeg');

const { buildSite } = await import('../../src/cli/build-site.ts');
const { newArchive, videoEntry } = await import('../helpers/archives.ts');

describe('videos with ffmpeg', () => {
  it('are published without metadata, with a poster frame, in a public build', async () => {
    const archive = await newArchive();
    const folder = await videoEntry(archive, 'clip.mov');
    await writeFile(path.join(folder, 'clip.mov'), syntheticMedia('mp4', 'not really a video'));
    const out = path.join(temporaryFolder(), 'site');
    const { summary, site } = await buildSite(archive, out, { audience: 'public' });
    await site.close();
    assert.deepEqual(summary.warnings, []);
    const page = await readFile(path.join(out, '2020', '05', '01', 'clip.html'), 'utf8');
    assert.match(
      page,
      /<video controls preload="none" poster="[./]*media\/[0-9a-f]{20}-poster\.jpg" width="640" height="360" src="[./]*media\/[0-9a-f]{20}\.mov" aria-label="A clip">/,
    );
    assert.deepEqual(
      (await readdir(path.join(out, 'media')))
        .map((file) => file.replace(/^[0-9a-f]{20}/, ''))
        .sort(),
      ['-poster.jpg', '.mov'],
    );
    const calls = (await readFile(log, 'utf8')).trim().split('\n');
    assert.equal(calls.length, 2, 'one copy and one frame');
    assert.match(calls[0]!, /-map 0:v\? -map 0:a\? -c copy .*-map_metadata -1/);
    assert.match(calls[0]!, /-movflags \+faststart/);
    // A second build takes both from the cache.
    const again = await buildSite(archive, out, { audience: 'public' });
    await again.site.close();
    assert.equal((await readFile(log, 'utf8')).trim().split('\n').length, 2);
  });
});
