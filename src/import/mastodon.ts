/**
 * Mastodon account archive (zip or folder): `outbox.json` (ActivityStreams: Create of a Note or
 * a Question, Announce for boosts), `actor.json`, `media_attachments/`. Content warnings are
 * kept (`contentWarning`), polls become a list, HTML becomes Markdown through the sanitizer.
 * Visibility: followers-only and direct posts are private; public and unlisted follow the
 * archive's default.
 */
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { leftOutBelow, type LeftOut } from './coverage.ts';
import { escapeMarkup, htmlToMarkdown, markdownLink } from './html.ts';
import { OutboxEmoji, type EmojiTag } from './mastodon-emoji.ts';
import { eachFile, eachRecord } from './records.ts';
import { inZone } from '../archive/dates.ts';
import type {
  FileAccount,
  ImportedData,
  ImportedMedia,
  ImportItem,
  Importer,
  ImportOptions,
} from './types.ts';
import { mastodonSource, type PartOf } from '../archive/sources.ts';

const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';

interface Activity {
  id?: string;
  type?: string;
  published?: string;
  to?: string[] | string;
  cc?: string[] | string;
  object?: Note | string;
}
interface Note {
  id?: string;
  type?: string;
  url?: string;
  published?: string;
  /** When the post was last edited (Mastodon 4+). */
  updated?: string;
  summary?: string | null;
  content?: string;
  inReplyTo?: string | null;
  sensitive?: boolean;
  to?: string[] | string;
  cc?: string[] | string;
  attachment?: { type?: string; mediaType?: string; url?: string; name?: string | null }[];
  tag?: ({ type?: string; name?: string; href?: string } & EmojiTag)[];
  oneOf?: PollOption[];
  anyOf?: PollOption[];
  endTime?: string;
}
interface PollOption {
  name?: string;
  replies?: { totalItems?: number };
}

const list = (value: string[] | string | undefined) =>
  Array.isArray(value) ? value : value ? [value] : [];

