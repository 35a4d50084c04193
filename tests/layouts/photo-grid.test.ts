import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { rootOf, type PageContext } from '../../layouts/base.ts';
import { aspectClass, gridPhotos, photoGrid, spread } from '../../layouts/photo-grid.ts';
import type { EntrySummary, SummaryPhoto } from '../../src/shared/entry-types.ts';
import { mediaUrl } from '../../src/shared/media-urls.ts';
import { photoMonths, photosPages } from '../../src/site/page-kinds/photos.ts';
import { pageFilesOf, touch } from '../../src/site/page-keys.ts';
import { contextOf, PAGE_SIZE } from '../../src/site/page-kinds/page-kind.ts';
import { sourceLabel } from '../../src/site/source-labels.ts';
import { buildTimeline, groupSlug } from '../../src/site/timeline.ts';

const site = { title: 'Test', owner: 'Ana', language: 'en' };
const context = (url: string): PageContext => ({ site, url, root: rootOf(url) });

/** An entry of `date` with `count` photos, alternately landscape and portrait. */
function entry(id: string, date: string, count: number, title?: string): EntrySummary {
  const photos: SummaryPhoto[] = Array.from({ length: count }, (_, index) => ({
    path: `photos/${id}-${index}.jpg`,
    width: index % 2 ? 1067 : 1600,
    height: index % 2 ? 1600 : 1067,
    alt: `Photo ${index + 1} of ${id}`,
  }));
  return {
    file: `photos/${date.slice(0, 4)}/${date.slice(5, 7)}/${id}.md`,
    id,
    source: 'photos',
    kind: 'photo',
    date,
    instant: Date.parse(date),
    slug: id,
    tags: [],
    people: [],
    visibility: 'private',
    text: '',
    images: photos.slice(0, 1).map((photo) => photo.path),
    ...(title ? { title } : {}),
    ...(count > 0 ? { photos } : {}),
  };
}

/** Every page of the Photos pages, rendered: url → HTML. */
function photoPagesOf(entries: EntrySummary[]): Map<string, string> {
  const timeline = buildTimeline(entries);
  const view = {
    urlOf: (summary: EntrySummary) => timeline.urlOf.get(summary.id)!,
    images: new Map(),
    sourceLabel,
    slugOf: groupSlug,
  };
  const specs = photosPages.specs({
    timeline,
    yearCounts: [],
    view,
    context: contextOf(site),
  });
  return new Map([...specs].map((spec) => [spec.url, spec.render() as string]));
}

