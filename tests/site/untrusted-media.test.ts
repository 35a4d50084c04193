import assert from 'node:assert/strict';
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

// Without ffmpeg a private build publishes videos as they are: the worst case for a fake one.
process.env.INHALE_FFMPEG = 'none';
const { buildSite } = await import('../../src/cli/build-site.ts');
const { newArchive } = await import('../helpers/archives.ts');
const hostile = await import('../helpers/hostile-media.ts');
const { filesIn, temporaryFolder } = await import('../helpers/paths.ts');

const FOLDER = path.join('notes', '2020', '05');

/** An archive with one entry showing these files (name → bytes), each with the `type:` given. */
async function archiveWith(
  files: { name: string; type?: string; bytes: Buffer | string }[],
  visibility = 'private',
): Promise<string> {
  const archive = await newArchive();
  await appendFile(path.join(archive, 'inhale.yaml'), 'media:\n  originals: true\n');
  await mkdir(path.join(archive, FOLDER), { recursive: true });
  const list = files.map(
    ({ name, type }) => `  - path: ${name}\n    alt: ${name}${type ? `\n    type: ${type}` : ''}`,
  );
  await writeFile(
    path.join(archive, FOLDER, '01-old.md'),
    `---\nid: notes:old\nsource: notes\nkind: note\ndate: 2020-05-01T10:00:00Z\n` +
      `visibility: ${visibility}\nmedia:\n${list.join('\n')}\n---\nAn old import.\n`,
  );
  for (const { name, bytes } of files) await writeFile(path.join(archive, FOLDER, name), bytes);
  return archive;
}

async function build(archive: string, audience: 'private' | 'public' = 'private') {
  const out = path.join(temporaryFolder(), 'site');
  const { summary, site } = await buildSite(archive, out, { audience });
  await site.close();
  const page = await readFile(path.join(out, '2020', '05', '01', 'old.html'), 'utf8');
  return { out, summary, page };
}

const OLD_IMPORT = async () => [
  { name: '0123456789abcdef.html', type: 'video', bytes: hostile.HTML_BYTES },
  { name: 'fedcba9876543210.svg', type: 'image', bytes: hostile.SVG_BYTES },
  { name: '00112233aabbccdd.html', type: 'image', bytes: await hostile.jpegBytes() },
  { name: 'notes.xml', bytes: hostile.XML_BYTES },
  { name: 'tune.mp3', type: 'audio', bytes: hostile.JS_BYTES },
  { name: 'letter.pdf', bytes: hostile.PDF_BYTES },
];

describe('a build decides each media file by its bytes', () => {
  it('never publishes an archive’s <hash>.html and <hash>.svg media as HTML or SVG', async () => {
    const { out, page } = await build(await archiveWith(await OLD_IMPORT()));
    assert.deepEqual(await hostile.activeMedia(out), []);
    assert.doesNotMatch(page, /<video|<audio/, 'no fake video or sound is shown');
    assert.match(page, /<a href="[./]*downloads\/[0-9a-f]{20}\.bin" download>/);
    assert.match(page, /<a href="[./]*downloads\/[0-9a-f]{20}\.pdf" download>letter\.pdf<\/a>/);
  });

  it('shows a real JPEG named .html as an image, and publishes its original as .bin', async () => {
    const { out, page } = await build(await archiveWith(await OLD_IMPORT()));
    assert.match(page, /<picture>|<picture/);
    const media = await readdir(path.join(out, 'media'));
    assert.ok(media.some((file) => file.endsWith('-large.jpg')));
    assert.ok(
      media.some((file) => file.endsWith('-original.bin')),
      media.join(', '),
    );
  });

  it('names each entry and file whose bytes are not what its entry says', async () => {
    const { summary } = await build(await archiveWith(await OLD_IMPORT()));
    const warnings = summary.warnings.filter((warning) => /its bytes are not/.test(warning));
    assert.equal(warnings.length, 3, warnings.join('\n'));
    assert.ok(
      warnings.every((warning) => warning.startsWith(`notes/2020/05/01-old.md (notes:old): `)),
    );
  });

  it('publishes no downloads in a public build', async () => {
    const { out, page } = await build(await archiveWith(await OLD_IMPORT(), 'public'), 'public');
    assert.deepEqual(await filesIn(path.join(out, 'downloads')), []);
    assert.doesNotMatch(page, /downloads\//);
    assert.deepEqual(await hostile.activeMedia(out), []);
  });
});
