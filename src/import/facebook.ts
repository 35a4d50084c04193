/**
 * Facebook "Download Your Information", JSON format, in the 2020–2022 layout
 * (`posts/your_posts_1.json`, `photos_and_videos/album/0.json`, `comments/comments.json`, …)
 * and the 2023+ one (`your_activity_across_facebook/…` or `your_facebook_activity/posts/
 * your_posts__check_ins__photos_and_videos_1.json`, `…/posts/album/0.json`, …). Posts, check-ins,
 * life events, albums, comments and events; reactions and Messenger only when asked. The HTML
 * format is refused: it has no structure worth trusting. Strings are repaired (meta-export.ts).
 */
import { shortHash } from '../archive/paths.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import {
  mediaItem,
  placeOf,
  readComments,
  readEvents,
  readReactions,
  stripMentions,
  tagsAndPeople,
  type FacebookContext,
  type FacebookMedia,
  type FacebookPlace,
  type Place,
  type Tagged,
} from './facebook-activity.ts';
import { readMessages } from './facebook-messages.ts';
import { plainTextToMarkdown } from './html.ts';
import { eachFile, eachRecord } from './records.ts';
import { epochDate, isRecord, listIn, missingParts, readMetaJson } from './meta-export.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer } from './types.ts';
import { facebookSource, type PartOf } from '../archive/sources.ts';

export const FACEBOOK_FILES = {
  posts: /(^|\/)posts\/your_posts(?:__check_ins__photos_and_videos)?_(\d+)\.json$/,
  albums: /(^|\/)(?:photos_and_videos|posts)\/album\/[^/]+\.json$/,
  comments: /(^|\/)comments(?:_and_reactions)?\/comments\.json$/,
  reactions:
    /(^|\/)(?:likes_and_reactions|comments_and_reactions)\/(?:posts_and_comments|likes_and_reactions(?:_(\d+))?)\.json$/,
  events: /(^|\/)events\/(?:your_event_responses|your_events)\.json$/,
  messages:
    /(^|\/)messages\/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)\/[^/]+\/message_(\d+)\.json$/,
};
/** The HTML format: posts as web pages, or any page under the 2023+ activity folders. */
const HTML_EXPORT =
  /(^|\/)(?:posts\/your_posts(?:__check_ins__photos_and_videos)?_\d+\.html|(?:your_facebook_activity|your_activity_across_facebook)\/.+\.html)$/;
/** Where the export's own folders start: uris in the JSON are relative to that. */
const ROOT =
  /^(.*?)(?:your_facebook_activity\/|your_activity_across_facebook\/|posts\/|photos_and_videos\/|comments\/|likes_and_reactions\/|events\/|messages\/)/;

const KNOWN_ATTACHMENTS = new Set([
  'media',
  'place',
  'life_event',
  'external_context',
  'text',
  'event',
  'note',
  'name',
  'for_sale_item',
  'fundraiser',
  'poll',
]);

interface FacebookPost {
  timestamp?: number;
  title?: string;
  data?: { post?: string }[];
  attachments?: { data?: Record<string, unknown>[] }[];
  tags?: Tagged;
}

export const facebookImporter: Importer<PartOf<typeof facebookSource>> = {
  name: 'facebook',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    return files.some(
      (file) =>
        FACEBOOK_FILES.posts.test(file) ||
        FACEBOOK_FILES.albums.test(file) ||
        HTML_EXPORT.test(file) ||
        /(^|\/)(?:your_facebook_activity|your_activity_across_facebook)\//.test(file),
    )
      ? 0.9
      : 0;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = await view.list();
    const wanted = (pattern: RegExp) => files.filter((file) => pattern.test(file));
    const [posts, albums, comments, events] = [
      wanted(FACEBOOK_FILES.posts),
      wanted(FACEBOOK_FILES.albums),
      wanted(FACEBOOK_FILES.comments),
      wanted(FACEBOOK_FILES.events),
    ];
    if (posts.length + albums.length + comments.length + events.length === 0) {
      if (files.some((file) => HTML_EXPORT.test(file)))
        throw new ImportInputError(
          `${view.label}: this is Facebook's HTML export, which inhale cannot read. Request the JSON one: Facebook → Settings & privacy → Settings → Accounts Center → Your information and permissions → Download your information → Download or transfer information; choose Format: JSON (and Media quality: High)`,
        );
      throw new ImportInputError(
        `${view.label}: no Facebook posts, albums, comments or events here (posts/your_posts_1.json or your_facebook_activity/posts/…): is this a Facebook JSON export? Point at the unzipped folder or the .zip`,
      );
    }
    const root = ROOT.exec([...posts, ...albums, ...comments, ...events][0]!)?.[1] ?? '';
    const context: FacebookContext = { view, root, timeZone: options.config.timeZone };
    for (const message of missingParts(files, FACEBOOK_FILES.posts))
      yield { type: 'warning', message };
    const seenFields = new Set<string>();
    yield* eachFile(posts, async function* (file) {
      const list = listIn(await readMetaJson(view, file, 'Facebook'), ['status_updates_v2']);
      yield* eachRecord(file, list, function* (post: FacebookPost) {
        for (const item of post.attachments?.flatMap((group) => group.data ?? []) ?? [])
          for (const field of Object.keys(item))
            if (!KNOWN_ATTACHMENTS.has(field) && !seenFields.has(field)) {
              seenFields.add(field);
              yield { type: 'unknown-field', field: `attachment.${field}` };
            }
        yield postItem(post, file, context);
      });
    });
    for (const file of albums)
      yield albumItem(await readMetaJson(view, file, 'Facebook'), file, context);
    for (const file of comments) yield* readComments(file, context);
    for (const file of events) yield* readEvents(file, context);
    if (options.include.has('reactions')) {
      const reactions = wanted(FACEBOOK_FILES.reactions);
      for (const message of missingParts(reactions, FACEBOOK_FILES.reactions))
        yield { type: 'warning', message };
      for (const file of reactions) yield* readReactions(file, context);
    }
    if (options.include.has('messages')) {
      const threads = wanted(FACEBOOK_FILES.messages);
      for (const message of missingParts(threads, FACEBOOK_FILES.messages))
        yield { type: 'warning', message };
      yield* readMessages(threads, files, context);
    }
  },
};

