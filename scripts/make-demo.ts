/**
 * Writes the demo archive in content/: Robin Ashby, a fictional person, from 2019 to 2025.
 * Deterministic: running it again gives the same files byte for byte. Photos are drawn by this
 * script (SVG rendered by sharp); no real person's data or picture is used.
 *
 *   npm run demo:make
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

import { fileURLToPath } from 'node:url';

import { formatEntry } from '../src/archive/entry-file.ts';
import { renderMarkdown } from '../src/site/markdown.ts';
import { runImport } from '../src/import/run-import.ts';
import { entryFilePath, entrySlug } from '../src/archive/paths.ts';
import { random, pick, pickSome } from './random.ts';

const ARCHIVE = path.resolve(process.argv[2] ?? 'content');
/** The demo's synthetic Twitter archive, committed, in the real 2019+ layout. */
const TWITTER_EXPORT = fileURLToPath(new URL('./demo-exports/twitter/', import.meta.url));
const MASTODON_EXPORT = fileURLToPath(new URL('./demo-exports/mastodon/', import.meta.url));
const FEED_EXPORT = fileURLToPath(new URL('./demo-exports/feed/robin-blog.rss', import.meta.url));
const SOURCES = [
  'journal',
  'twitter',
  'mastodon',
  'feed',
  'photos',
  'mail',
  'checkins',
  'bookmarks',
];

const PEOPLE = [
  'Sam Ortega',
  'Priya Nair',
  'Jonas Weber',
  'Lena Fischer',
  'Tom Ashby',
  'Ama Mensah',
];
const PLACES = [
  { name: 'Bristol Harbourside', lat: 51.449, lon: -2.598 },
  { name: 'Lisbon, Alfama', lat: 38.711, lon: -9.13 },
  { name: 'Brecon Beacons', lat: 51.884, lon: -3.436 },
  { name: 'Berlin, Tempelhofer Feld', lat: 52.473, lon: 13.401 },
  { name: 'Isle of Skye', lat: 57.273, lon: -6.215 },
  { name: 'Porto, Ribeira', lat: 41.141, lon: -8.613 },
];
const TOPICS: Record<string, string[]> = {
  walking: [
    'Walked the long way round the harbour this morning; the tide was out and the boats sat on the mud.',
    'Twelve miles along the ridge today. Legs complain, head is quiet.',
    'Found a footpath behind the allotments that I had never noticed in six years of living here.',
    'Fog on the hills until noon, then the whole valley opened up at once.',
  ],
  cooking: [
    'Tried the flatbread recipe again, this time with a hotter pan. Much better blisters.',
    'Slow Sunday: a pot of beans, a loaf of bread, and nothing else planned.',
    'The sourdough starter survived the holiday. Named it Gerald.',
    'Made far too much soup. Neighbours got soup.',
  ],
  reading: [
    'Finished a novel about a lighthouse keeper. Quiet, strange and very good.',
    'Reading about the history of maps: every map is an argument.',
    'Re-read my notes from 2019. Past me worried about all the wrong things.',
    'Library haul: two books on birds, one on bridges, one I picked for the cover.',
  ],
  work: [
    'Shipped the release we had been chasing since March. Cake was had.',
    'Long day of meetings; the best idea came in the corridor afterwards.',
    'Wrote the documentation first this time, and the code was easier for it.',
    'Spent the afternoon deleting code. The best kind of afternoon.',
  ],
  music: [
    'Played the old piano at the community hall; two keys still stick.',
    'A small gig in a basement bar: three songs nobody knew, all of them great.',
    'Learning a new tune on the fiddle, one bar a day.',
  ],
  travel: [
    'Trains across half of Europe, window seat the whole way.',
    'The tram up the hill is slower than walking, and far more fun.',
    'Arrived late, found the bakery still open, everything is fine.',
  ],
  garden: [
    'First tomatoes of the year. Three of them. Eaten standing up.',
    'The beans climbed the fence and kept going.',
    'Planted garlic in the rain, as tradition demands.',
  ],
};

interface Draft {
  source: string;
  kind: string;
  date: string;
  title?: string;
  tags?: string[];
  people?: string[];
  place?: { name: string; lat: number; lon: number };
  media?: { path: string; alt: string; type: string }[];
  inReplyTo?: string;
  url?: string;
  visibility?: string;
  id?: string;
  body: string;
  extra?: Record<string, unknown>;
}

const drafts: Draft[] = [];
const rng = random(20190101);

function dateIn(year: number, dayOfYear: number, hour: number, minute: number): string {
  const base = new Date(Date.UTC(year, 0, 1 + dayOfYear, hour, minute));
  // Robin lives in the UK: +00:00 in winter, +01:00 in summer; travel days keep their own zone.
  const month = base.getUTCMonth() + 1;
  const offset = month >= 4 && month <= 10 ? '+01:00' : '+00:00';
  return `${base.toISOString().slice(0, 19)}${offset}`;
}

