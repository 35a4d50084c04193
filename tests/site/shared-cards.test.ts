import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { PageContext } from '../../layouts/base.ts';
import { cardList, type CardView } from '../../layouts/cards.ts';
import { CARD_ROOT, SharedCards } from '../../layouts/shared-cards.ts';
import { ROOT_MARKER, type EntrySummary } from '../../src/shared/entry-types.ts';
import { summaryOf } from '../helpers/summary.ts';

const site = { title: 'Test', owner: 'Robin', language: 'en' };
const contextAt = (root: string): PageContext => ({ site, url: 'tags/walking/', root });

const entry = (fields: Partial<EntrySummary>): EntrySummary =>
  summaryOf({ id: `twitter:${fields.slug ?? 'a'}`, ...fields });

const parent = entry({ slug: 'parent', text: 'The post being answered, whole.' });
/** One of each kind of card a list shows, with the links a card has: image, place, reply, mail. */
const entries = [
  entry({ slug: 'post', text: 'word '.repeat(60).trim(), cut: true }),
  entry({ slug: 'photo', kind: 'photo', images: ['media/a.jpg'] }),
  entry({ slug: 'checkin', kind: 'checkin', place: { name: 'Strasbourg', lat: 48.58, lon: 7.75 } }),
  entry({ slug: 'reply', kind: 'reply', inReplyTo: parent.id }),
  entry({ slug: 'mail', kind: 'email', title: 'Re: plans', from: 'Tom <tom@example.org>' }),
  entry({ slug: 'article', title: 'A walk', images: ['media/small.jpg'] }),
  entry({ slug: 'day', kind: 'event', dayOnly: true, date: '2019-03-22' }),
];

const viewWith = (cards?: SharedCards): CardView => ({
  urlOf: (item) => `2019/03/22/${item.slug}.html`,
  images: new Map([
    ['media/a.jpg', { width: 1600, height: 1200, avif: true }],
    ['media/small.jpg', { width: 200, height: 100 }],
  ]),
  sourceLabel: (source) => (source === 'twitter' ? 'Twitter/X' : source),
  find: (id) => (id === parent.id ? parent : undefined),
  ...(cards ? { cards } : {}),
});

const list = (view: CardView, root: string, items = entries, level = 2) =>
  cardList(contextAt(root), view, items, { withDay: true, level }).value;

describe('the cards the lists of summaries share', () => {
  it('are the cards each page would render, at every root', () => {
    const shared = viewWith(new SharedCards());
    for (const root of ['./', '../../', '../../../../', '$&/', '$1/', "$'$`$$/"])
      assert.equal(list(shared, root), list(viewWith(), root), root);
  });

  it('are the cards each page would render, at every heading level, with or without the day', () => {
    const cards = new SharedCards();
    for (const level of [1, 2, 3, 7])
      for (const withDay of [true, false]) {
        const options = { withDay, level };
        assert.equal(
          cardList(contextAt('../../'), viewWith(cards), entries, options).value,
          cardList(contextAt('../../'), viewWith(), entries, options).value,
          `level ${level}, ${withDay ? 'with' : 'without'} the day`,
        );
      }
    assert.equal(cards.rendered, entries.length);
  });

  it('render each entry once, however many pages list it', () => {
    const cards = new SharedCards();
    const view = viewWith(cards);
    for (const root of ['../../', '../../../../', '../../']) list(view, root);
    assert.equal(cards.rendered, entries.length);
    list(view, '../../', entries, 3);
    cardList(contextAt('../../'), view, entries, { withDay: false });
    assert.equal(cards.rendered, entries.length);
    assert.equal(cards.used, 5 * entries.length);
  });

  it('keep a reply with its inset apart from one right after what it answers', () => {
    const reply = entries[3]!;
    const view = viewWith(new SharedCards());
    const alone = list(view, '../../', [reply]);
    const after = list(view, '../../', [parent, reply]);
    assert.match(alone, /replied-to/);
    assert.doesNotMatch(after, /replied-to/);
    assert.equal(after, list(viewWith(), '../../', [parent, reply]));
  });

  it('leave a marker in an entry’s text escaped and inert', () => {
    const marked = [
      entry({
        slug: 'marked',
        title: `A ${CARD_ROOT} title`,
        text: `${CARD_ROOT} and ${ROOT_MARKER}`,
      }),
      entry({ slug: 'plain' }),
    ];
    const cards = new SharedCards();
    const shared = list(viewWith(cards), '../../', marked);
    assert.equal(shared, list(viewWith(), '../../', marked));
    assert.equal(
      list(viewWith(cards), '../../../../', marked),
      list(viewWith(), '../../../../', marked),
    );
    assert.ok(!shared.includes(CARD_ROOT));
    assert.match(shared, /A &lt;\u0000root\u0000&gt; title/);
    assert.doesNotMatch(shared, /A \.\.\/\.\.\/ title/);
    // The marked entry's card is rendered for each page, the other one is shared.
    assert.equal(cards.used, 2);
  });
});