/** The status id at the end of a Mastodon URI: `https://host/users/x/statuses/123` → `123`. */
function statusKey(uri: string): string {
  return uri
    .replace(/\/activity$/, '')
    .replace(/^https?:\/\//, '')
    .replace(/\/users\/([^/]+)\/statuses\//, '/@$1/');
}

export const mastodonImporter: Importer<PartOf<typeof mastodonSource>> = {
  name: 'mastodon',
  version: '2',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    return files.some((file) => /(^|\/)outbox\.json$/.test(file)) &&
      files.some((file) => /(^|\/)actor\.json$/.test(file))
      ? 1
      : 0;
  },

  async *read(view: FileView, options: ImportOptions<Part>): AsyncIterable<ImportItem> {
    const { timeZone } = options.config;
    const files = await view.list();
    const outboxFile = files.find((file) => /(^|\/)outbox\.json$/.test(file));
    if (!outboxFile)
      throw new ImportInputError(
        `${view.label}: no outbox.json here: is this a Mastodon archive? Point at the unzipped folder or the .zip`,
      );
    const root = outboxFile.slice(0, -'outbox.json'.length);
    const present = new Set(files);
    const emoji = new OutboxEmoji(view, root, present);
    const context: OutboxContext = { root, timeZone, present, shown: new Set(), emoji };
    yield* eachFile([outboxFile], () => readOutbox(view, outboxFile, context));
    const read = new Set([outboxFile]);
    for (const [part, name] of [
      ['likes', 'likes.json'],
      ['bookmarks', 'bookmarks.json'],
    ] as const) {
      const file = `${root}${name}`;
      if (!files.includes(file)) continue;
      if (!options.include.has(part)) continue;
      read.add(file);
      yield* eachFile([file], () => readCollection(view, file, part, timeZone));
    }
    for (const file of files) {
      if (read.has(file) || context.shown.has(file)) continue;
      const account = leftOutFile(file, root);
      if (account) yield { type: 'file', account };
    }
  },
};

type Part = PartOf<typeof mastodonSource>;

interface OutboxContext {
  root: string;
  timeZone: string;
  /** Every file of the export, to tell a missing media file. */
  present: Set<string>;
  /** Media files the entries show. */
  shown: Set<string>;
  /** The custom emoji of the posts, and the images the export holds of them. */
  emoji: OutboxEmoji;
}

/** What the import makes of a file of the archive it does not read, or undefined when it does not know it. */
const leftOutFile = (file: string, root: string): FileAccount | undefined =>
  leftOutBelow(file, root, leftOutInside);

function leftOutInside(inside: string): LeftOut | undefined {
  if (inside === 'likes.json') return { reason: 'posts you favourited', include: 'likes' };
  if (inside === 'bookmarks.json') return { reason: 'posts you bookmarked', include: 'bookmarks' };
  if (inside === 'actor.json') return { reason: 'your profile: name, bio, fields and keys' };
  if (/^(avatar|header)\.\w+$/.test(inside))
    return { reason: 'your profile picture and header image' };
  if (inside.startsWith('custom_emojis/'))
    return { reason: 'a custom emoji image no post shows (or not a raster image)' };
  if (inside.startsWith('media_attachments/'))
    return { reason: 'a media file of no post in the outbox' };
  return undefined;
}

/**
 * When a liked or bookmarked post was written, from its id: Mastodon's ids since 2017 are the
 * time in milliseconds shifted by 16 bits. Older ids are counters and tell nothing.
 */
export function mastodonIdTime(uri: string): string | undefined {
  const id = /\/(\d{16,19})(?:\/|$)/.exec(uri)?.[1];
  if (!id) return undefined;
  const ms = Number(BigInt(id) >> 16n);
  if (ms < Date.UTC(2017, 0, 1) || ms > Date.UTC(2100, 0, 1)) return undefined;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * likes.json or bookmarks.json: a list of the posts' URIs, nothing else. Each is dated by its
 * post's id when that tells (as Twitter's likes are); else by the file's own time
 * (`dateSource: file-time`), the latest it can have been; else it is skipped.
 */
async function* readCollection(
  view: FileView,
  file: string,
  part: Part,
  timeZone: string,
): AsyncGenerator<ImportItem> {
  let collection: { orderedItems?: unknown };
  try {
    collection = JSON.parse(await view.text(file)) as { orderedItems?: unknown };
  } catch (error) {
    throw new ImportInputError(
      `${view.label}/${file}: not valid JSON (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  const items = Array.isArray(collection?.orderedItems) ? collection.orderedItems : [];
  yield { type: 'file', account: { file, status: 'read', records: items.length } };
  const modified = await view.modified(file);
  const fileTime =
    modified === undefined
      ? undefined
      : new Date(Math.floor(modified / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const kind = part === 'likes' ? 'like' : 'bookmark';
  for (const [index, item] of items.entries()) {
    const uri = typeof item === 'string' ? item : (item as { id?: unknown } | null)?.id;
    if (typeof uri !== 'string' || uri.trim() === '' || /\s/.test(uri)) {
      yield {
        type: 'skip',
        reason: `${kind} without the post's address`,
        detail: `${file}: record ${index + 1}`,
        file,
      };
      continue;
    }
    const posted = mastodonIdTime(uri);
    if (!posted && !fileTime) {
      yield {
        type: 'skip',
        reason: `${kind} without a date (its post's id tells none, nor does the export)`,
        detail: `${file}: record ${index + 1} (${uri})`,
        file,
      };
      continue;
    }
    const isLink = /^https?:\/\//.test(uri);
    const data: ImportedData = {
      id: `mastodon:${kind}-${statusKey(uri)}`,
      kind,
      date: inZone(posted ?? fileTime!, timeZone),
      ...(posted ? {} : { dateSource: 'file-time' as const }),
      ...(isLink ? { url: uri } : {}),
    };
    yield {
      type: 'entry',
      entry: {
        data,
        body: `${kind === 'like' ? 'Favourited' : 'Bookmarked'} ${isLink ? `<${uri}>` : escapeMarkup(uri)}`,
        media: [],
        file,
      },
    };
  }
}

/** outbox.json: one item per activity. */
async function* readOutbox(
  view: FileView,
  outboxFile: string,
  context: OutboxContext,
): AsyncGenerator<ImportItem> {
  let outbox: { orderedItems?: Activity[] };
  try {
    outbox = JSON.parse(await view.text(outboxFile)) as { orderedItems?: Activity[] };
  } catch (error) {
    throw new ImportInputError(
      `${view.label}/${outboxFile}: not valid JSON (${(error as Error).message})`,
      { cause: error },
    );
  }
  if (!Array.isArray(outbox.orderedItems))
    throw new ImportInputError(`${view.label}/${outboxFile}: no orderedItems list`);

  yield {
    type: 'file',
    account: { file: outboxFile, status: 'read', records: outbox.orderedItems.length },
  };
  await context.emoji.resolve(
    outbox.orderedItems.flatMap((activity) =>
      activity && typeof activity.object === 'object' && activity.object ? [activity.object] : [],
    ),
  );
  for await (const item of eachRecord(outboxFile, outbox.orderedItems, (activity: Activity) =>
    activityItems(activity, outboxFile, context),
  )) {
    if (item.type === 'entry') for (const media of item.entry.media) context.shown.add(media.from);
    yield item;
  }
  yield* context.emoji.warnings();
}

