import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import sharp from 'sharp';

import { buildSite } from '../../src/cli/build-site.ts';
import { newArchive, videoEntry } from '../helpers/archives.ts';
import { temporaryFolder } from '../helpers/paths.ts';

// The real ffmpeg (Debian's), which .ci/run installs: a phone's video names where it was shot.
const found = spawnSync('ffmpeg', ['-version']).status === 0;
if (!found && process.env.CI === 'true') throw new Error('ffmpeg is missing: .ci/run installs it');
const skip = found ? false : 'ffmpeg not installed (apt-get install ffmpeg)';

const tags = (file: string) =>
  execFileSync(
    'ffprobe',
    ['-loglevel', 'error', '-show_entries', 'format_tags', '-of', 'json', file],
    {
      encoding: 'utf8',
    },
  );

describe('videos with the real ffmpeg', { skip }, () => {
  it('lose their location and every other tag, keep their picture, and get a poster frame', async () => {
    const archive = await newArchive();
    const folder = await videoEntry(archive, 'clip.mp4');
    const clip = path.join(folder, 'clip.mp4');
    execFileSync('ffmpeg', [
      ...['-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=1:size=320x240:rate=10'],
      ...['-metadata', 'location=+50.2994+014.8202/', '-metadata', 'title=zqxsecret'],
      ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', clip],
    ]);
    assert.match(tags(clip), /\+50\.2994\+014\.8202/, 'the original says where it was shot');
    const out = path.join(temporaryFolder(), 'site');
    const { summary, site } = await buildSite(archive, out, { audience: 'public' });
    await site.close();
    assert.deepEqual(summary.warnings, []);
    const media = await readdir(path.join(out, 'media'));
    const video = media.find((file) => file.endsWith('.mp4'))!;
    const poster = media.find((file) => file.endsWith('-poster.jpg'))!;
    assert.ok(video && poster, media.join(', '));
    const published = tags(path.join(out, 'media', video));
    assert.doesNotMatch(published, /50\.2994|zqxsecret|location/i);
    const probe = execFileSync(
      'ffprobe',
      [
        '-loglevel',
        'error',
        '-select_streams',
        'v',
        '-show_entries',
        'stream=width,height',
        '-of',
        'csv=p=0',
        path.join(out, 'media', video),
      ],
      { encoding: 'utf8' },
    );
    assert.equal(probe.trim(), '320,240');
    const frame = await sharp(path.join(out, 'media', poster)).metadata();
    assert.deepEqual([frame.width, frame.height], [320, 240]);
  });
});