const photoLinks = (page: string) =>
  [...page.matchAll(/<li class="jr-[^"]*">\s*<a\s+class="lightbox-link"\s+href="([^"]+)"/g)].map(
    (match) => match[1]!,
  );

describe('the photo grid', () => {
  it('shows each photo once, linked to its entry, with its size, alt text and escaped captions', () => {
    const entries = [
      entry('a', '2021-06-01T10:00:00Z', 3, '<script>alert(1)</script> & a walk'),
      entry('b', '2021-06-02T10:00:00Z', 2),
    ];
    const html = photoGrid(
      context('2021/06/'),
      { urlOf: (summary) => `2021/06/0${summary.id === 'a' ? 1 : 2}/${summary.id}.html` },
      gridPhotos(entries),
      { eager: 2 },
    ).value;
    assert.equal((html.match(/<li /g) ?? []).length, 5);
    assert.deepEqual(photoLinks(html), [
      '../../2021/06/01/a.html',
      '../../2021/06/01/a.html',
      '../../2021/06/01/a.html',
      '../../2021/06/02/b.html',
      '../../2021/06/02/b.html',
    ]);
    for (const [id, index] of [
      ['a', 0],
      ['a', 2],
      ['b', 1],
    ] as const)
      assert.ok(html.includes(mediaUrl(`photos/${id}-${index}.jpg`, 'small')), `${id} ${index}`);
    assert.match(html, /width="1600"\s+height="1067"\s+alt="Photo 1 of a"/);
    assert.match(html, /width="1067"\s+height="1600"\s+alt="Photo 2 of a"/);
    assert.equal((html.match(/loading="lazy"/g) ?? []).length, 3, 'all but the first two lazy');
    assert.ok(!html.includes('<script>alert'), 'the title is escaped');
    assert.match(html, /data-caption="&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; a walk"/);
    assert.match(html, /data-date="Tuesday 1 June 2021"/);
    assert.match(html, /<script src="..\/..\/assets\/lightbox.js" defer><\/script>/);
    assert.ok(!/style=/.test(html), 'no inline style: the CSP forbids it');
  });

  it('blurs a photo whose entry has a content warning, and says so in its caption', () => {
    const warned = { ...entry('cw', '2021-06-01T10:00:00Z', 1), contentWarning: 'an injury' };
    delete warned.photos![0]!.alt;
    const html = photoGrid(context(''), { urlOf: () => 'x.html' }, gridPhotos([warned])).value;
    assert.match(html, /<li class="jr-30 jn-54 jnf-5 jw-27 jwf-2 sensitive">/);
    assert.match(html, /alt="Content warning: an injury"/);
  });

  it('names aspect ratios in twentieths, clamped, and spreads a selection over the list', () => {
    assert.equal(aspectClass(1600, 1067), 'jr-30');
    assert.equal(aspectClass(1067, 1600), 'jr-13');
    assert.equal(aspectClass(5000, 500), 'jr-80');
    assert.equal(aspectClass(100, 0), 'jr-20');
    assert.deepEqual(spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4), [1, 3, 6, 8]);
    assert.deepEqual(spread([1, 2], 4), [1, 2]);
    assert.equal(photoGrid(context(''), { urlOf: () => '' }, []).value, '');
  });
});

