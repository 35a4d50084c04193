import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';

import { handleOf } from '../../layouts/cards.ts';
import { nameOf, titleOf, writtenTitle } from '../../layouts/labels.ts';
import { buildSite } from '../../src/cli/build-site.ts';
import type { EntrySummary } from '../../src/shared/entry-types.ts';
import { summaryOf } from '../helpers/summary.ts';
import { plainTextToMarkdown } from '../../src/import/html.ts';
import { ArchiveConfigSchema } from '../../src/archive/schema.ts';
import { buildRecord, summarize } from '../../src/site/entry-record.ts';
import { mailParts } from '../../src/site/mail-parts.ts';
import { renderMarkdown } from '../../src/site/markdown.ts';
import { kindsArchive, LONG_POST, MAIL_QUOTE, MAIL_SIGNATURE } from '../helpers/kinds-archive.ts';
import { quietly } from '../helpers/console.ts';
import { temporaryFolder } from '../helpers/paths.ts';

const ARCHIVE_CONFIG = ArchiveConfigSchema.parse({});

const summary = (fields: Partial<EntrySummary>): EntrySummary =>
  summaryOf({ file: 'a.md', text: LONG_POST, ...fields });

describe('entry names', () => {
  it('names an untitled post by its kind, owner and day, never by its cut text', () => {
    assert.equal(titleOf(summary({}), 'Robin'), 'Post by Robin · 22 March 2019');
    assert.equal(
      titleOf(summary({ kind: 'email', from: 'Tom <t@x.org>' })),
      'Mail by Tom · 22 March 2019',
    );
    assert.equal(titleOf(summary({ title: 'On ridges' }), 'Robin'), 'On ridges');
  });

  it('does not take a camera file name for a title', () => {
    assert.equal(writtenTitle({ title: 'IMG_1234' }), undefined);
    assert.equal(writtenTitle({ title: 'PXL_20240101_101010' }), undefined);
    assert.equal(writtenTitle({ title: 'Isle of Skye' }), 'Isle of Skye');
  });

  it('reads names and handles', () => {
    assert.equal(nameOf('"Tom Example" <tom@example.org>'), 'Tom Example');
    assert.equal(nameOf('<tom@example.org>'), 'tom@example.org');
    assert.equal(handleOf('https://x.com/robin/status/1'), '@robin');
    assert.equal(handleOf('https://x.com/i/status/1'), undefined);
    assert.equal(handleOf('https://social.example/@robin/109'), '@robin@social.example');
  });
});

describe('mail parts', () => {
  const env = () => ({ file: 'mail/a.md', images: [] });

  it('splits what was written from the quote and the signature', () => {
    const body = [
      'Hi Tom,\\',
      '\\',
      'Yes.\\',
      '\\',
      'On Tue, 3 Mar 2020, Tom <t@x.org> wrote:\\',
      '\\> the quote\\',
      '\\',
      '\\> more quote\\',
      '\\',
      '-- \\',
      'Robin',
    ].join('\n');
    const parts = mailParts(body, env())!;
    assert.deepEqual(
      parts.map((part) => part.part),
      ['text', 'quote', 'signature'],
    );
    assert.doesNotMatch(parts[0]!.html, /\\|quote/);
    assert.match(parts[1]!.html, /<blockquote>[\s\S]*the quote[\s\S]*more quote/);
    assert.match(parts[1]!.html, /wrote:/);
    assert.match(parts[2]!.html, /Robin/);
  });

  it('keeps an answer written between quotes as text', () => {
    const parts = mailParts(['\\> question?', 'my answer', '\\> next?'].join('\n'), env())!;
    assert.deepEqual(
      parts.map((part) => part.part),
      ['quote', 'text', 'quote'],
    );
  });

  it("a mail's summary and word count are its own words, not its quote or signature", () => {
    const text = [
      '---',
      'id: mail:1',
      'source: mail',
      'kind: email',
      'date: 2020-03-04T10:00:00Z',
      'title: "Re: plans"',
      '---',
      'Yes, Friday works.\\',
      '\\',
      'On Tue, 3 Mar 2020, Tom <t@x.org> wrote:\\',
      '\\> shall we meet on friday or saturday or sunday\\',
      '\\',
      '-- \\',
      'Robin Ashby, https://robin.example/',
    ].join('\n');
    const summary = summarize(buildRecord('mail/2020/03/04-re-plans.md', text, ARCHIVE_CONFIG));
    assert.equal(summary.text, 'Yes, Friday works.');
    assert.equal(summary.words, 3);
    assert.equal(summary.cut, undefined);
  });

  it('has nothing to fold in a mail without quotes or signature', () => {
    assert.equal(mailParts('Just a note.\\\nSee you.', env()), undefined);
  });
});

