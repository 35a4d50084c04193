/**
 * Facebook "Download Your Information", JSON format, in the 2020–2022 layout
 * (`posts/your_posts_1.json`, `photos_and_videos/album/0.json`, `comments/comments.json`, …)
 * and the 2023+ one (`your_activity_across_facebook/…` or `your_facebook_activity/posts/
 * your_posts__check_ins__photos_and_videos_1.json`, `…/posts/album/0.json`, …). Posts, check-ins,
 * life events, albums, comments and events; reactions and Messenger only when asked. The HTML
 * format is refused: it has no structure worth trusting. Strings are repaired (meta-export.ts).
 * Every file is accounted for (coverage.ts): read, left out on purpose (facebook-files.ts), or
 * damaged (skipped and named; the rest is imported).
 */
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import {
  readComments,
  readEvents,
  readLooseMedia,
  readNotes,
  readPolls,
  readReactions,
  type FacebookContext,
} from './facebook-activity.ts';
import { FACEBOOK_FILES, leftOut } from './facebook-files.ts';
import { readMessages } from './facebook-messages.ts';
import { albumItem, KNOWN_ATTACHMENTS, postItem, type FacebookPost } from './facebook-posts.ts';
import { eachFile } from './records.ts';
import { FileOutcomes, listIn, missingParts, readFileRecords } from './meta-export.ts';
import { withLeftOutFiles } from './meta-left-out.ts';
import type { ImportItem, Importer } from './types.ts';
import { facebookSource, type PartOf } from '../archive/sources.ts';

export { FACEBOOK_FILES } from './facebook-files.ts';

/** The HTML format: posts as web pages, or any page under the 2023+ activity folders. */
const HTML_EXPORT =
  /(^|\/)(?:posts\/your_posts(?:__check_ins__photos_and_videos)?_\d+\.html|(?:your_facebook_activity|your_activity_across_facebook)\/.+\.html)$/;
/** Where the export's own folders start: uris in the JSON are relative to that. */
const ROOT =
  /^(.*?)(?:your_facebook_activity\/|your_activity_across_facebook\/|posts\/|photos_and_videos\/|comments\/|comments_and_reactions\/|groups\/|notes\/|polls\/|likes_and_reactions\/|events\/|messages\/)/;

export const facebookImporter: Importer<PartOf<typeof facebookSource>> = {
  name: 'facebook',
  version: '2',

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
    const groups = {
      posts: wanted(FACEBOOK_FILES.posts),
      albums: wanted(FACEBOOK_FILES.albums),
      comments: wanted(FACEBOOK_FILES.comments),
      groupPosts: wanted(FACEBOOK_FILES.groupPosts),
      groupComments: wanted(FACEBOOK_FILES.groupComments),
      events: wanted(FACEBOOK_FILES.events),
      notes: wanted(FACEBOOK_FILES.notes),
      polls: wanted(FACEBOOK_FILES.polls),
      loose: wanted(FACEBOOK_FILES.loose),
    };
    const known = Object.values(groups).flat();
    if (known.length === 0) {
      if (files.some((file) => HTML_EXPORT.test(file)))
        throw new ImportInputError(
          `${view.label}: this is Facebook's HTML export, which inhale cannot read. Request the JSON one: Facebook → Settings & privacy → Settings → Accounts Center → Your information and permissions → Download your information → Download or transfer information; choose Format: JSON (and Media quality: High)`,
        );
      throw new ImportInputError(
        `${view.label}: no Facebook posts, albums, comments or events here (posts/your_posts_1.json or your_facebook_activity/posts/…): is this a Facebook JSON export? Point at the unzipped folder or the .zip`,
      );
    }
    const root = ROOT.exec(known[0]!)?.[1] ?? '';
    const context: FacebookContext = {
      view,
      root,
      timeZone: options.config.timeZone,
      outcomes: new FileOutcomes(),
    };
    for (const message of missingParts(files, FACEBOOK_FILES.posts))
      yield { type: 'warning', message };
    const shown = new Set<string>();
    yield* withLeftOutFiles(
      readAll(groups, files, context, options.include, shown),
      files,
      context.outcomes,
      (file) => leftOut(file, options.include),
      shown,
    );
  },
};

/** Every file the import reads, in order: posts, albums, comments, groups, events, notes, polls. */
async function* readAll(
  groups: Record<
    | 'posts'
    | 'albums'
    | 'comments'
    | 'groupPosts'
    | 'groupComments'
    | 'events'
    | 'notes'
    | 'polls'
    | 'loose',
    string[]
  >,
  files: string[],
  context: FacebookContext,
  include: ReadonlySet<string>,
  /** The media files the entries so far show: a loose photo already in a post is not twice. */
  shown: ReadonlySet<string>,
): AsyncIterable<ImportItem> {
  const { view } = context;
  const seenFields = new Set<string>();
  const posts = (group: boolean) =>
    async function* (file: string) {
      yield* readFileRecords(
        view,
        file,
        'Facebook',
        context.outcomes,
        (parsed) => listIn(parsed, ['status_updates_v2', 'group_posts_v2', 'group_posts']),
        function* (post: FacebookPost) {
          for (const item of post.attachments?.flatMap((entry) => entry.data ?? []) ?? [])
            for (const field of Object.keys(item ?? {}))
              if (!KNOWN_ATTACHMENTS.has(field) && !seenFields.has(field)) {
                seenFields.add(field);
                yield { type: 'unknown-field', field: `attachment.${field}` };
              }
          yield postItem(post, file, context, { group });
        },
      );
    };
  yield* eachFile(groups.posts, posts(false));
  yield* eachFile(groups.albums, (file) =>
    readFileRecords(
      view,
      file,
      'Facebook',
      context.outcomes,
      (parsed) => [parsed],
      (album: object) => [albumItem(album, file, context)],
    ),
  );
  yield* eachFile([...groups.comments, ...groups.groupComments], (file) =>
    readComments(file, context),
  );
  yield* eachFile(groups.groupPosts, posts(true));
  yield* eachFile(groups.events, (file) => readEvents(file, context));
  yield* eachFile(groups.notes, (file) => readNotes(file, context));
  yield* eachFile(groups.polls, (file) => readPolls(file, context));
  yield* eachFile(groups.loose, (file) => readLooseMedia(file, context, shown));
  if (include.has('reactions')) {
    const reactions = files.filter((file) => FACEBOOK_FILES.reactions.test(file));
    for (const message of missingParts(reactions, FACEBOOK_FILES.reactions))
      yield { type: 'warning', message };
    yield* eachFile(reactions, (file) => readReactions(file, context));
  }
  if (include.has('messages')) {
    const threads = files.filter((file) => FACEBOOK_FILES.messages.test(file));
    for (const message of missingParts(threads, FACEBOOK_FILES.messages))
      yield { type: 'warning', message };
    yield* readMessages(threads, files, context);
  }
}
