import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/site/archive-site.ts';
import { runImport } from '../../src/import/run-import.ts';
import { entries, newArchive } from '../helpers/archives.ts';
import {
  ACTIVE_EXTENSIONS,
  activeMedia,
  HTML_BYTES,
  JS_BYTES,
  jpegBytes,
  PDF_BYTES,
  SVG_BYTES,
  XML_BYTES,
} from '../helpers/hostile-media.ts';
import { temporaryFolder } from '../helpers/paths.ts';

interface Attachment {
  contentType: string;
  filename: string;
  bytes: Buffer | string;
}

/** A message with these attachments, each declared as `contentType` and named `filename`. */
function message(id: number, attachments: Attachment[]): string {
  const parts = attachments.map(
    ({ contentType, filename, bytes }) =>
      `--b\r\nContent-Type: ${contentType}; name="${filename}"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="${filename}"\r\n\r\n${Buffer.from(bytes).toString('base64')}\r\n`,
  );
  return [
    `Message-ID: <${id}@example.org>`,
    `Date: Mon, 1 Jan 2024 1${id}:00:00 +0000`,
    'From: mallory@example.org',
    'To: robin@example.org',
    `Subject: attachments ${id}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    `--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n${parts.join('')}--b--\r\n`,
  ].join('\r\n');
}

/** Imports one .eml (or an mbox of it) and returns its media as written. */
async function importMail(attachments: Attachment[], form: 'eml' | 'mbox' = 'eml') {
  const folder = temporaryFolder();
  const text = message(1, attachments);
  if (form === 'eml') await writeFile(path.join(folder, 'message.eml'), text);
  else
    await writeFile(
      path.join(folder, 'mail.mbox'),
      `From mallory@example.org Mon Jan  1 11:00:00 2024\n${text}\n`,
    );
  const archive = await newArchive();
  await runImport(archive, folder, { source: 'mail' });
  const [entry] = await entries(archive, 'mail');
  assert.ok(entry, 'the message is imported');
  const stored = (await readdir(path.join(archive, 'mail'), { recursive: true })).filter(
    (file) => !file.endsWith('.md') && /\./.test(path.basename(file)),
  );
  return { archive, media: entry.data.media as { path: string; type: string }[], stored };
}

const one = async (attachment: Attachment, form: 'eml' | 'mbox' = 'eml') => {
  const { media, stored } = await importMail([attachment], form);
  assert.equal(media.length, 1);
  assert.ok(
    stored.every((file) => !ACTIVE_EXTENSIONS.test(file)),
    stored.join(', '),
  );
  return media[0]!;
};

const JPEG = Symbol('a real JPEG');

/** Each case: its name, the declared type and name, the bytes, the stored extension and type. */
const CASES: [string, string, string, string | typeof JPEG, string, string, ('mbox' | 'eml')?][] = [
  [
    'stores an attachment declared video/mp4 and named invoice.html, with HTML bytes, as a .bin file',
    'video/mp4',
    'invoice.html',
    HTML_BYTES,
    'bin',
    'file',
  ],
  [
    'stores the same attachment the same way when it comes in an mbox',
    'video/mp4',
    'invoice.html',
    HTML_BYTES,
    'bin',
    'file',
    'mbox',
  ],
  [
    'stores an SVG named clip.mp4 and declared video/mp4 as a file, not a video',
    'video/mp4',
    'clip.mp4',
    SVG_BYTES,
    'bin',
    'file',
  ],
  [
    'stores an SVG named clip.svg and declared image/svg+xml as a file',
    'image/svg+xml',
    'clip.svg',
    SVG_BYTES,
    'bin',
    'file',
  ],
  [
    'stores a real JPEG named x.html and declared text/html as a .jpg image',
    'text/html',
    'x.html',
    JPEG,
    'jpg',
    'image',
  ],
  [
    'keeps a JPEG named photo.JPEG under its own .jpeg',
    'image/jpeg',
    'photo.JPEG',
    JPEG,
    'jpeg',
    'image',
  ],
  [
    'stores a JavaScript file named a.png and declared image/png as a .bin file',
    'image/png',
    'a.png',
    JS_BYTES,
    'bin',
    'file',
  ],
  [
    'stores XML named page.xhtml as a .bin file',
    'application/xhtml+xml',
    'page.xhtml',
    XML_BYTES,
    'bin',
    'file',
  ],
  [
    'stores a PDF named report.html under .pdf, as a file',
    'text/html',
    'report.html',
    PDF_BYTES,
    'pdf',
    'file',
  ],
];

describe('media an import brings are typed by their bytes', () => {
  for (const [name, contentType, filename, bytes, extension, type, form] of CASES)
    it(name, async () => {
      const content = bytes === JPEG ? await jpegBytes() : bytes;
      const item = await one({ contentType, filename, bytes: content }, form);
      assert.match(item.path, new RegExp(`^[0-9a-f]{16}\\.${extension}$`));
      assert.equal(item.type, type);
    });

  it('publishes none of them as HTML, SVG, XML or script, and offers the files only as downloads', async () => {
    const { archive, media } = await importMail([
      { contentType: 'video/mp4', filename: 'invoice.html', bytes: HTML_BYTES },
      { contentType: 'video/mp4', filename: 'clip.mp4', bytes: SVG_BYTES },
      { contentType: 'text/html', filename: 'x.html', bytes: await jpegBytes() },
      { contentType: 'image/png', filename: 'a.png', bytes: JS_BYTES },
      { contentType: 'application/pdf', filename: 'report.pdf', bytes: PDF_BYTES },
    ]);
    assert.deepEqual(
      media.map((item) => item.type),
      ['file', 'file', 'image', 'file', 'file'],
    );
    const out = path.join(temporaryFolder(), 'dist');
    const site = new ArchiveSite(archive, out);
    await site.build();
    await site.close();
    assert.deepEqual(await activeMedia(out), []);
    const downloads = await readdir(path.join(out, 'downloads'));
    assert.deepEqual(downloads.map((file) => path.extname(file)).sort(), [
      '.bin',
      '.bin',
      '.bin',
      '.pdf',
    ]);
    assert.ok(
      (await readdir(path.join(out, 'media'))).some((file) => file.endsWith('-large.webp')),
    );
  });
});