describe('cards in a built site', () => {
  let out: string;
  const pages = new Map<string, string>();
  const page = (file: string) => {
    const html = pages.get(file);
    assert.ok(html, `${file} was built`);
    return html;
  };

  before(async () => {
    out = path.join(temporaryFolder(), 'out');
    await quietly(async () => buildSite(await kindsArchive(), out));
    for (const file of await readdir(out, { recursive: true }))
      if (file.endsWith('.html')) pages.set(file, await readFile(path.join(out, file), 'utf8'));
  });

  it('shows a short post whole on its day page, as the post and not as a heading', () => {
    const day = page('2021/03/22/index.html');
    assert.match(day, /Spent the whole afternoon on the ridge[\s\S]*wrote it all down at/);
    assert.match(day, /<a href="https:\/\/example.org\/ridge"/);
    assert.doesNotMatch(day, /<h\d[^>]*>(?:(?!<\/h\d>)[\s\S])*Spent the whole/);
    assert.match(day, /<span class="who">Robin Example<\/span>/);
    assert.match(day, /3 reposts · 12 likes/);
  });

  it('gives no page a heading or a title made of cut text', () => {
    for (const [file, html] of pages) {
      for (const match of html.matchAll(/<(h\d)[^>]*>([\s\S]*?)<\/\1>|<title>([\s\S]*?)<\/title>/g))
        assert.doesNotMatch(match[2] ?? match[3] ?? '', /…/, `${file}: ${match[0]}`);
    }
    assert.match(
      page('2021/03/22/post.html'),
      /<title>Post by Robin Example · 22 March 2021 · Kinds<\/title>/,
    );
  });

  it('quotes the post a reply answers when it is not just above it', () => {
    // On the tag-less source page, newest first, the reply's parent is not the card before it.
    const source = page('sources/twitter/index.html');
    assert.match(
      source,
      /<blockquote class="replied-to">[\s\S]*?Replying to[\s\S]*?Spent the whole afternoon/,
    );
  });

  it('shows a repost as the reposted post, by its author', () => {
    const day = page('2021/03/23/index.html');
    assert.match(day, /Robin Example reposted/);
    assert.match(day, /<span class="who">@ana_example<\/span>/);
    assert.doesNotMatch(day, /RT @ana_example/);
  });

  it('shows an article by its title with a summary and "Read more"', () => {
    const day = page('2021/03/23/index.html');
    assert.match(
      day,
      /<h2 class="card-title"><a href="[./]*(?:2021\/03\/23\/)?on-ridges.html">On ridges and valleys<\/a><\/h2>/,
    );
    assert.match(day, /class="read-more" href="[./]*(?:2021\/03\/23\/)?on-ridges.html"/);
  });

  it('shows a mail like a mail client, its quote and signature folded', () => {
    const mail = page('2021/03/24/re-plans.html');
    assert.match(mail, /<dt>From<\/dt><dd>Robin Example &lt;robin@example.org&gt;<\/dd>/);
    assert.match(mail, /<dt>To<\/dt><dd>Tom Example &lt;tom@example.org&gt;<\/dd>/);
    assert.match(mail, /<h1 class="p-name">Re: plans for the weekend<\/h1>/);
    assert.match(
      mail,
      new RegExp(`<details class="mail-quote">[\\s\\S]*?${MAIL_QUOTE}[\\s\\S]*?</details>`),
    );
    assert.match(
      mail,
      new RegExp(`<details class="mail-signature">[\\s\\S]*?${MAIL_SIGNATURE}[\\s\\S]*?</details>`),
    );
    assert.match(mail, /Saturday works for me\.<\/p>/);
  });

  it('shows a photo first, without the camera file name as its title', () => {
    const photo = page('2021/03/25/index.html');
    assert.ok(photo.indexOf('<picture') < photo.indexOf('The hill after the rain'));
    assert.doesNotMatch(photo, /<h\d[^>]*>[^<]*IMG_1234/);
  });

  it('names a check-in’s place, linking to its page, and shows a bookmark as a link card', () => {
    const link =
      /<a class="place-name" href="\.\.\/\.\.\/\.\.\/(places\/[^"]+\.html)">Harbour café, Porto(, Portugal)?<\/a>/.exec(
        page('2021/03/26/index.html'),
      );
    assert.ok(link, 'the place is named and linked');
    assert.match(page(link[1]!), /Harbour café, Porto/);
    const bookmark = page('2021/03/27/index.html');
    assert.match(
      bookmark,
      /<a class="link-card" href="https:\/\/www.example.net\/maps\/argument" rel="noreferrer"/,
    );
    assert.match(bookmark, /<span class="link-domain">example.net<\/span/);
  });

  it('shows a chat’s day as bubbles on its chat-day page, your own apart', () => {
    const message = page('2021/03/28/m2.html');
    // A message's page shows the message and links to its day of the chat, at its anchor.
    assert.match(message, /class="entry-card kind-message mine"[\s\S]*bring the bread/);
    assert.doesNotMatch(message, /Are you coming on Sunday/);
    const link =
      /<a href="\.\.\/\.\.\/\.\.\/(chats\/[0-9a-f]{10}\/2021-03-28\/)#(m-[0-9a-f]{10})">This day of the chat<\/a>/.exec(
        message,
      );
    assert.ok(link, 'the message links to its chat-day page');
    const day = page(`${link[1]}index.html`);
    assert.match(day, /<h1>Chat with Lena Example<\/h1>/);
    assert.match(day, /class="entry-card kind-message theirs"[\s\S]*Are you coming on Sunday/);
    assert.match(day, /class="entry-card kind-message mine"[\s\S]*bring the bread/);
    assert.match(day, new RegExp(`<li id="${link[2]}">[\\s\\S]*bring the bread`));
  });

  it('reads a conversation inline on each of its pages, in order, the current one marked', () => {
    const middle = page('2021/03/22/reply.html');
    const first = middle.indexOf('Spent the whole afternoon');
    const second = middle.indexOf('And then the rain arrived');
    const third = middle.indexOf('Home now, dry socks');
    assert.ok(first > 0 && first < second && second < third, 'oldest first, all three whole');
    assert.equal(
      middle.match(/aria-current="page"/g)?.length,
      2,
      'the crumb and the current message',
    );
    assert.match(
      middle,
      /<li class="current h-entry" aria-current="page">[\s\S]*?And then the rain/,
    );
    assert.match(
      middle,
      /href="[./]*(?:2021\/03\/22\/)?post.html"[\s\S]*href="[./]*(?:2021\/03\/22\/)?reply-2.html"/,
    );
  });
});

