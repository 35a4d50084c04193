/**
 * Instagram "Download Your Information", JSON format: posts (`content/posts_1.json`, or under
 * `your_instagram_activity/content/` or `…/media/` since 2023; a carousel is one post with many
 * media), stories (`stories.json`, `ig_stories`), reels (`reels.json`, `ig_reels_media`) and the
 * comments you wrote (`post_comments_1.json`, `comments/post_comments.json`); and the older
 * layout (2018–2019: `media.json` with `photos`, `videos`, `stories` of `{caption, taken_at,
 * location, path}`, and `comments.json`). Strings are repaired as for Facebook (meta-export.ts).
 * Opt-in: direct messages (`--include messages`, Messenger's format, facebook-messages.ts), the
 * posts you liked (`likes`) and saved (`saved`), instagram-activity.ts. Every file is accounted
 * for (coverage.ts): read, left out on purpose (instagram-files.ts), or damaged and named.
 */
import { shortHash } from '../archive/paths.ts';
import type { FacebookContext } from './facebook-activity.ts';
import { readMessages } from './facebook-messages.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { plainTextToMarkdown } from './html.ts';
import {
  captionTags,
  epochDate,
  exportPath,
  FileOutcomes,
  isRecord,
  listIn,
  mediaType,
  missingParts,
  readFileRecords,
  readMetaJson,
} from './meta-export.ts';
import { withLeftOutFiles } from './meta-left-out.ts';
import { readLiked } from './instagram-activity.ts';
import { readInstagramComments } from './instagram-comments.ts';
import { INSTAGRAM_FILES, leftOut } from './instagram-files.ts';
import { eachFile } from './records.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer, ImportOptions } from './types.ts';
import { instagramSource, type PartOf } from '../archive/sources.ts';

export { INSTAGRAM_FILES } from './instagram-files.ts';

type Exif = { latitude?: number; longitude?: number }[];
interface InstagramMedia {
  uri?: string;
  creation_timestamp?: number;
  title?: string;
  /** Where the phone recorded it: a photo's, and since 2022 a video's too. */
  media_metadata?: { photo_metadata?: { exif_data?: Exif }; video_metadata?: { exif_data?: Exif } };
}
interface InstagramPost {
  media?: InstagramMedia[];
  title?: string;
  creation_timestamp?: number;
}

export const instagramImporter: Importer<PartOf<typeof instagramSource>> = {
  name: 'instagram',
  version: '2',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    return files.some(
      (file) =>
        INSTAGRAM_FILES.posts.test(file) ||
        INSTAGRAM_FILES.stories.test(file) ||
        INSTAGRAM_FILES.html.test(file) ||
        (INSTAGRAM_FILES.legacyMedia.test(file) && !file.includes('/media/')),
    )
      ? 0.9
      : 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const files = await view.list();
    const wanted = (pattern: RegExp) => files.filter((file) => pattern.test(file));
    const posts = wanted(INSTAGRAM_FILES.posts);
    const stories = wanted(INSTAGRAM_FILES.stories);
    const reels = wanted(INSTAGRAM_FILES.reels);
    const legacy = wanted(INSTAGRAM_FILES.legacyMedia);
    if (posts.length + stories.length + reels.length + legacy.length === 0) {
      if (files.some((file) => INSTAGRAM_FILES.html.test(file)))
        throw new ImportInputError(
          `${view.label}: this is Instagram's HTML export, which inhale cannot read. Request the JSON one: Instagram → Settings → Accounts Center → Your information and permissions → Download your information; choose Format: JSON`,
        );
      throw new ImportInputError(
        `${view.label}: no content/posts_1.json, stories.json or media.json here: is this an Instagram JSON export? Point at the unzipped folder or the .zip`,
      );
    }
    const timeZone = options.config.timeZone;
    // Media paths in the JSON start at the export's root: `media/posts/202401/….jpg`.
    const root = /^(.*?)(?:your_instagram_activity\/|content\/|media\/|media\.json$)/.exec(
      [...posts, ...stories, ...reels, ...legacy][0]!,
    )![1]!;
    for (const message of missingParts(files, INSTAGRAM_FILES.posts))
      yield { type: 'warning', message };
    const outcomes = new FileOutcomes();
    yield* withLeftOutFiles(
      readAll(view, files, options, { root, timeZone, outcomes }),
      files,
      outcomes,
      (file) => leftOut(file, options.include),
    );
  },
};

