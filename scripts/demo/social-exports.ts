/**
 * Robin's posts as the exports the services give: X's archive (`data/tweets.js`, media in
 * `data/tweets_media/`), a Mastodon account archive (`outbox.json`, `media_attachments/`) and the
 * blog's RSS 2.0 feed.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { renderMarkdown } from '../../src/site/markdown.ts';
import type { BlogPost } from './blog.ts';
import { OWNER, PLACES } from './cast.ts';
import { addMinutes, type Calendar, twitterDate } from './calendar.ts';
import { drawPhoto, SCENE_WORDS } from './draw.ts';
import type { SocialPost } from './social.ts';

const TWITTER_EPOCH = 1288834974657n;

/** A snowflake id for a time, as Twitter and Mastodon make them. */
function snowflake(iso: string, sequence: number, shift: bigint, epoch = 0n): string {
  return String(((BigInt(Date.parse(iso)) - epoch) << shift) + BigInt(sequence));
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Planned {
  id: string;
  date: string;
  text: string;
  inReplyTo?: string;
  replyHandle?: string;
  cw?: string;
  photo?: string;
}

/** Each post and its thread as a list of planned posts with ids, dates and reply links. */
function plan(
  posts: readonly SocialPost[],
  calendar: Calendar,
  shift: bigint,
  epoch: bigint,
): Planned[] {
  const planned: Planned[] = [];
  for (const [index, post] of posts.entries()) {
    const date = calendar.date(post.when, post.at ? PLACES[post.at].zone : undefined);
    const first: Planned = { id: snowflake(date, index, shift, epoch), date, text: post.text };
    if (post.replyTo) {
      first.replyHandle = post.replyTo;
      first.inReplyTo = snowflake(addMinutes(date, -47), index, shift, epoch);
    }
    if (post.cw) first.cw = post.cw;
    if (post.photo) first.photo = post.photo;
    planned.push(first);
    let previous = first;
    for (const [step, text] of (post.thread ?? []).entries()) {
      // A self-reply: minutes later, or the next morning for an update.
      const later = addMinutes(previous.date, text.startsWith('Update') ? 14 * 60 : 3 + step * 2);
      const reply: Planned = {
        id: snowflake(later, index, shift, epoch),
        date: later,
        text,
        inReplyTo: previous.id,
        replyHandle: 'self',
      };
      planned.push(reply);
      previous = reply;
    }
  }
  return planned;
}

export async function writeTwitterExport(
  folder: string,
  posts: readonly SocialPost[],
  calendar: Calendar,
): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'data', 'tweets_media'), { recursive: true });
  const account = [
    {
      account: {
        email: OWNER.email,
        createdVia: 'web',
        username: OWNER.twitter,
        accountId: '4815162342',
        createdAt: '2010-09-14T19:02:11.000Z',
        accountDisplayName: OWNER.name,
      },
    },
  ];
  await writeFile(
    path.join(folder, 'data', 'account.js'),
    `window.YTD.account.part0 = ${JSON.stringify(account, null, 2)}\n`,
  );
  const items = [];
  for (const [index, post] of plan(posts, calendar, 22n, TWITTER_EPOCH).entries()) {
    let text = post.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const hashtags = [...text.matchAll(/#(\w+)/g)].map((match) => ({
      text: match[1],
      indices: [String(match.index), String(match.index + match[0].length)],
    }));
    const mentions = [...text.matchAll(/(?<![\w@])@(\w+)(?![\w@])/g)].map((match) => ({
      name: match[1],
      screen_name: match[1],
      indices: [String(match.index), String(match.index + match[0].length)],
      id_str: String(1000 + match[1]!.length),
      id: String(1000 + match[1]!.length),
    }));
    const tweet: Record<string, unknown> = {
      edit_info: {
        initial: {
          editTweetIds: [post.id],
          editableUntil: new Date(Date.parse(post.date) + 3600000).toISOString(),
          editsRemaining: '5',
          isEditEligible: true,
        },
      },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter for Android</a>',
      entities: { hashtags, symbols: [], user_mentions: mentions, urls: [] },
      display_text_range: ['0', String(text.length)],
      favorite_count: String((index * 7) % 23),
      id_str: post.id,
      truncated: false,
      retweet_count: String((index * 3) % 5),
      id: post.id,
      created_at: twitterDate(post.date),
      favorited: false,
      full_text: text,
      lang: 'en',
    };
    if (post.inReplyTo) {
      const handle = post.replyHandle === 'self' ? OWNER.twitter : post.replyHandle!;
      Object.assign(tweet, {
        in_reply_to_status_id_str: post.inReplyTo,
        in_reply_to_status_id: post.inReplyTo,
        in_reply_to_screen_name: handle,
        in_reply_to_user_id_str:
          handle === OWNER.twitter ? '4815162342' : String(1000 + handle.length),
      });
    }
    if (post.photo) {
      const name = `F${post.id.slice(-8)}x`;
      const link = `https://t.co/${name.slice(0, 10)}`;
      text += ` ${link}`;
      tweet.full_text = text;
      const media = [
        {
          url: link,
          media_url_https: `https://pbs.twimg.com/media/${name}.jpg`,
          type: 'photo',
          id_str: post.id,
          ext_alt_text: `Photo: ${SCENE_WORDS[post.photo]}`,
        },
      ];
      tweet.entities = { ...(tweet.entities as object), media };
      tweet.extended_entities = { media };
      await writeFile(
        path.join(folder, 'data', 'tweets_media', `${post.id}-${name}.jpg`),
        await drawPhoto({ scene: post.photo, seed: Number(post.id.slice(-6)) }),
      );
    }
    items.push({ tweet });
  }
  // Newest first, as X writes it.
  items.reverse();
  await writeFile(
    path.join(folder, 'data', 'tweets.js'),
    `window.YTD.tweets.part0 = ${JSON.stringify(items, null, 2)}\n`,
  );
}