/** One post: its words, media, place, life event and shared link. */
function postItem(post: FacebookPost, file: string, context: FacebookContext): ImportItem {
  const date = epochDate(post.timestamp, context.timeZone);
  if (!date)
    return { type: 'skip', reason: 'post without a date', detail: `${file}: ${post.title ?? ''}` };
  const text = (post.data ?? [])
    .map((item) => (typeof item.post === 'string' ? item.post.trim() : ''))
    .filter(Boolean)
    .join('\n\n');
  const parts: string[] = text ? [plainTextToMarkdown(stripMentions(text))] : [];
  const media: ImportedMedia[] = [];
  let place: Place | undefined;
  let lifeEvent: string | undefined;
  for (const item of post.attachments?.flatMap((group) => group.data ?? []) ?? []) {
    if (isRecord(item.media)) {
      const one = mediaItem(item.media as FacebookMedia, context.root);
      if (one) media.push(one);
      const caption = (item.media as FacebookMedia).description?.trim();
      if (caption && !text.includes(caption)) parts.push(plainTextToMarkdown(caption));
    }
    if (isRecord(item.place)) place ??= placeOf(item.place as FacebookPlace);
    if (isRecord(item.life_event)) {
      const event = item.life_event as {
        title?: string;
        description?: string;
        place?: FacebookPlace;
      };
      lifeEvent = event.title ?? 'Life event';
      if (event.description) parts.push(plainTextToMarkdown(stripMentions(event.description)));
      if (event.place) place ??= placeOf(event.place);
    }
    const link = isRecord(item.external_context) ? item.external_context.url : undefined;
    if (typeof link === 'string' && /^https?:\/\//.test(link) && !text.includes(link))
      parts.push(`<${link}>`);
  }
  if (parts.length === 0 && media.length === 0 && !place && !lifeEvent)
    return { type: 'skip', reason: 'post without words, media or place', detail: post.title };
  const kind = lifeEvent
    ? 'life-event'
    : place && media.length === 0
      ? 'checkin'
      : !text && media.length > 0
        ? media.every((item) => item.type === 'video')
          ? 'video'
          : 'photo'
        : 'post';
  const key = `${text}\n${media.map((item) => item.from.split('/').pop()).join(',')}\n${lifeEvent ?? ''}`;
  const data: ImportedData = {
    id: `facebook:${kind}-${post.timestamp}-${shortHash(key, 6)}`,
    kind,
    date,
  };
  if (lifeEvent) data.title = lifeEvent;
  else if (kind === 'checkin' && place?.name) data.title = place.name;
  Object.assign(data, tagsAndPeople(text, post.tags));
  if (place) data.place = place;
  return { type: 'entry', entry: { data, body: parts.join('\n\n'), media, file } };
}

/** An album: one entry with every photo, dated by its earliest photo. */
function albumItem(album: unknown, file: string, context: FacebookContext): ImportItem {
  if (!isRecord(album) || !Array.isArray(album.photos))
    return { type: 'skip', reason: 'album without photos', detail: file };
  const photos = album.photos as FacebookMedia[];
  const times = photos.map((photo) => photo.creation_timestamp ?? 0).filter((time) => time > 0);
  const first = times.length > 0 ? Math.min(...times) : album.last_modified_timestamp;
  const date = epochDate(first, context.timeZone);
  const name = typeof album.name === 'string' ? album.name : '';
  if (!date) return { type: 'skip', reason: 'album without a date', detail: `${file}: ${name}` };
  const data: ImportedData = {
    id: `facebook:album-${first}-${shortHash(name, 6)}`,
    kind: 'album',
    date,
  };
  if (name) data.title = name;
  const description = typeof album.description === 'string' ? album.description.trim() : '';
  return {
    type: 'entry',
    entry: {
      data,
      body: description ? plainTextToMarkdown(description) : '',
      media: photos.flatMap((photo) => mediaItem(photo, context.root) ?? []),
      file,
    },
  };
}
