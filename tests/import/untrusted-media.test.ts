import assert from 'node:assert/strict';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { ArchiveSite } from '../../src/build/archive-site.ts';
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

/** Each case: what the sender declared, what the bytes are, and how it must be stored. */
const CASES: {
  name: string;
  attachment: () => Promise<Attachment>;
  stored: RegExp;
  type?: string;
  form?: 'mbox';
}[] = [
  {
    name: 'stores an attachment declared video/mp4 and named invoice.html, with HTML bytes, as a .bin file',
    attachment: async () => ({
      contentType: 'video/mp4',
      filename: 'invoice.html',
      bytes: HTML_BYTES,
    }),
    stored: /^[0-9a-f]{16}\.bin$/,
    type: 'file',
  },
  {
    name: 'stores the same attachment the same way when it comes in an mbox',
    attachment: async () => ({
      contentType: 'video/mp4',
      filename: 'invoice.html',
      bytes: HTML_BYTES,
    }),
    stored: /^[0-9a-f]{16}\.bin$/,
    type: 'file',
    form: 'mbox',
  },
  {
    name: 'stores an SVG named clip.mp4 and declared video/mp4 as a file, not a video',
    attachment: async () => ({ contentType: 'video/mp4', filename: 'clip.mp4', bytes: SVG_BYTES }),
    stored: /\.bin$/,
    type: 'file',
  },
  {
    name: 'stores an SVG named clip.svg and declared image/svg+xml as a file',
    attachment: async () => ({
      contentType: 'image/svg+xml',
      filename: 'clip.svg',
      bytes: SVG_BYTES,
    }),
    stored: /\.bin$/,
    type: 'file',
  },
  {
    name: 'stores a real JPEG named x.html and declared text/html as a .jpg image',
    attachment: async () => ({
      contentType: 'text/html',
      filename: 'x.html',
      bytes: await jpegBytes(),
    }),
    stored: /\.jpg$/,
    type: 'image',
  },
  {
    name: 'keeps a JPEG named photo.JPEG under its own .jpeg',
    attachment: async () => ({
      contentType: 'image/jpeg',
      filename: 'photo.JPEG',
      bytes: await jpegBytes(),
    }),
    stored: /\.jpeg$/,
    type: 'image',
  },
  {
    name: 'stores a JavaScript file named a.png and declared image/png as a .bin file',
    attachment: async () => ({ contentType: 'image/png', filename: 'a.png', bytes: JS_BYTES }),
    stored: /\.bin$/,
    type: 'file',
  },
  {
    name: 'stores XML named page.xhtml as a .bin file',
    attachment: async () => ({
      contentType: 'application/xhtml+xml',
      filename: 'page.xhtml',
      bytes: XML_BYTES,
    }),
    stored: /\.bin$/,
    type: 'file',
  },
  {
    name: 'stores a PDF named report.html under .pdf, as a file',
    attachment: async () => ({
      contentType: 'text/html',
      filename: 'report.html',
      bytes: PDF_BYTES,
    }),
    stored: /\.pdf$/,
    type: 'file',
  },
];

describe('media an import brings are typed by their bytes', () => {
  for (const { name, attachment, stored, type, form } of CASES)
    it(name, async () => {
      const item = await one(await attachment(), form);
      assert.match(item.path, stored);
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
