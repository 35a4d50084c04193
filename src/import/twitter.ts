/**
 * Twitter/X archive: the 2019+ layout (`data/tweets.js` or `data/tweet.js`, `tweets-part1.js`
 * …, `tweets_media/` or `tweet_media/`, `note-tweet.js`, edit history) and the older Grailbird
 * layout (`data/js/tweets/YYYY_MM.js`). Files are `window.YTD.x.part0 = [...]`: the prefix is
 * stripped and the rest parsed as JSON, never evaluated.
 */
import { decodeHTML } from 'entities';

import { inZone } from '../archive/dates.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { markdownLink, plainTextToMarkdown } from './html.ts';
import { eachFile, eachRecord, oneRecord } from './records.ts';
import type { ImportedData as EntryData, ImportedMedia, ImportItem, Importer } from './types.ts';
import { twitterSource, type PartOf } from '../archive/sources.ts';
import { leftOutFile } from './twitter-files.ts';

const TWEET_FILES = /^(?:.*\/)?data\/(?:tweets?|tweets?-part\d+)\.js$/;
const GRAILBIRD_FILES = /^(?:.*\/)?data\/js\/tweets\/\d{4}_\d{2}\.js$/;
/** How often the importer tells how far it is through the tweets, in tweets. */
const PROGRESS_RECORDS = 500;
/**
 * `window.YTD.tweets.part0 = `, `Grailbird.data.tweets_2012_01 = ` or Grailbird's
 * `var tweet_index = `: a name, `=`, then JSON.
 */
const ASSIGNMENT = /^\s*(?:var\s+)?(?:window\.)?[A-Za-z_$][\w$]*(?:\.[\w$]+)*\s*=\s*/;

/** Fields of a tweet the importer understands; any other is reported once. */
const KNOWN_FIELDS = new Set([
  'id',
  'id_str',
  'full_text',
  'text',
  'created_at',
  'entities',
  'extended_entities',
  'in_reply_to_status_id',
  'in_reply_to_status_id_str',
  'in_reply_to_user_id',
  'in_reply_to_user_id_str',
  'in_reply_to_screen_name',
  'retweeted',
  'retweeted_status',
  'favorited',
  'favorite_count',
  'retweet_count',
  'lang',
  'source',
  'truncated',
  'display_text_range',
  'possibly_sensitive',
  'withheld_in_countries',
  'edit_info',
  'user',
  'geo',
  'coordinates',
  'place',
  'contributors',
  'is_quote_status',
  'quoted_status_id',
  'quoted_status_id_str',
  'quoted_status_permalink',
  'scopes',
  'self_thread',
  'withheld_copyright',
  'withheld_scope',
  'card',
  'community_id',
  'community_id_str',
]);

interface Tweet {
  id_str?: string;
  id?: string | number;
  full_text?: string;
  text?: string;
  created_at?: string;
  in_reply_to_status_id_str?: string;
  in_reply_to_screen_name?: string;
  retweeted_status?: unknown;
  user?: { screen_name?: string };
  favorite_count?: string | number;
  retweet_count?: string | number;
  entities?: {
    urls?: UrlEntity[];
    hashtags?: { text: string }[];
    user_mentions?: { screen_name: string }[];
    media?: UrlEntity[];
  };
  extended_entities?: { media?: MediaEntity[] };
  edit_info?: { initial?: { editTweetIds?: string[] }; edit?: { initialTweetId?: string } };
  [field: string]: unknown;
}
interface UrlEntity {
  url: string;
  expanded_url?: string;
}
interface MediaEntity extends UrlEntity {
  type: string;
  media_url_https?: string;
  media_url?: string;
  video_info?: { variants?: { url: string; content_type?: string; bitrate?: string | number }[] };
  ext_alt_text?: string;
}

