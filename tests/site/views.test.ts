import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { EntrySummary } from '../../src/shared/entry-types.ts';
import { mediaUrl } from '../../src/shared/media-urls.ts';
import { homePages, HOME_LIMITS, latestPhotos } from '../../src/site/page-kinds/home.ts';
import { MEMORIES_PER_YEAR, memoriesOf } from '../../src/site/page-kinds/on-this-day.ts';
import { contextOf, type PageView, type SitePages } from '../../src/site/page-kinds/page-kind.ts';
import { reviewPages } from '../../src/site/page-kinds/review.ts';
import { statsPages } from '../../src/site/page-kinds/stats.ts';
import { sourceLabel } from '../../src/site/source-labels.ts';
import { buildTimeline, groupSlug } from '../../src/site/timeline.ts';

const site = { title: 'Test', owner: '', language: 'en' };
const SOURCES = [
  'twitter',
  'mastodon',
  'journal',
  'photos',
  'mail',
  'feeds',
  'flickr',
  'facebook',
  'instagram',
];

/** `count` summaries, one every `hours` hours from 2001, over many sources, tags, people, places. */
function summaries(count: number, hours = 2): EntrySummary[] {
  const start = Date.UTC(2001, 0, 1);
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(start + index * hours * 3_600_000)
      .toISOString()
      .replace('.000Z', '+00:00');
    const hasPhoto = index % 7 === 0;
    return {
      file: `e/${index}.md`,
      id: `e:${index}`,
      source: SOURCES[index % SOURCES.length]!,
      kind: 'post',
      date,
      instant: Date.parse(date),
      title: index % 5 === 0 ? `A title ${index}` : undefined,
      slug: `entry-${index}`,
      tags: [`tag-${index % 300}`],
      people: [`Person ${index % 500}`],
      visibility: 'private',
      text: `Some words written on day ${index} `.repeat(12),
      images: hasPhoto ? [`e/${index}.jpg`] : [],
      ...(hasPhoto ? { thumb: { width: 1600, height: 1200 } } : {}),
      words: 60 + (index % 400),
      place: { name: `Place ${index % 100}` },
      ...(index % 11 === 3 ? { inReplyTo: `e:${index - 1}` } : {}),
    } as EntrySummary;
  });
}

function sitePages(entries: EntrySummary[]): SitePages {
  const timeline = buildTimeline(entries);
  const images = new Map(
    entries.filter((entry) => entry.thumb).map((entry) => [entry.images[0]!, entry.thumb!]),
  );
  const view: PageView = {
    urlOf: (entry) => timeline.urlOf.get(entry.id)!,
    images,
    sourceLabel,
    slugOf: groupSlug,
  };
  const yearCounts = [...timeline.calendar].map(([year, months]): [string, number] => [
    year,
    [...months.values()].reduce((sum, days) => sum + [...days.values()].flat().length, 0),
  ]);
  return {
    timeline,
    yearCounts,
    view,
    context: contextOf(site),
  };
}

describe('the views of a life at scale', () => {
  const pages = sitePages(summaries(100_000));

  it('keeps the home page under 300 KB at 100,000 entries', () => {
    const [home] = [...homePages.specs(pages)];
    const page = home!.render() as string;
    const kb = Buffer.byteLength(page) / 1024;
    assert.ok(kb < 300, `home page is ${kb.toFixed(0)} KB`);
    assert.equal(page.match(/<li class="card">/g)?.length, 20);
    assert.ok(
      (page.match(/<a href="\.\/\d{4}\/\d{2}\/\d{2}\/">/g)?.length ?? 0) > 300,
      'heatmap links',
    );
    // Twelve sources at most, the others behind a link.
    assert.ok(SOURCES.length <= HOME_LIMITS.sources || /more sources/.test(page));
  });

  it('keeps the stats page and a year in review under 500 KB at 100,000 entries', () => {
    const [stats] = [...statsPages.specs(pages)];
    const statsPage = stats!.render() as string;
    const statsKb = Buffer.byteLength(statsPage) / 1024;
    // Nine sources: the seven largest get a colour each, the other two are one "other".
    assert.equal(statsPage.match(/<rect width="11" height="11" class="s\d" \/>/g)?.length, 8);
    assert.match(statsPage, /Other sources/);
    assert.ok(statsKb < 500, `stats page is ${statsKb.toFixed(0)} KB`);
    const reviews = [...reviewPages.specs(pages)];
    assert.equal(reviews.length, pages.timeline.calendar.size);
    const reviewKb = Math.max(
      ...reviews.map((spec) => Buffer.byteLength(spec.render() as string) / 1024),
    );
    assert.ok(reviewKb < 500, `the largest year in review is ${reviewKb.toFixed(0)} KB`);
  });

  it('keeps each day’s memories file small: a few entries per year, newest year first', () => {
    const day = pages.timeline.entries.filter((entry) => entry.date.slice(5, 10) === '03-05');
    const memories = memoriesOf(site, pages.view, '03-05', day);
    const years = memories.years.map((year) => year.year);
    assert.deepEqual(years, [...years].sort().reverse());
    assert.ok(memories.years.every((year) => year.entries.length <= MEMORIES_PER_YEAR));
    assert.equal(
      memories.years.reduce((sum, year) => sum + year.count, 0),
      day.length,
    );
    const kb = Buffer.byteLength(JSON.stringify(memories)) / 1024;
    assert.ok(kb < 40, `memories of 5 March are ${kb.toFixed(1)} KB`);
  });
});

describe('the memories of a day', () => {
  const entries = summaries(3, 24 * 365).map((entry, index) => ({
    ...entry,
    date: `${2020 + index}-03-05T10:0${index}:00+01:00`,
  }));

  it('gives each entry its URL, text, source, time and thumbnail, relative to the site root', () => {
    const pages = sitePages(entries);
    const memories = memoriesOf(site, pages.view, '03-05', pages.timeline.entries);
    assert.deepEqual(
      memories.years.map((year) => [year.year, year.url, year.count]),
      [
        ['2022', '2022/03/05/', 1],
        ['2021', '2021/03/05/', 1],
        ['2020', '2020/03/05/', 1],
      ],
    );
    const oldest = memories.years[2]!.entries[0]!;
    assert.equal(oldest.url, pages.timeline.urlOf.get('e:0'));
    assert.equal(oldest.title, 'A title 0');
    assert.equal(oldest.source, 'Twitter/X');
    assert.equal(oldest.time, '10:00');
    assert.deepEqual(oldest.thumb, {
      src: mediaUrl('e/0.jpg', 'small', 'jpeg'),
      width: 1600,
      height: 1200,
    });
  });

  it('links folders by index.html for a site opened from disk', () => {
    const pages = sitePages(entries);
    const memories = memoriesOf(
      { ...site, fileLinks: true },
      pages.view,
      '03-05',
      pages.timeline.entries,
    );
    assert.equal(memories.years[0]!.url, '2022/03/05/index.html');
  });

  it('never shows the text or picture behind a content warning', () => {
    const warned = entries.map((entry) => ({ ...entry, contentWarning: 'spiders' }));
    const pages = sitePages(warned);
    const json = JSON.stringify(memoriesOf(site, pages.view, '03-05', pages.timeline.entries));
    assert.doesNotMatch(json, /Some words/);
    assert.doesNotMatch(json, /thumb/);
    assert.match(json, /Content warning: spiders/);
    assert.deepEqual(latestPhotos(pages.timeline.entries, 5), []);
  });
});