function* activityItems(
  activity: Activity,
  outboxFile: string,
  { root, timeZone, present, emoji }: OutboxContext,
): Iterable<ImportItem> {
  if (activity.type === 'Announce') {
    const target = typeof activity.object === 'string' ? activity.object : activity.object?.id;
    if (!activity.id || !target || !activity.published) {
      yield { type: 'skip', reason: 'boost without an id, target or date' };
      return;
    }
    yield {
      type: 'entry',
      entry: {
        data: {
          id: `mastodon:${statusKey(activity.id)}`,
          kind: 'repost',
          date: inZone(activity.published, timeZone),
          // An OStatus-era target (`tag:…`) is no web address.
          ...(/^https?:\/\//.test(target) ? { url: target } : {}),
          ...visibility(activity),
        },
        body: `Boosted ${/^https?:\/\//.test(target) ? `<${target}>` : escapeMarkup(target)}`,
        media: [],
        file: outboxFile,
      },
    };
    return;
  }
  const note = typeof activity.object === 'object' ? activity.object : undefined;
  if (activity.type !== 'Create' || !note || (note.type !== 'Note' && note.type !== 'Question')) {
    yield { type: 'skip', reason: `activity of type ${activity.type ?? 'unknown'}` };
    return;
  }
  if (!note.id || !(note.published ?? activity.published)) {
    yield {
      type: 'skip',
      reason: 'post without an id or date',
      detail: JSON.stringify(note).slice(0, 80),
    };
    return;
  }
  const tags = (note.tag ?? [])
    .filter((tag) => tag.type === 'Hashtag' && tag.name)
    .map((tag) => tag.name!.replace(/^#/, ''));
  const people = (note.tag ?? [])
    .filter((tag) => tag.type === 'Mention' && tag.name)
    .map((tag) => tag.name!);
  let body = htmlToMarkdown(note.content ?? '');
  const choices = note.oneOf ?? note.anyOf;
  if (choices) {
    body += `\n\n${choices.map((option) => `- ${option.name ?? ''} (${option.replies?.totalItems ?? 0} votes)`).join('\n')}`;
  }
  const data: ImportedData = {
    id: `mastodon:${statusKey(note.id)}`,
    kind: note.inReplyTo ? 'reply' : choices ? 'poll' : 'post',
    date: inZone((note.published ?? activity.published)!, timeZone),
    url: note.url ?? note.id,
    ...visibility(note),
  };
  if (tags.length > 0) data.tags = [...new Set(tags)];
  if (people.length > 0) data.people = [...new Set(people)];
  if (note.inReplyTo) data.inReplyTo = `mastodon:${statusKey(note.inReplyTo)}`;
  if (note.summary) data.contentWarning = note.summary;
  if (note.updated && note.updated !== note.published)
    data.updated = inZone(note.updated, timeZone);
  const attachments: ImportedMedia[] = (note.attachment ?? [])
    .filter((item) => item.url)
    .map((item) => ({
      from: /^https?:\/\//.test(item.url!) ? item.url! : `${root}${item.url!.replace(/^\/+/, '')}`,
      ...(item.name ? { alt: item.name } : {}),
      type: item.mediaType?.startsWith('video/')
        ? 'video'
        : item.mediaType?.startsWith('audio/')
          ? 'audio'
          : item.mediaType?.startsWith('image/')
            ? 'image'
            : 'file',
    }));
  const media = [
    ...attachments.filter((item) => present.has(item.from)),
    ...emoji.mediaOf(note.tag, body),
  ];
  // A media file the export lacks keeps what is known of it in the text: its description, and
  // its address when that is a link.
  const missing = attachments.filter((item) => !present.has(item.from));
  for (const item of missing)
    yield {
      type: 'warning',
      message: `${data.id}: media file ${item.from} is not in the export${item.alt ? '; its description is kept in the text' : ''}`,
    };
  const lines = missing.map((item) => {
    const what = `${TYPE_NAMES[item.type]} not in the export${item.alt ? `: ${item.alt}` : ''}`;
    return /^https?:\/\//.test(item.from)
      ? markdownLink(what, item.from)
      : `_${escapeMarkup(what)}_`;
  });
  if (lines.length > 0) body = [body, ...lines].filter(Boolean).join('\n\n');
  yield { type: 'entry', entry: { data, body, media, file: outboxFile } };
}

const TYPE_NAMES: Record<ImportedMedia['type'], string> = {
  image: 'Image',
  video: 'Video',
  audio: 'Sound',
  file: 'File',
};

/** Public and unlisted posts keep the archive's default; followers-only and direct are private. */
function visibility(item: { to?: string[] | string; cc?: string[] | string }): {
  visibility?: 'private';
} {
  return [...list(item.to), ...list(item.cc)].includes(PUBLIC) ? {} : { visibility: 'private' };
}