/** Parses a `window.YTD… = [...]` file as JSON; refuses anything else. */
export function parseAssignedJson(text: string, file: string): unknown {
  const prefix = ASSIGNMENT.exec(text);
  if (!prefix) throw new ImportInputError(`${file}: expected "window.YTD.<name>.part0 = [...]"`);
  const json = text.slice(prefix[0].length).trim().replace(/;$/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new ImportInputError(
      `${file}: not JSON after the "=" (${(error as Error).message}); the file is damaged or is not from a Twitter archive`,
      { cause: error },
    );
  }
}

/** `Wed Oct 10 20:19:24 +0000 2018` (2019+) or `2012-01-31 21:00:00 +0000` (Grailbird) → ISO with offset. */
export function parseTwitterDate(value: string): string | undefined {
  const modern = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}) (\d{4})$/.exec(
    value,
  );
  if (modern) {
    const month = 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(modern[1]!) / 3 + 1;
    if (month < 1) return undefined;
    return `${modern[6]}-${String(month).padStart(2, '0')}-${modern[2]}T${modern[3]}${modern[4]}:${modern[5]}`;
  }
  const grailbird = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(value);
  if (grailbird) return `${grailbird[1]}T${grailbird[2]}${grailbird[3]}:${grailbird[4]}`;
  return undefined;
}

export const twitterImporter: Importer<PartOf<typeof twitterSource>> = {
  name: 'twitter',
  version: '2',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    if (
      files.some(
        (file) =>
          TWEET_FILES.test(file) ||
          GRAILBIRD_FILES.test(file) ||
          /(^|\/)data\/manifest\.js$/.test(file),
      )
    )
      return 1;
    return (await apiTweetFiles(view, files)).length > 0 ? 0.8 : 0;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = await view.list();
    const archiveFiles = files.filter(
      (file) => TWEET_FILES.test(file) || GRAILBIRD_FILES.test(file) || COMMUNITY_FILES.test(file),
    );
    // An archive without tweets (a partial download) still has its other files to account for.
    const marker = files.find((file) => /(^|\/)data\/(account|manifest)\.js$/.test(file));
    // Not an archive: tweets as Twitter's API gave them, a JSON list in a file of its own.
    const apiFiles = archiveFiles.length === 0 && !marker ? await apiTweetFiles(view, files) : [];
    const tweetFiles = [...archiveFiles, ...apiFiles];
    if (tweetFiles.length === 0 && !marker) {
      throw new ImportInputError(
        `${view.label}: no data/tweets.js (or data/js/tweets/) here: is this a Twitter/X archive? Point at the unzipped folder or the .zip`,
      );
    }
    const root = apiFiles.length > 0 ? '' : (tweetFiles[0] ?? marker)!.replace(/data\/.*$/, '');
    if (tweetFiles.length === 0)
      yield {
        type: 'warning',
        message: `${view.label}: no tweets in this archive (no ${root}data/tweets.js): only its other files are accounted for`,
      };
    const { username: account, accountId } = await readAccount(view, files, root);
    const timeZone = options.config.timeZone;
    const mediaFolder = files.some((file) => file.startsWith(`${root}data/tweet_media/`))
      ? 'tweet_media'
      : 'tweets_media';
    const notesFile = `${root}data/note-tweet.js`;
    const notes = await readNotes(view, files, notesFile);
    /** Files the import reads, and media files its entries show: the rest are named below. */
    const read = new Set<string>();
    const shown = new Set<string>();

    const tweets: { record: unknown; file: string; index: number }[] = [];
    yield* eachFile(tweetFiles, async function* (file) {
      const parsed = apiFiles.includes(file)
        ? parseJson(await view.text(file), `${view.label}/${file}`)
        : parseAssignedJson(await view.text(file), `${view.label}/${file}`);
      if (!Array.isArray(parsed))
        throw new ImportInputError(`${view.label}/${file}: expected a list of tweets`);
      read.add(file);
      yield { type: 'file', account: { file, status: 'read', records: parsed.length } };
      for (const [index, record] of parsed.entries()) tweets.push({ record, file, index });
    });
    const context: TweetContext = {
      account,
      timeZone,
      notes,
      usedNotes: new Set(),
      media: `${root}data/${mediaFolder}/`,
      present: new Set(files),
      superseded: supersededTweets(tweets.map(({ record }) => record)),
      seenFields: new Set<string>(),
    };
    for (const [position, { record, file, index }] of tweets.entries()) {
      if (position % PROGRESS_RECORDS === 0)
        yield { type: 'progress', done: position, total: tweets.length, unit: 'tweets' };
      for await (const item of oneRecord(file, index, record, (item: { tweet?: Tweet } & Tweet) =>
        tweetItems(item.tweet ?? item, file, {
          ...context,
          media: COMMUNITY_FILES.test(file) ? `${root}data/community_tweet_media/` : context.media,
        }),
      )) {
        if (item.type === 'entry') for (const media of item.entry.media) shown.add(media.from);
        yield item;
      }
    }
    if (files.includes(notesFile)) {
      read.add(notesFile);
      yield* noteItems(notes, notesFile, context);
    }
    yield* missingMonths(view, files, root, read);
    if (options.include.has('likes')) yield* readLikes(view, files, root, timeZone, read);
    if (options.include.has('dms'))
      yield* readMessages(view, files, root, timeZone, accountId, read);
    for (const file of files) {
      if (read.has(file) || shown.has(file)) continue;
      const account = leftOutFile(file, root);
      if (account) yield { type: 'file', account };
    }
  },
};