function sentences(count: number, topic: string): string {
  const pool = TOPICS[topic]!;
  return pickSome(rng, pool, count).join(' ');
}

for (let year = 2019; year <= 2025; year++) {
  for (let index = 0; index < 32; index++) {
    const day = Math.floor((index * 365) / 32 + rng() * 9);
    const topic = pick(rng, Object.keys(TOPICS));
    const roll = rng();
    const date = dateIn(year, day, 7 + Math.floor(rng() * 14), Math.floor(rng() * 60));
    const people = rng() < 0.35 ? pickSome(rng, PEOPLE, 1 + Math.floor(rng() * 2)) : undefined;
    const place = rng() < 0.3 ? pick(rng, PLACES) : undefined;
    if (roll < 0.25) {
      drafts.push({
        source: 'journal',
        kind: 'note',
        date,
        title: `${capital(topic)} notes`,
        tags: [topic],
        people,
        place,
        body: `${sentences(2, topic)}\n\n${sentences(1, pick(rng, Object.keys(TOPICS)))}`,
      });
    } else if (roll < 0.5) {
      const body = sentences(1, topic).slice(0, 270);
      drafts.push({
        source: 'twitter',
        kind: 'post',
        date,
        tags: [topic],
        people,
        body: `${body} #${topic}`,
        url: `https://twitter.com/robin_ashby/status/${1100000000000000000 + drafts.length * 7919}`,
      });
    } else if (roll < 0.65) {
      const warn = rng() < 0.3;
      drafts.push({
        source: 'mastodon',
        kind: 'post',
        date,
        tags: [topic],
        body: sentences(1, topic),
        url: `https://social.example/@robin/${109000000 + drafts.length}`,
        extra: warn ? { contentWarning: 'food' } : undefined,
      });
    } else if (roll < 0.75) {
      const title = `On ${topic}, ${year}`;
      drafts.push({
        source: 'feed',
        kind: 'article',
        date,
        title,
        tags: [topic, 'blog'],
        body: `${sentences(3, topic)}\n\n## What I learned\n\n${sentences(2, topic)}\n\n- ${sentences(1, topic)}\n- ${sentences(1, 'reading')}\n\n> ${sentences(1, 'reading')}`,
        url: `https://robin.example/blog/${year}/${topic}-${index}`,
      });
    } else if (roll < 0.87) {
      drafts.push({
        source: 'photos',
        kind: 'photo',
        date,
        title: `${place?.name ?? 'Out and about'}`,
        tags: ['photo', topic],
        people,
        place: place ?? pick(rng, PLACES),
        body: sentences(1, topic),
        media: [],
      });
    } else if (roll < 0.93) {
      drafts.push({
        source: 'mail',
        kind: 'email',
        date,
        title: `Re: plans for ${topic}`,
        people: [pick(rng, PEOPLE)],
        visibility: 'private',
        body: `Hi,\n\n${sentences(2, topic)}\n\nSpeak soon,\nRobin`,
      });
    } else if (roll < 0.97) {
      const spot = pick(rng, PLACES);
      drafts.push({
        source: 'checkins',
        kind: 'checkin',
        date,
        title: `At ${spot.name}`,
        place: spot,
        tags: ['travel'],
        people,
        body: '',
      });
    } else {
      drafts.push({
        source: 'bookmarks',
        kind: 'bookmark',
        date,
        title: `Reading list: ${topic}`,
        tags: [topic, 'links'],
        url: `https://example.org/${topic}/${index}`,
        body: sentences(1, 'reading'),
      });
    }
  }
}