describe('the Photos pages', () => {
  it('give each month with photos its pages, a busy month in parts, newest photo first', () => {
    // March: 3 entries of 90 photos (270: two pages); April: none; May: one entry of 2.
    const entries = [
      entry('m1', '2021-03-01T10:00:00Z', 90),
      entry('m2', '2021-03-10T10:00:00Z', 90),
      entry('m3', '2021-03-20T10:00:00Z', 90),
      entry('text', '2021-04-02T10:00:00Z', 0),
      entry('may', '2021-05-02T10:00:00Z', 2),
    ];
    assert.deepEqual(
      photoMonths(buildTimeline(entries)).map(({ year, month, count }) => [year, month, count]),
      [
        ['2021', '05', 2],
        ['2021', '03', 270],
      ],
    );
    const pages = photoPagesOf(entries);
    assert.deepEqual(
      [...pages.keys()],
      ['photos/', 'photos/2021/05/', 'photos/2021/03/', 'photos/2021/03/page/2/', 'photos/2021/'],
    );
    const march = [
      ...photoLinks(pages.get('photos/2021/03/')!),
      ...photoLinks(pages.get('photos/2021/03/page/2/')!),
    ];
    assert.equal(photoLinks(pages.get('photos/2021/03/')!).length, PAGE_SIZE.photos);
    assert.equal(march.length, 270, 'every photo of March once');
    // Newest first: the 90 photos of 20 March, then 10 March's, then 1 March's.
    assert.ok(march.slice(0, 90).every((link) => link.endsWith('/20/m3.html')));
    assert.ok(march.slice(180).every((link) => link.endsWith('/01/m1.html')));
    // The Photos page opens on the newest month; each page is headed by its period and links the others.
    assert.match(pages.get('photos/')!, /272 photos in 2021, newest first/);
    assert.match(pages.get('photos/')!, /<h2><a href="..\/photos\/2021\/05\/">May 2021<\/a><\/h2>/);
    const marchPage = pages.get('photos/2021/03/page/2/')!;
    assert.match(marchPage, /<h1>March 2021<\/h1>/);
    assert.match(marchPage, /270 photos, newest first \(page 2 of 2\)/);
    assert.match(
      marchPage,
      /href="..\/..\/..\/..\/..\/photos\/2021\/05\/"><span>Later<\/span>May 2021/,
    );
    assert.match(marchPage, /aria-current="page">Mar<span class="visually-hidden">ch 2021<\/span>/);
    // The year page shows a selection of each month and links to all of it.
    const year = pages.get('photos/2021/')!;
    assert.equal(photoLinks(year).length, 2 + 12);
    assert.match(year, /All 270 photos of March/);
    // One viewer sequence for the whole page: the grids join the page's, and one script loads it.
    assert.equal((year.match(/data-lightbox=/g) ?? []).length, 1);
    assert.equal((year.match(/lightbox\.js/g) ?? []).length, 1);
  });

  it('are keyed by month, year and index, so an edit renders only the pages showing it', () => {
    const entries = [
      entry('m1', '2021-03-01T10:00:00Z', 2),
      entry('m2', '2021-03-10T10:00:00Z', 2),
      entry('text', '2021-04-02T10:00:00Z', 0),
      entry('may', '2021-05-02T10:00:00Z', 2),
    ];
    const timeline = buildTimeline(entries);
    const keysOf = (summary: EntrySummary) => {
      const keys = new Set<string>();
      touch(keys, summary, timeline);
      return [...keys].filter((key) => key.startsWith('photos')).sort();
    };
    assert.deepEqual(keysOf(entries[0]!), ['photos:2021', 'photos:2021-03', 'photos:index']);
    assert.deepEqual(keysOf(entries[2]!), [], 'an entry without photos is on no Photos page');
    // May's only entry with photos: May may be coming or going, and every page links the months.
    assert.deepEqual(keysOf(entries[3]!), [
      'photos:2021',
      'photos:2021-03',
      'photos:2021-04',
      'photos:2021-05',
      'photos:index',
    ]);
    // Every spec's key is one of these kinds, and each key owns its pages' files, not others'.
    const pages = [
      ...photosPages.specs({
        timeline,
        yearCounts: [],
        view: { urlOf: () => '', images: new Map(), sourceLabel, slugOf: groupSlug },
        context: contextOf(site),
      }),
    ];
    for (const spec of pages) {
      const owns = pageFilesOf(spec.key, timeline);
      const file = `${spec.url}index.html`;
      assert.ok(
        owns.some((matches) => matches(file)),
        `${spec.key} owns ${file}`,
      );
      for (const other of pages.filter((each) => each.key !== spec.key))
        assert.ok(
          !owns.some((matches) => matches(`${other.url}index.html`)),
          `${spec.key}: ${other.url}`,
        );
    }
    const april = pageFilesOf('photos:2021-04', timeline);
    assert.ok(april.some((matches) => matches('photos/2021/04/page/2/index.html')));
  });

  it('stay under 500 KB a page at 100,000 photos', () => {
    // 20,000 entries of 5 photos over 20 years: about 420 photos a month.
    const entries: EntrySummary[] = [];
    for (let index = 0; index < 20_000; index++) {
      const instant = Date.UTC(2005, 0, 1) + index * 31_557_600_000 * (20 / 20_000);
      const date = new Date(instant).toISOString().replace('.000Z', 'Z');
      entries.push(
        entry(`e${index}`, date, 5, `A day out, with a title as long as people write ${index}`),
      );
    }
    const pages = photoPagesOf(entries);
    const largest = [...pages].reduce((a, b) => (b[1].length > a[1].length ? b : a));
    assert.match(pages.get('photos/')!, /100,000 photos from 2005 to 2024/);
    assert.ok(
      largest[1].length < 500_000,
      `${largest[0]} is ${Math.round(largest[1].length / 1000)} KB`,
    );
    // Every photo once on its month's pages (the index repeats the newest month, years a selection).
    const onMonthPages = [...pages]
      .filter(([url]) => /^photos\/\d{4}\/\d{2}\//.test(url))
      .reduce((sum, [, page]) => sum + photoLinks(page).length, 0);
    assert.equal(onMonthPages, 100_000);
  });
});