/** `lena@social.example` → her actor URL on her server. */
const actorOf = (handle: string) => {
  const [user, host] = handle.split('@');
  return `https://${host}/users/${user}`;
};

export async function writeMastodonExport(
  folder: string,
  posts: readonly SocialPost[],
  calendar: Calendar,
): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'media_attachments', 'files'), { recursive: true });
  const actor = 'https://social.example/users/robin';
  const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';
  await writeFile(
    path.join(folder, 'actor.json'),
    `${JSON.stringify({ '@context': 'https://www.w3.org/ns/activitystreams', id: actor, type: 'Person', preferredUsername: 'robin', name: OWNER.name, summary: '<p>Bridges, bread, hills. Bristol.</p>', url: 'https://social.example/@robin', followers: `${actor}/followers`, outbox: 'outbox.json' }, null, 2)}\n`,
  );
  const orderedItems = [];
  for (const post of plan(posts, calendar, 16n, 0n)) {
    const id = `${actor}/statuses/${post.id}`;
    const published = new Date(Date.parse(post.date)).toISOString().replace(/\.000Z$/, 'Z');
    const mentions = [...post.text.matchAll(/@(\w+)@([\w.-]+\w)/g)].map(
      (match) => `${match[1]}@${match[2]}`,
    );
    let html = escapeHtml(post.text);
    for (const handle of mentions) {
      const [user, host] = handle.split('@');
      html = html.replace(
        `@${handle}`,
        `<span class="h-card"><a href="https://${host}/@${user}" class="u-url mention">@<span>${user}</span></a></span>`,
      );
    }
    html = html.replace(
      /(^|\s)#(\w+)/g,
      '$1<a href="https://social.example/tags/$2" class="mention hashtag" rel="tag">#<span>$2</span></a>',
    );
    const tags = [
      ...mentions.map((handle) => ({ type: 'Mention', href: actorOf(handle), name: `@${handle}` })),
      ...[...post.text.matchAll(/#(\w+)/g)].map((match) => ({
        type: 'Hashtag',
        href: `https://social.example/tags/${match[1]!.toLowerCase()}`,
        name: `#${match[1]!.toLowerCase()}`,
      })),
    ];
    const attachment = [];
    if (post.photo) {
      const file = `media_attachments/files/${post.id.slice(0, 3)}/${post.id.slice(3, 6)}/original/${post.id}.jpg`;
      await mkdir(path.join(folder, path.dirname(file)), { recursive: true });
      await writeFile(
        path.join(folder, file),
        await drawPhoto({ scene: post.photo, seed: Number(post.id.slice(-6)) }),
      );
      attachment.push({
        type: 'Document',
        mediaType: 'image/jpeg',
        url: `/${file}`,
        name: `Photo: ${SCENE_WORDS[post.photo]}`,
      });
    }
    const inReplyTo = post.inReplyTo
      ? post.replyHandle === 'self'
        ? `${actor}/statuses/${post.inReplyTo}`
        : `${actorOf(post.replyHandle!)}/statuses/${post.inReplyTo}`
      : null;
    orderedItems.push({
      id: `${id}/activity`,
      type: 'Create',
      actor,
      published,
      to: [PUBLIC],
      cc: [`${actor}/followers`, ...mentions.map(actorOf)],
      object: {
        id,
        type: 'Note',
        summary: post.cw ?? null,
        inReplyTo,
        published,
        url: `https://social.example/@robin/${post.id}`,
        attributedTo: actor,
        to: [PUBLIC],
        cc: [`${actor}/followers`, ...mentions.map(actorOf)],
        sensitive: Boolean(post.cw),
        content: `<p>${html}</p>`,
        attachment,
        tag: tags,
      },
    });
  }
  await writeFile(
    path.join(folder, 'outbox.json'),
    `${JSON.stringify({ '@context': 'https://www.w3.org/ns/activitystreams', id: 'outbox.json', type: 'OrderedCollection', totalItems: orderedItems.length, orderedItems }, null, 2)}\n`,
  );
}

/** The blog as RSS 2.0 with each post's full HTML in content:encoded. */
export async function writeFeed(
  file: string,
  posts: readonly BlogPost[],
  calendar: Calendar,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const items = posts.map((post) => {
    const html = renderMarkdown(post.body, { file: `${post.slug}.md`, images: [] }).html;
    const url = `https://robin.example/blog/${post.when.slice(0, 4)}/${post.slug}/`;
    return `    <item>
      <title>${escapeHtml(post.title)}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
      <pubDate>${new Date(Date.parse(calendar.date(post.when))).toUTCString()}</pubDate>
${post.tags.map((tag) => `      <category>${tag}</category>`).join('\n')}
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
    <description>Bridges, bread, hills.</description>
${items.reverse().join('\n')}
  </channel>
</rss>
`,
  );
}
