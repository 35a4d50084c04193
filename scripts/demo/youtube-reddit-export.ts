/**
 * A few days of Robin's YouTube and Reddit, written as the services export them: Google
 * Takeout's "YouTube and YouTube Music" (`history/watch-history.json` and
 * `search-history.json`, times in UTC, `=` and `&` escaped as Google does; `comments/comments.csv`
 * with its JSON-fragment text) and Reddit's data export (`posts.csv`, `comments.csv` with an `ip`
 * column the importer never reads, `statistics.csv`). Channels, videos, ids and threads are made
 * up by hand; the days are fixed here, around the walking, the allotment and the Japan trip.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { csvLine } from './lists.ts';

interface Channel {
  name: string;
  id: string;
}

const CHANNELS = {
  plot: { name: 'Plot 27 Allotment Diaries', id: 'UCplot27allotmentdiary0' },
  severn: { name: 'Severn Side Rambles', id: 'UCseversiderambles00000' },
  span: { name: 'Span & Truss', id: 'UCspanandtrussbridges00' },
  yanaka: { name: 'Yanaka Walker', id: 'UCyanakawalkertokyo0000' },
  harbour: { name: 'Harbourside Histories', id: 'UCharboursidehistory000' },
} satisfies Record<string, Channel>;

/** Watches: [time in UTC, video id, title, channel]. */
const WATCHES: [string, string, string, keyof typeof CHANNELS][] = [
  [
    '2023-10-21T19:02:11Z',
    'sVrnGorge01',
    'The Avon Gorge end to end: Pill to Clifton on foot',
    'severn',
  ],
  [
    '2023-10-21T19:40:37Z',
    'sVrnKings02',
    'Kings Weston to Blaise Castle, the long way round',
    'severn',
  ],
  [
    '2023-10-21T20:15:02Z',
    'spnCables03',
    'Why suspension bridge cables are spun, not bought',
    'span',
  ],
  ['2024-03-16T08:31:45Z', 'ynkDawn0004', 'Yanaka at dawn: the old Tokyo that survived', 'yanaka'],
  [
    '2024-03-16T09:05:20Z',
    'ynkInari005',
    'Fushimi Inari before the crowds: which path to take',
    'yanaka',
  ],
  ['2024-03-16T21:48:09Z', 'ynkRail0006', 'Shinkansen etiquette in four minutes', 'yanaka'],
  ['2024-03-16T22:01:30Z', 'ynkBento007', 'What to buy at a station bento counter', 'yanaka'],
  ['2025-05-03T07:12:03Z', 'plt27Beans8', 'Runner bean wigwams that survive a windy plot', 'plot'],
  ['2025-05-03T07:26:44Z', 'plt27Slug09', 'Slugs, beer traps and other lies I believed', 'plot'],
  [
    '2025-05-03T18:55:10Z',
    'hbrCrane010',
    'The Fairbairn steam crane and the docks that built Bristol',
    'harbour',
  ],
];

/** Searches: [time in UTC, what was searched]. */
const SEARCHES: [string, string][] = [
  ['2024-03-16T08:29:02Z', 'yanaka walk tokyo'],
  ['2024-03-16T21:46:40Z', 'shinkansen luggage rules'],
];

/** Robin's one comment: on the cable-spinning video, the evening it was watched. */
const COMMENT = {
  id: 'UgxRobinCableSpin0001AaABAg',
  time: '2023-10-21T20:31:58.204113+00:00',
  video: 'spnCables03',
  text: 'Lovely explanation of aerial spinning. We still show the Clifton chains to every graduate on their first week: wrought iron, and older than any of us will ever be.',
};

const ROBIN = 'UCrobinashbyexample0000';

/** Google writes `=` and `&` in its JSON as escapes; JSON readers see the same text. */
const googleJson = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(/=/g, '\\u003d').replace(/&/g, '\\u0026')}\n`;

export async function writeYouTubeExport(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  const root = path.join(folder, 'Takeout', 'YouTube and YouTube Music');
  await mkdir(path.join(root, 'history'), { recursive: true });
  await mkdir(path.join(root, 'comments'), { recursive: true });
  // Newest first, as Takeout lists them.
  const watches = [...WATCHES].reverse().map(([time, id, title, key]) => ({
    header: 'YouTube',
    title: `Watched ${title}`,
    titleUrl: `https://www.youtube.com/watch?v=${id}`,
    subtitles: [
      { name: CHANNELS[key].name, url: `https://www.youtube.com/channel/${CHANNELS[key].id}` },
    ],
    time: time.replace('Z', '.000Z'),
    products: ['YouTube'],
    activityControls: ['YouTube watch history'],
  }));
  await writeFile(path.join(root, 'history', 'watch-history.json'), googleJson(watches));
  const searches = [...SEARCHES].reverse().map(([time, query]) => ({
    header: 'YouTube',
    title: `Searched for ${query}`,
    titleUrl: `https://www.youtube.com/results?search_query=${query.replace(/ /g, '+')}`,
    time: time.replace('Z', '.000Z'),
    products: ['YouTube'],
    activityControls: ['YouTube search history'],
  }));
  await writeFile(path.join(root, 'history', 'search-history.json'), googleJson(searches));
  const header =
    'Channel ID,Comment Create Timestamp,Price,Comment ID,Parent Comment ID,Post ID,Video ID,Comment Text,Top-Level Comment ID';
  const row = csvLine([
    ROBIN,
    COMMENT.time,
    0,
    COMMENT.id,
    '',
    '',
    COMMENT.video,
    JSON.stringify({ text: COMMENT.text }),
    '',
  ]);
  await writeFile(path.join(root, 'comments', 'comments.csv'), `${header}\n${row}\n`);
}