/** Every file the import reads: posts, stories, reels, the older media.json, comments, and the opt-in parts. */
async function* readAll(
  view: FileView,
  files: string[],
  options: ImportOptions,
  context: { root: string; timeZone: string; outcomes: FileOutcomes },
): AsyncIterable<ImportItem> {
  const { root, timeZone, outcomes } = context;
  const wanted = (pattern: RegExp) => files.filter((file) => pattern.test(file));
  const lists: [
    string[],
    string[],
    (record: InstagramPost & InstagramMedia, file: string) => ImportItem,
  ][] = [
    [
      wanted(INSTAGRAM_FILES.posts),
      [],
      (post, file) => postItem('post', post, file, root, timeZone),
    ],
    [
      wanted(INSTAGRAM_FILES.stories),
      ['ig_stories'],
      (story, file) => postItem('story', { media: [story] }, file, root, timeZone),
    ],
    [
      wanted(INSTAGRAM_FILES.reels),
      ['ig_reels_media'],
      (reel, file) => postItem('reel', reel, file, root, timeZone),
    ],
  ];
  for (const [group, keys, item] of lists)
    yield* eachFile(group, (file) =>
      readFileRecords(
        view,
        file,
        'Instagram',
        outcomes,
        (parsed) => listIn(parsed, keys),
        (record: InstagramPost & InstagramMedia) => [item(record, file)],
      ),
    );
  yield* eachFile(wanted(INSTAGRAM_FILES.legacyMedia), (file) =>
    readLegacyMedia(view, file, root, timeZone, outcomes),
  );
  yield* eachFile(
    [...wanted(INSTAGRAM_FILES.comments), ...wanted(INSTAGRAM_FILES.legacyComments)],
    (file) => readInstagramComments(view, file, timeZone, outcomes),
  );
  if (options.include.has('likes'))
    yield* eachFile(wanted(INSTAGRAM_FILES.likedPosts), (file) =>
      readLiked(view, file, 'like', timeZone, outcomes),
    );
  if (options.include.has('saved'))
    yield* eachFile(wanted(INSTAGRAM_FILES.savedPosts), (file) =>
      readLiked(view, file, 'saved', timeZone, outcomes),
    );
  if (options.include.has('messages')) {
    const threads = wanted(INSTAGRAM_FILES.messages);
    for (const message of missingParts(threads, INSTAGRAM_FILES.messages))
      yield { type: 'warning', message };
    const messages: FacebookContext = { view, root, timeZone, outcomes };
    yield* readMessages(threads, files, messages, {
      prefix: 'instagram',
      label: 'Instagram',
      owner: await ownerName(view, files),
    });
  }
}