// A self-thread and a conversation, so replies link to each other.
const threadStart = drafts.find((draft) => draft.source === 'twitter')!;
threadStart.id = 'twitter:1100000000000000001';
drafts.push(
  {
    source: 'twitter',
    kind: 'reply',
    id: 'twitter:1100000000000000002',
    date: threadStart.date.replace(/:(\d\d)([+-])/, ':59$2'),
    inReplyTo: threadStart.id,
    tags: ['walking'],
    body: 'And another thing: the ridge path is closed past the second stile, go round by the farm.',
  },
  {
    source: 'journal',
    kind: 'note',
    date: '2024-02-29T21:15:00+00:00',
    title: 'A leap day',
    tags: ['reading'],
    body: 'An extra day, so I spent it on nothing at all. Template syntax such as {{ 7*7 }} or {% include "x" %} stays as plain text in an entry.',
  },
  {
    source: 'journal',
    kind: 'note',
    date: '2022-12-31T23:30:00-05:00',
    title: 'New Year in New York',
    tags: ['travel'],
    people: ['Sam Ortega'],
    place: { name: 'New York, Brooklyn Bridge', lat: 40.706, lon: -73.997 },
    body: 'Half past eleven here and already next year at home. This entry keeps its own time zone, so it stays on the 31st.',
  },
);

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Writes drafts as `data/tweets.js` and `data/account.js`, the way X's archive download has them. */
async function writeTwitterExport(folder: string, list: Draft[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'data'), { recursive: true });
  const account = [
    {
      account: {
        username: 'robin_ashby',
        accountId: '7',
        accountDisplayName: 'Robin Ashby',
        createdAt: '2011-05-01T10:00:00.000Z',
      },
    },
  ];
  await writeFile(
    path.join(folder, 'data', 'account.js'),
    `window.YTD.account.part0 = ${JSON.stringify(account, null, 2)}\n`,
  );
  const items = list.map((draft, index) => {
    const id = draft.id?.slice('twitter:'.length) ?? draft.url!.match(/(\d+)$/)![1]!;
    const utc = new Date(Date.parse(draft.date));
    const created = `${DAY_NAMES[utc.getUTCDay()]} ${MONTH_NAMES[utc.getUTCMonth()]} ${String(utc.getUTCDate()).padStart(2, '0')} ${utc.toISOString().slice(11, 19)} +0000 ${utc.getUTCFullYear()}`;
    const text = draft.body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const hashtags = [...text.matchAll(/#(\w+)/g)].map((match) => ({
      text: match[1],
      indices: [String(match.index), String(match.index + match[0].length)],
    }));
    const tweet: Record<string, unknown> = {
      edit_info: {
        initial: {
          editTweetIds: [id],
          editableUntil: new Date(utc.getTime() + 3600000).toISOString(),
          editsRemaining: '5',
          isEditEligible: false,
        },
      },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags, symbols: [], user_mentions: [], urls: [] },
      display_text_range: ['0', String(text.length)],
      favorite_count: String(index % 7),
      id_str: id,
      truncated: false,
      retweet_count: '0',
      id,
      created_at: created,
      favorited: false,
      full_text: text,
      lang: 'en',
    };
    if (draft.inReplyTo) {
      tweet.in_reply_to_status_id_str = draft.inReplyTo.slice('twitter:'.length);
      tweet.in_reply_to_screen_name = 'robin_ashby';
    }
    return { tweet };
  });
  await writeFile(
    path.join(folder, 'data', 'tweets.js'),
    `window.YTD.tweets.part0 = ${JSON.stringify(items, null, 2)}\n`,
  );
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A Mastodon account archive: outbox.json of Create activities, and actor.json. */
async function writeMastodonExport(folder: string, list: Draft[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const actor = 'https://social.example/users/robin';
  const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';
  await writeFile(
    path.join(folder, 'actor.json'),
    `${JSON.stringify({ '@context': 'https://www.w3.org/ns/activitystreams', id: actor, type: 'Person', preferredUsername: 'robin', name: 'Robin Ashby', followers: `${actor}/followers`, outbox: 'outbox.json' }, null, 2)}\n`,
  );
  const orderedItems = list.map((draft) => {
    const number = draft.url!.match(/(\d+)$/)![1]!;
    const id = `${actor}/statuses/${number}`;
    const published = new Date(Date.parse(draft.date)).toISOString().replace(/\.000Z$/, 'Z');
    const hashtags = (draft.tags ?? [])
      .map(
        (tag) =>
          ` <a href="https://social.example/tags/${tag}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`,
      )
      .join('');
    const warning = (draft.extra?.contentWarning as string | undefined) ?? null;
    return {
      id: `${id}/activity`,
      type: 'Create',
      actor,
      published,
      to: [PUBLIC],
      cc: [`${actor}/followers`],
      object: {
        id,
        type: 'Note',
        summary: warning,
        inReplyTo: null,
        published,
        url: draft.url,
        attributedTo: actor,
        to: [PUBLIC],
        cc: [`${actor}/followers`],
        sensitive: Boolean(warning),
        content: `<p>${escapeHtml(draft.body)}${hashtags}</p>`,
        attachment: [],
        tag: (draft.tags ?? []).map((tag) => ({
          type: 'Hashtag',
          href: `https://social.example/tags/${tag}`,
          name: `#${tag}`,
        })),
      },
    };
  });
  await writeFile(
    path.join(folder, 'outbox.json'),
    `${JSON.stringify({ '@context': 'https://www.w3.org/ns/activitystreams', id: 'outbox.json', type: 'OrderedCollection', totalItems: orderedItems.length, orderedItems }, null, 2)}\n`,
  );
}

/** Robin's blog as an RSS 2.0 feed with full HTML bodies in content:encoded. */
async function writeFeed(file: string, list: Draft[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const items = list.map((draft) => {
    const html = renderMarkdown(draft.body, { file: 'x.md', images: [] }).html;
    const pubDate = new Date(Date.parse(draft.date)).toUTCString();
    return `    <item>
      <title>${escapeHtml(draft.title!)}</title>
      <link>${draft.url}</link>
      <guid isPermaLink="true">${draft.url}</guid>
      <pubDate>${pubDate}</pubDate>
${(draft.tags ?? []).map((tag) => `      <category>${tag}</category>`).join('\n')}
      <content:encoded><![CDATA[${html}]]></content:encoded>
    </item>`;
  });
  await writeFile(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Robin Ashby’s blog</title>
    <link>https://robin.example/blog/</link>
    <description>Walks, bread, bridges.</description>
${items.join('\n')}
  </channel>
</rss>
`,
  );
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

async function drawPhoto(file: string, seed: number): Promise<void> {
  const local = random(seed);
  const hue = Math.floor(local() * 360);
  const sunX = 150 + Math.floor(local() * 700);
  const ridge = Array.from(
    { length: 9 },
    (_, i) => `${i * 120},${380 + Math.floor(local() * 160)}`,
  ).join(' ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,88%)"/></linearGradient></defs>
<rect width="960" height="640" fill="url(#s)"/><circle cx="${sunX}" cy="170" r="70" fill="hsl(${(hue + 180) % 360},80%,75%)"/>
<polygon points="0,640 ${ridge} 960,640" fill="hsl(${(hue + 200) % 360},30%,35%)"/>
<polygon points="0,640 0,560 300,500 600,560 960,520 960,640" fill="hsl(${(hue + 220) % 360},30%,22%)"/></svg>`;
  await mkdir(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg)).jpeg({ quality: 70, mozjpeg: true }).toFile(file);
}

for (const source of SOURCES)
  await rm(path.join(ARCHIVE, source), { recursive: true, force: true });
// And the import ledger, or the imports would take the removed entries for ones deleted by hand.
await rm(path.join(ARCHIVE, '.inhale'), { recursive: true, force: true });

// Tweets go through the real importer: written as a Twitter archive export, then imported.
const tweets = drafts.filter((draft) => draft.source === 'twitter');
await writeTwitterExport(TWITTER_EXPORT, tweets);
const report = await runImport(ARCHIVE, TWITTER_EXPORT, { source: 'twitter' });
console.log(`Imported ${report.added} tweets from ${path.relative(process.cwd(), TWITTER_EXPORT)}`);
// Toots and blog posts too: a Mastodon archive and an RSS feed, imported.
await writeMastodonExport(
  MASTODON_EXPORT,
  drafts.filter((draft) => draft.source === 'mastodon'),
);
const toots = await runImport(ARCHIVE, MASTODON_EXPORT, { source: 'mastodon' });
await writeFeed(
  FEED_EXPORT,
  drafts.filter((draft) => draft.source === 'feed'),
);
const posts = await runImport(ARCHIVE, FEED_EXPORT, { source: 'feed' });
console.log(`Imported ${toots.added} toots and ${posts.added} blog posts`);

const IMPORTED = new Set(['twitter', 'mastodon', 'feed']);
/** Visibility by source, cycling with the entry's index; unset means the archive's default (private). */
const VISIBILITY: Record<string, (string | undefined)[]> = {
  journal: ['friends', undefined, undefined],
  photos: ['public', 'friends', 'public'],
  checkins: ['friends', 'friends', undefined],
  bookmarks: ['public', 'public', 'public'],
};
let count = report.added + toots.added + posts.added;
for (const [index, draft] of drafts.entries()) {
  if (IMPORTED.has(draft.source)) continue;
  const slug = entrySlug(`${draft.source}:${index}`, draft.title, draft.body);
  const fromUrl = draft.url?.match(/\/(\d+)$/)?.[1];
  const id =
    draft.id ??
    (draft.source === 'journal'
      ? `journal:${draft.date.slice(0, 10)}-${slug}`
      : `${draft.source}:${fromUrl ?? `${draft.date.slice(0, 10)}-${index}`}`);
  const file = path.join(ARCHIVE, entryFilePath(draft.source, draft.date, slug));
  if (draft.media) {
    const photo = `${slug}.jpg`;
    await drawPhoto(path.join(path.dirname(file), photo), index);
    draft.media = [
      {
        path: photo,
        alt: `A drawn landscape: hills under a coloured sky (${draft.place?.name ?? 'somewhere'})`,
        type: 'image',
      },
    ];
  }
  const { body, extra, id: _id, ...fields } = draft;
  // Some of Robin's life is for friends or everyone, so --audience builds have something to show.
  fields.visibility ??= VISIBILITY[draft.source]?.[index % 3];
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, formatEntry({ id, ...fields, ...extra }, body));
  count++;
}
console.log(`Wrote ${count} entries into ${ARCHIVE}`);
