import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { PageContext } from '../../layouts/base.ts';
import { cardKind, entryCard, type CardView } from '../../layouts/cards.ts';
import type { EntrySummary } from '../../src/shared/entry-types.ts';
import { summaryOf } from '../helpers/summary.ts';

const context: PageContext = {
  site: { title: 'Test', owner: 'Robin', language: 'en' },
  url: 'tags/walking/',
  root: '../../',
};

const entry = summaryOf;

const parent = entry({ id: 'twitter:0', text: 'The post being answered, whole.' });
const view: CardView = {
  urlOf: (item) => `2019/03/22/${item.slug}.html`,
  images: new Map(),
  sourceLabel: (source) => (source === 'twitter' ? 'Twitter/X' : source),
  find: (id) => (id === parent.id ? parent : undefined),
};
const card = (fields: Partial<EntrySummary>) => entryCard(context, view, entry(fields)).value;

describe('the entry card of a summary', () => {
  it('tells the kinds apart', () => {
    assert.equal(cardKind(entry({})), 'post');
    assert.equal(cardKind(entry({ title: 'A walk' })), 'article');
    assert.equal(cardKind(entry({ kind: 'note' })), 'post');
    assert.equal(cardKind(entry({ kind: 'email', title: 'Hi' })), 'mail');
    assert.equal(cardKind(entry({ kind: 'photo', title: 'IMG_0001' })), 'photo');
  });

  it('shows a post as its text, its heading only for screen readers', () => {
    const html = card({});
    assert.match(html, /<p class="card-text">A short post about the ridge\./);
    assert.match(html, /<h3 class="visually-hidden">Post by Robin · 22 March 2019<\/h3>/);
    assert.doesNotMatch(html, /read-more/);
  });

  it('ends a cut post with "Read more" to its page', () => {
    const html = card({ text: 'word '.repeat(60).trim(), cut: true });
    assert.match(html, /word…\s*<a class="read-more" href="..\/..\/2019\/03\/22\/a.html"/);
  });

  it('quotes the post a reply answers', () => {
    assert.match(
      card({ kind: 'reply', inReplyTo: 'twitter:0' }),
      /<blockquote class="replied-to">[\s\S]*The post being answered, whole\./,
    );
    assert.match(card({ kind: 'reply', inReplyTo: 'twitter:9' }), /not in this site/);
  });

  it('keeps the text folded behind a content warning', () => {
    assert.match(
      card({ contentWarning: 'spoilers' }),
      /<details class="content-warning"><summary>Content warning: spoilers<\/summary><p class="card-text">A short post/,
    );
  });

  it('escapes what the entry says', () => {
    const html = card({ text: '<script>alert(1)</script>', title: '<b>t</b>' });
    assert.doesNotMatch(html, /<script>|<b>/);
  });

  it('shows a mail summary with its sender and subject', () => {
    const html = card({
      kind: 'email',
      title: 'Re: plans',
      from: 'Tom <tom@example.org>',
      source: 'mail',
    });
    assert.match(html, /<h3 class="card-title"><a [^>]*>Re: plans<\/a><\/h3>/);
    assert.match(html, /<dt>From<\/dt><dd>Tom &lt;tom@example.org&gt;<\/dd>/);
  });

  it('names whose post a Bluesky repost is of, from its from', () => {
    const html = card({
      source: 'bluesky',
      kind: 'repost',
      from: '@ana.bsky.social',
      text: 'Reposted https://bsky.app/profile/did:plc:ana/post/3k',
    });
    assert.match(html, /Robin reposted/);
    assert.match(html, /<span class="who">@ana\.bsky\.social<\/span>/);
  });

  it('shows counts in small type', () => {
    assert.match(
      card({ counts: { likes: 1, reposts: 2 } }),
      /<p class="card-counts">2 reposts · 1 like<\/p>/,
    );
  });
});