/**
 * Files holding a JSON list of tweets as Twitter's API v1.1 gave them (`id_str`, `created_at`,
 * `user`), as tools that saved a timeline wrote them: `tweets.json`.
 */
async function apiTweetFiles(view: FileView, files: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files.filter((name) => /\.json$/i.test(name)).slice(0, 20)) {
    const head = (await view.buffer(file)).subarray(0, 4096).toString('utf8');
    if (/^\s*\[\s*\{/.test(head) && /"id_str"\s*:/.test(head) && /"created_at"\s*:/.test(head))
      found.push(file);
  }
  return found;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportInputError(`${file}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/** Community tweets: the tweets you posted in a Community, which tweets.js does not hold. */
const COMMUNITY_FILES = /^(?:.*\/)?data\/community-tweet(?:-part\d+)?\.js$/;

interface TweetContext {
  account: string | undefined;
  timeZone: string;
  notes: Notes;
  /** The notes (by creation time) whose text became a tweet's. */
  usedNotes: Set<string>;
  /** The folder of the tweets' media. */
  media: string;
  /** Every file of the export, to tell a missing media file. */
  present: Set<string>;
  /** Earlier versions of edited tweets: only the latest version of each edit chain is kept. */
  superseded: Set<string>;
  seenFields: Set<string>;
}

function supersededTweets(records: unknown[]): Set<string> {
  const superseded = new Set<string>();
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const tweet = (record as { tweet?: Tweet }).tweet ?? (record as Tweet);
    const chain = tweet?.edit_info?.initial?.editTweetIds;
    if (Array.isArray(chain)) for (const id of chain.slice(0, -1)) superseded.add(id);
  }
  return superseded;
}

/** A tweet's text with its t.co links expanded and its media links taken out. */
function expandedText(tweet: Tweet): string {
  let text = decodeHTML(tweet.full_text ?? tweet.text ?? '');
  const media = tweet.extended_entities?.media ?? tweet.entities?.media ?? [];
  for (const url of tweet.entities?.urls ?? []) {
    if (url.expanded_url) text = text.split(url.url).join(url.expanded_url);
  }
  for (const item of media) text = text.split(item.url).join('').trimEnd();
  return text;
}

/**
 * When the tweet was posted. Twitter's oldest data (2006–2008) often has only the day, as
 * `00:00:00 +0000`: a snowflake id (from November 2010) gives the real time; otherwise the date
 * is the calendar day alone (`2007-03-01`, `dateSource: day`), filed on that day in any zone.
 */
function tweetDate(
  id: string,
  utc: string,
  timeZone: string,
): Pick<EntryData, 'date' | 'dateSource'> {
  if (!utc.endsWith('T00:00:00+00:00')) return { date: inZone(utc, timeZone) };
  const exact = snowflakeTime(id);
  if (exact && exact.slice(0, 10) === utc.slice(0, 10)) return { date: inZone(exact, timeZone) };
  return { date: utc.slice(0, 10), dateSource: 'day' };
}

function* tweetItems(tweet: Tweet, file: string, context: TweetContext): Iterable<ImportItem> {
  const { account, timeZone, notes, superseded, seenFields } = context;
  const id = tweet.id_str ?? (typeof tweet.id === 'string' ? tweet.id : undefined);
  if (!id || !/^\d+$/.test(id)) {
    yield {
      type: 'skip',
      reason: 'tweet without an id',
      detail: `${file}: ${JSON.stringify(tweet).slice(0, 80)}`,
    };
    return;
  }
  if (superseded.has(id)) {
    yield { type: 'skip', reason: 'earlier version of an edited tweet' };
    return;
  }
  for (const field of Object.keys(tweet)) {
    if (!KNOWN_FIELDS.has(field) && !seenFields.has(field)) {
      seenFields.add(field);
      yield { type: 'unknown-field', field: `tweet.${field}` };
    }
  }
  const utc = tweet.created_at ? parseTwitterDate(tweet.created_at) : undefined;
  if (!utc) {
    yield {
      type: 'skip',
      reason: 'tweet without a readable date',
      detail: `twitter:${id}: ${tweet.created_at}`,
    };
    return;
  }
  // A retweet's own text is cut at 140 characters ("…"); the original, when there, is whole.
  const original =
    typeof tweet.retweeted_status === 'object' && tweet.retweeted_status !== null
      ? (tweet.retweeted_status as Tweet)
      : undefined;
  const author = original?.user?.screen_name;
  let text =
    original && author && (original.full_text ?? original.text)
      ? `RT @${author}: ${expandedText(original)}`
      : expandedText(tweet);
  const media = (tweet.extended_entities?.media ?? tweet.entities?.media ?? []) as MediaEntity[];
  const note = notes.byTime.get(utc);
  if (
    note &&
    text.replace(/…?\s*$/, '').length > 0 &&
    note.startsWith(text.replace(/…?\s*(https?:\/\/\S+)?\s*$/, ''))
  ) {
    text = note;
    context.usedNotes.add(utc);
  }
  const isRepost = Boolean(tweet.retweeted_status) || /^RT @\w+:/.test(text);
  const kind = isRepost ? 'repost' : tweet.in_reply_to_status_id_str ? 'reply' : 'post';
  const tags = [...new Set((tweet.entities?.hashtags ?? []).map((tag) => tag.text))];
  const people = [
    ...new Set((tweet.entities?.user_mentions ?? []).map((user) => `@${user.screen_name}`)),
  ];
  const data: EntryData = {
    id: `twitter:${id}`,
    kind,
    ...tweetDate(id, utc, timeZone),
  };
  if (tags.length > 0) data.tags = tags;
  if (people.length > 0) data.people = people;
  if (tweet.in_reply_to_status_id_str)
    data.inReplyTo = `twitter:${tweet.in_reply_to_status_id_str}`;
  // The API's tweets name their author; an archive's are the owner's.
  data.url = `https://x.com/${tweet.user?.screen_name ?? account ?? 'i'}/status/${id}`;
  // A repost's counts are the original's, not the owner's.
  const counts = isRepost ? undefined : tweetCounts(tweet);
  if (counts) data.counts = counts;
  const files = tweetMedia(id, media, context.media);
  const missing = files.filter((item) => !context.present.has(item.from));
  for (const item of missing)
    yield {
      type: 'warning',
      message: `twitter:${id}: media file ${item.from} is not in the export; its link${item.alt ? ' and description are' : ' is'} kept in the text`,
    };
  // A picture the export lacks is still a link to where it was, with its description.
  const links = missing.map((item) =>
    markdownLink(
      `${item.type === 'video' ? 'Video' : 'Photo'}${item.alt ? `: ${item.alt}` : ''}`,
      item.remote,
    ),
  );
  yield {
    type: 'entry',
    entry: {
      data,
      body: [plainTextToMarkdown(text), ...links].filter(Boolean).join('\n\n'),
      media: files
        .filter((item) => context.present.has(item.from))
        .map(({ remote: _remote, ...item }) => item),
      file,
    },
  };
}

function tweetMedia(
  id: string,
  media: MediaEntity[],
  folder: string,
): (ImportedMedia & { remote: string })[] {
  const seen = new Set<string>();
  return media.flatMap((item): (ImportedMedia & { remote: string })[] => {
    const isVideo = item.type === 'video' || item.type === 'animated_gif';
    const variants = (item.video_info?.variants ?? []).filter(
      (variant) => variant.content_type === 'video/mp4' || variant.url.includes('.mp4'),
    );
    const best = variants.sort((a, b) => Number(b.bitrate ?? 0) - Number(a.bitrate ?? 0))[0];
    const remote = isVideo && best ? best.url : (item.media_url_https ?? item.media_url ?? '');
    const name = remote.split('?')[0]!.split('/').pop();
    if (!name || seen.has(name)) return [];
    seen.add(name);
    return [
      {
        from: `${folder}${id}-${name}`,
        ...(item.ext_alt_text ? { alt: item.ext_alt_text } : {}),
        type: isVideo ? 'video' : 'image',
        remote: /^https?:\/\//.test(remote) ? remote : (item.expanded_url ?? remote),
      },
    ];
  });
}

async function readAccount(
  view: FileView,
  files: string[],
  root: string,
): Promise<{ username?: string; accountId?: string }> {
  const file = `${root}data/account.js`;
  const grailbird = `${root}data/js/user_details.js`;
  if (!files.includes(file) && files.includes(grailbird)) {
    const details = parseAssignedJson(await view.text(grailbird), grailbird) as {
      screen_name?: string;
      id?: string;
    } | null;
    return { username: details?.screen_name, accountId: details?.id };
  }
  if (!files.includes(file)) return {};
  const parsed = parseAssignedJson(await view.text(file), file) as {
    account?: { username?: string; accountId?: string };
  }[];
  return { username: parsed[0]?.account?.username, accountId: parsed[0]?.account?.accountId };
}

interface NoteTweet {
  noteTweetId?: string;
  createdAt?: string;
  core?: { text?: string };
}
interface Notes {
  /** The full text of each long post, by its creation time. */
  byTime: Map<string, string>;
  list: unknown[];
  records: number;
}

/** Long posts: note-tweet.js holds the full text of tweets that tweets.js truncates, by creation time. */
async function readNotes(view: FileView, files: string[], file: string): Promise<Notes> {
  const notes: Notes = { byTime: new Map(), list: [], records: 0 };
  if (!files.includes(file)) return notes;
  const parsed = parseAssignedJson(await view.text(file), file);
  if (!Array.isArray(parsed)) return notes;
  notes.list = parsed;
  notes.records = parsed.length;
  for (const item of parsed as { noteTweet?: NoteTweet }[]) {
    const created = noteTime(item?.noteTweet);
    const text = item?.noteTweet?.core?.text;
    if (created && text) notes.byTime.set(created, decodeHTML(text));
  }
  return notes;
}

const noteTime = (note: NoteTweet | undefined): string | undefined => {
  const time = note?.createdAt ? Date.parse(note.createdAt) : NaN;
  return Number.isNaN(time)
    ? undefined
    : new Date(time).toISOString().replace(/\.\d{3}Z$/, '+00:00');
};

/**
 * note-tweet.js, accounted for: a note whose text became its tweet's is counted as joined; a
 * note whose tweet is not in the archive is a post of its own, so its text is not lost.
 */
async function* noteItems(
  notes: Notes,
  file: string,
  context: TweetContext,
): AsyncIterable<ImportItem> {
  yield { type: 'file', account: { file, status: 'read', records: notes.records } };
  for (const [index, record] of notes.list.entries()) {
    const noteTweet = (record as { noteTweet?: NoteTweet } | null)?.noteTweet;
    const created = noteTime(noteTweet);
    const text = noteTweet?.core?.text;
    if (!created || !text || !noteTweet?.noteTweetId) {
      yield {
        type: 'skip',
        reason: 'long post without an id, a date or text',
        detail: `${file}: record ${index + 1}`,
        file,
      };
      continue;
    }
    // Counted, but not named one by one: its text is in its tweet's entry.
    if (context.usedNotes.has(created)) {
      yield { type: 'skip', reason: "long post's full text, joined to its tweet", file };
      continue;
    }
    yield {
      type: 'entry',
      entry: {
        data: {
          id: `twitter:note-${noteTweet.noteTweetId}`,
          kind: 'post',
          date: inZone(created, context.timeZone),
        },
        body: plainTextToMarkdown(decodeHTML(text)),
        media: [],
        file,
      },
    };
  }
}

/**
 * Grailbird's tweet_index.js lists every month of the archive with its tweet count: a month it
 * lists whose file is not in the export is named, with its count, so its tweets are not lost
 * unseen.
 */
async function* missingMonths(
  view: FileView,
  files: string[],
  root: string,
  read: Set<string>,
): AsyncIterable<ImportItem> {
  const file = `${root}data/js/tweet_index.js`;
  if (!files.includes(file)) return;
  const index = parseAssignedJson(await view.text(file), `${view.label}/${file}`);
  if (!Array.isArray(index)) throw new ImportInputError(`${view.label}/${file}: expected a list`);
  read.add(file);
  const missing: string[] = [];
  for (const month of index as unknown[]) {
    const {
      file_name: name,
      year,
      month: number,
      tweet_count: count,
    } = typeof month === 'object' && month !== null
      ? (month as { file_name?: string; year?: number; month?: number; tweet_count?: number })
      : {};
    if (name && files.includes(`${root}${name}`)) continue;
    const label = `${year}-${String(number).padStart(2, '0')}`;
    missing.push(label);
    yield {
      type: 'warning',
      message: `${file}: ${label} is listed with ${count ?? 'an unknown number of'} tweet(s), but ${name ?? 'its file'} is not in the export: they are not imported`,
    };
  }
  yield {
    type: 'file',
    account: {
      file,
      status: 'not-imported',
      reason: `the index of the monthly files, checked against them: ${
        missing.length === 0
          ? 'none missing'
          : `${missing.length} month(s) missing (${missing.join(', ')})`
      }`,
    },
  };
}

/** Snowflake ids carry their creation time: milliseconds since Twitter's epoch, shifted by 22 bits. */
export function snowflakeTime(id: string): string | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  const ms = Number(BigInt(id) >> 22n) + 1288834974657;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/** like.js: the liked tweet's id, text and link. The export has no time of the like itself. */
async function* readLikes(
  view: FileView,
  files: string[],
  root: string,
  timeZone: string,
  read: Set<string>,
): AsyncIterable<ImportItem> {
  const pattern = new RegExp(`^${escapeRegExp(root)}data/like(-part\\d+)?\\.js$`);
  for (const file of files.filter((name) => pattern.test(name))) {
    const likes = parseAssignedJson(await view.text(file), `${view.label}/${file}`);
    if (!Array.isArray(likes)) throw new ImportInputError(`${view.label}/${file}: expected a list`);
    read.add(file);
    yield { type: 'file', account: { file, status: 'read', records: likes.length } };
    yield* eachRecord(
      file,
      likes,
      function* ({
        like,
      }: {
        like?: { tweetId?: string; fullText?: string; expandedUrl?: string };
      }) {
        const posted = like?.tweetId ? snowflakeTime(like.tweetId) : undefined;
        if (!like?.tweetId || !posted) {
          yield { type: 'skip', reason: 'like without a tweet id', file };
          return;
        }
        const data: EntryData = {
          id: `twitter:like-${like.tweetId}`,
          kind: 'like',
          // When the liked tweet was posted (from its id): the time of the like is not exported.
          date: inZone(posted, timeZone),
          likedTweet: `twitter:${like.tweetId}`,
        };
        if (like.expandedUrl && /^https?:/.test(like.expandedUrl)) data.url = like.expandedUrl;
        yield {
          type: 'entry',
          entry: {
            data,
            body: plainTextToMarkdown(decodeHTML(like.fullText ?? '')),
            media: [],
            file,
          },
        };
      },
    );
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface MessageCreate {
  id?: string;
  text?: string;
  createdAt?: string;
  senderId?: string;
  recipientId?: string;
  urls?: UrlEntity[];
}

/**
 * Direct messages, one entry each, always private; each answers the one before it. A file's
 * records are its messages (a conversation that cannot be read counts as one).
 */
async function* readMessages(
  view: FileView,
  files: string[],
  root: string,
  timeZone: string,
  accountId: string | undefined,
  read: Set<string>,
): AsyncIterable<ImportItem> {
  const pattern = new RegExp(
    `^${escapeRegExp(root)}data/direct-messages(-group)?(-part\\d+)?\\.js$`,
  );
  for (const file of files.filter((name) => pattern.test(name))) {
    const conversations = parseAssignedJson(await view.text(file), `${view.label}/${file}`);
    if (!Array.isArray(conversations))
      throw new ImportInputError(`${view.label}/${file}: expected a list`);
    read.add(file);
    const records = conversations.reduce<number>((sum, conversation) => {
      const messages = (conversation as { dmConversation?: { messages?: unknown } } | null)
        ?.dmConversation?.messages;
      return sum + (Array.isArray(messages) ? messages.length : 1);
    }, 0);
    yield { type: 'file', account: { file, status: 'read', records } };
    yield* eachRecord(
      file,
      conversations,
      function* ({
        dmConversation,
      }: {
        dmConversation?: {
          conversationId?: string;
          messages?: { messageCreate?: MessageCreate }[];
        };
      }) {
        if (!Array.isArray(dmConversation?.messages)) {
          yield { type: 'skip', reason: 'conversation without messages', file };
          return;
        }
        const all = dmConversation.messages;
        const messages = all
          .map((message) => message?.messageCreate)
          .filter((message): message is MessageCreate => !!message?.id && !!message.createdAt)
          .sort((a, b) => (a.createdAt! < b.createdAt! ? -1 : 1));
        for (let other = messages.length; other < all.length; other++)
          yield {
            type: 'skip',
            reason: 'conversation event that is not a message (someone joined, left, reacted)',
            file,
          };
        let previous: string | undefined;
        for (const message of messages) {
          let text = decodeHTML(message.text ?? '');
          for (const url of message.urls ?? [])
            if (url.expanded_url) text = text.split(url.url).join(url.expanded_url);
          const other = message.senderId === accountId ? message.recipientId : message.senderId;
          const data: EntryData = {
            id: `twitter:dm-${message.id}`,
            kind: 'message',
            date: inZone(message.createdAt!, timeZone),
            // Messages are private whatever the archive's default.
            visibility: 'private',
            conversation: dmConversation?.conversationId,
          };
          if (other) data.people = [`twitter user ${other}`];
          // Which side of the conversation the bubble goes on.
          if (accountId && message.senderId)
            data.direction = message.senderId === accountId ? 'sent' : 'received';
          if (previous) data.inReplyTo = previous;
          previous = data.id;
          yield {
            type: 'entry',
            entry: { data, body: plainTextToMarkdown(text), media: [], file },
          };
        }
      },
    );
  }
}

/** Likes and reposts as the archive counted them (strings in tweets.js); none when both are 0. */
function tweetCounts(tweet: {
  favorite_count?: unknown;
  retweet_count?: unknown;
}): { likes?: number; reposts?: number } | undefined {
  const count = (value: unknown) => {
    const number = typeof value === 'string' ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) && number > 0
      ? number
      : undefined;
  };
  const likes = count(tweet.favorite_count);
  const reposts = count(tweet.retweet_count);
  if (likes === undefined && reposts === undefined) return undefined;
  return {
    ...(likes !== undefined ? { likes } : {}),
    ...(reposts !== undefined ? { reposts } : {}),
  };
}