describe('a long conversation', () => {
  it('keeps its page under 500 KB and links to the messages it leaves out', async () => {
    const archive = path.join(temporaryFolder(), 'thread');
    await mkdir(path.join(archive, 'mail', '2022', '01'), { recursive: true });
    await writeFile(path.join(archive, 'inhale.yaml'), 'title: Thread\nowner: Robin\n');
    const paragraph = `${'A long line of a long mail about the long list of things to do. '.repeat(40)}\n\n`;
    for (let index = 0; index < 60; index++) {
      const day = String(1 + Math.floor(index / 3)).padStart(2, '0');
      await writeFile(
        path.join(archive, 'mail', '2022', '01', `${day}-m${index}.md`),
        `---\nid: mail:m${index}\nsource: mail\nkind: email\ndate: 2022-01-${day}T${String(10 + (index % 3)).padStart(2, '0')}:00:00+00:00\ntitle: "Re: the list"\nthread: the-list\n---\n${paragraph.repeat(8)}Message number ${index}.\n`,
      );
    }
    const out = path.join(temporaryFolder(), 'out');
    await quietly(async () => buildSite(archive, out));
    const last = await readFile(path.join(out, '2022', '01', '20', 'm59.html'), 'utf8');
    assert.ok(last.length < 500_000, `${last.length} bytes`);
    assert.match(last, /aria-current="page">[\s\S]*Message number 59\./);
    assert.match(last, /Earlier in this conversation/);
    const middle = await readFile(path.join(out, '2022', '01', '10', 'm29.html'), 'utf8');
    assert.ok(middle.length < 500_000, `${middle.length} bytes`);
    assert.match(middle, /Later in this conversation/);
  });
});

describe('links in imported text', () => {
  it('leaves the line break’s backslash out of a URL that ends a line', () => {
    const { html } = renderMarkdown(plainTextToMarkdown('See https://example.org/a\nnext line'), {
      file: 'a.md',
      images: [],
    });
    assert.match(
      html,
      /<a href="https:\/\/example.org\/a" rel="noreferrer">https:\/\/example.org\/a<\/a><br>/,
    );
  });
});

describe('a dense month', () => {
  it('shows the first posts of each day and links to the rest, staying under 500 KB', async () => {
    const archive = path.join(temporaryFolder(), 'dense');
    await mkdir(path.join(archive, 'twitter', '2022', '02'), { recursive: true });
    await writeFile(path.join(archive, 'inhale.yaml'), 'title: Dense\nowner: Robin\n');
    for (let index = 0; index < 560; index++) {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const minute = String(Math.floor(index / 28)).padStart(2, '0');
      await writeFile(
        path.join(archive, 'twitter', '2022', '02', `${day}-p${index}.md`),
        `---\nid: twitter:${index}\nsource: twitter\nkind: post\ndate: 2022-02-${day}T10:${minute}:00+00:00\n---\nPost number ${index}, with a few words to make it a post.\n`,
      );
    }
    const out = path.join(temporaryFolder(), 'out');
    await quietly(async () => buildSite(archive, out));
    const month = await readFile(path.join(out, '2022', '02', 'index.html'), 'utf8');
    assert.ok(month.length < 500_000, `${month.length} bytes`);
    assert.equal(month.match(/<li class="card">/g)?.length, 28 * 14);
    assert.match(month, /6 more on\s+Tuesday 1 February 2022/);
    const day = await readFile(path.join(out, '2022', '02', '01', 'index.html'), 'utf8');
    assert.equal(day.match(/<li class="card">/g)?.length, 20);
  });
});