/** The account's name as direct messages write their sender, from personal_information.json. */
async function ownerName(view: FileView, files: string[]): Promise<string | undefined> {
  const file = files.find((name) => INSTAGRAM_FILES.profile.test(name));
  if (!file) return undefined;
  const parsed = await readMetaJson(view, file, 'Instagram').catch(() => undefined);
  const user = listIn(isRecord(parsed) ? parsed.profile_user : undefined, []).find(isRecord);
  const map = isRecord(user?.string_map_data) ? user.string_map_data : {};
  for (const key of ['Name', 'Username']) {
    const value = isRecord(map[key]) ? map[key].value : undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** A post, story or reel: caption, media (a carousel keeps them all), tags, people, place. */
function postItem(
  kind: 'post' | 'story' | 'reel',
  post: InstagramPost,
  file: string,
  root: string,
  timeZone: string,
): ImportItem {
  const media = post.media ?? [];
  const first = media[0];
  const timestamp = post.creation_timestamp ?? first?.creation_timestamp;
  const date = epochDate(timestamp, timeZone);
  const caption = (post.title || (media.length === 1 ? first?.title : '') || '').trim();
  if (!date || !first?.uri)
    return {
      type: 'skip',
      reason: `${kind} without a date or media`,
      detail: `${file}: ${caption.slice(0, 60)}`,
    };
  const items: ImportedMedia[] = media.flatMap((item) => {
    const from = exportPath(root, item.uri);
    return from ? [{ from, type: mediaType(from) }] : [];
  });
  const data: ImportedData = {
    id: `instagram:${kind}-${timestamp}-${shortHash(first.uri.split('/').pop()!, 6)}`,
    kind,
    date,
    ...tagsOf(caption),
  };
  const exif = media
    .flatMap((item) => [
      ...(item.media_metadata?.photo_metadata?.exif_data ?? []),
      ...(item.media_metadata?.video_metadata?.exif_data ?? []),
    ])
    .find((item) => typeof item.latitude === 'number' && typeof item.longitude === 'number');
  if (exif && (exif.latitude || exif.longitude))
    data.place = {
      lat: Number(exif.latitude!.toFixed(6)),
      lon: Number(exif.longitude!.toFixed(6)),
    };
  return { type: 'entry', entry: { data, body: plainTextToMarkdown(caption), media: items, file } };
}

function tagsOf(caption: string): { tags?: string[]; people?: string[] } {
  const { tags, people } = captionTags(caption);
  return { ...(tags.length > 0 ? { tags } : {}), ...(people.length > 0 ? { people } : {}) };
}

interface LegacyMedia {
  caption?: string;
  taken_at?: string;
  location?: string;
  path?: string;
}

/** media.json (2018–2019): `taken_at` is UTC, written without an offset. */
function readLegacyMedia(
  view: FileView,
  file: string,
  root: string,
  timeZone: string,
  outcomes: FileOutcomes,
): AsyncIterable<ImportItem> {
  const groups: [string, 'post' | 'story'][] = [
    ['photos', 'post'],
    ['videos', 'post'],
    ['stories', 'story'],
  ];
  const itemsOf = (parsed: unknown) =>
    isRecord(parsed)
      ? groups.flatMap(([key, kind]) =>
          listIn(parsed[key], []).map((item) => (isRecord(item) ? { ...item, kind } : item)),
        )
      : [];
  return readFileRecords(
    view,
    file,
    'Instagram',
    outcomes,
    itemsOf,
    function* (item: LegacyMedia & { kind: 'post' | 'story' }) {
      const { kind } = item;
      const taken = item.taken_at?.replace(/(?<!Z|[+-]\d{2}:?\d{2})$/, 'Z');
      const instant = taken ? Date.parse(taken) : NaN;
      if (!item.path || Number.isNaN(instant))
        return yield {
          type: 'skip',
          reason: `${kind} without a date or media`,
          detail: `${file}: ${item.path ?? ''}`,
        };
      const caption = (item.caption ?? '').trim();
      const from = exportPath(root, item.path)!;
      const data: ImportedData = {
        id: `instagram:${kind}-${instant / 1000}-${shortHash(item.path.split('/').pop()!, 6)}`,
        kind,
        date: epochDate(instant / 1000, timeZone)!,
        ...tagsOf(caption),
      };
      if (item.location) data.place = { name: item.location };
      yield {
        type: 'entry',
        entry: {
          data,
          body: plainTextToMarkdown(caption),
          media: [{ from, type: mediaType(from) }],
          file,
        },
      };
    },
  );
}