/** Posts: [id, date (UTC), subreddit, title, url or undefined for a text post, body]. */
const POSTS: [string, string, string, string, string | undefined, string][] = [
  [
    'r0b1nj',
    '2024-02-24 20:14:09',
    'JapanTravel',
    'Two weeks in April, mostly on foot: Tokyo, then Kyoto. Too much walking?',
    undefined,
    `Going with a friend in early April. We like long walks more than sights: Yanaka and the old neighbourhoods in Tokyo, then Kyoto's eastern hills.

Is 20 km a day silly with jet lag? And is the early-morning Fushimi Inari thing as good as everyone says?`,
  ],
  [
    'r0b1nb',
    '2023-09-09 08:40:51',
    'bristol',
    'The Cumberland Basin swing bridge opening this morning, seen from the Create Centre',
    'https://robin-ashby.example/photos/swing-bridge-2023',
    '',
  ],
  [
    'r0b1na',
    '2025-05-11 17:05:33',
    'UKGardening',
    'Second year on a windy allotment plot in St Werburghs: what finally worked',
    undefined,
    `Short canes tied low, a hedge of Jerusalem artichokes on the west side, and giving up on sweetcorn. The runner beans stood through every gale this spring.

What does everyone else grow as a windbreak?`,
  ],
];

/** Comments: [id, date (UTC), subreddit, post id, post slug, parent, body]. */
const COMMENTS: [string, string, string, string, string, string, string][] = [
  [
    'kr0b01',
    '2024-02-24 22:31:12',
    'JapanTravel',
    'r0b1nj',
    'two_weeks_in_april_mostly_on_foot_tokyo_then',
    't3_r0b1nj',
    'Thanks all. Taking the advice on the rail pass: we are buying single tickets and a Suica card instead, since we will hardly leave the two cities.',
  ],
  [
    'kr0b02',
    '2024-02-25 09:02:47',
    'JapanTravel',
    'r0b1nj',
    'two_weeks_in_april_mostly_on_foot_tokyo_then',
    't1_kr0b01',
    'Update for anyone finding this later: we moved Nara to a day of its own after the replies here, and kept two mornings empty for whatever we find.',
  ],
  [
    'kr0b03',
    '2024-04-20 19:44:05',
    'JapanTravel',
    'r0b1nj',
    'two_weeks_in_april_mostly_on_foot_tokyo_then',
    't3_r0b1nj',
    'Back home. Around 18 km a day in the end, and Fushimi Inari at seven was everything you promised. Thank you, this thread planned half our trip.',
  ],
  [
    'kr0b04',
    '2022-11-02 12:18:30',
    'civilengineering',
    'x7tq2p',
    'what_detail_on_an_old_bridge_impressed_you_most',
    't3_x7tq2p',
    'The saddles on a chain suspension bridge. Each one rolls on its tower so the chains can breathe with the temperature, and they were designed with a pencil.',
  ],
  [
    'kr0b05',
    '2025-08-17 10:26:14',
    'bristol',
    'y4hb9m',
    'best_walk_that_starts_from_a_train_station',
    't3_y4hb9m',
    'Severn Beach line to Sea Mills, then up the Trym valley through Blaise and back down to Shirehampton. Flat, green, and a pub at either end.',
  ],
];

const IP = '192.0.2.44';

export async function writeRedditExport(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const slug = (title: string) =>
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 44)
      .replace(/_$/, '');
  const posts = POSTS.map(([id, date, subreddit, title, url, body]) => {
    const permalink = `https://www.reddit.com/r/${subreddit}/comments/${id}/${slug(title)}/`;
    return csvLine([id, permalink, `${date} UTC`, IP, subreddit, 0, title, url ?? permalink, body]);
  });
  await writeFile(
    path.join(folder, 'posts.csv'),
    `id,permalink,date,ip,subreddit,gildings,title,url,body\n${posts.join('\n')}\n`,
  );
  const comments = COMMENTS.map(([id, date, subreddit, post, postSlug, parent, body]) => {
    const link = `https://www.reddit.com/r/${subreddit}/comments/${post}/${postSlug}/`;
    return csvLine([
      id,
      `${link}${id}/`,
      `${date} UTC`,
      IP,
      subreddit,
      0,
      0,
      0,
      link,
      parent,
      body,
      '',
    ]);
  });
  await writeFile(
    path.join(folder, 'comments.csv'),
    `id,permalink,date,ip,subreddit,gildings,gildings_silver,gildings_supergold,link,parent,body,media\n${comments.join('\n')}\n`,
  );
  await writeFile(
    path.join(folder, 'statistics.csv'),
    'statistic,value\naccount name,robin_ashby_bristol\nexport time,2026-11-20 09:00:00 UTC\n',
  );
}
