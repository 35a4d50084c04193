/**
 * Mastodon account archive (zip or folder): `outbox.json` (ActivityStreams: Create of a Note or
 * a Question, Announce for boosts), `actor.json`, `media_attachments/`. Content warnings are
 * kept (`contentWarning`), polls become a list, HTML becomes Markdown through the sanitizer.
 * Visibility: followers-only and direct posts are private; public and unlisted follow the
 * archive's default.
 */
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { htmlToMarkdown } from './html.ts';
import { eachFile, eachRecord } from './records.ts';
import { inZone } from '../archive/dates.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer, ImportOptions } from './types.ts';
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
  summary?: string | null;
  content?: string;
  inReplyTo?: string | null;
  sensitive?: boolean;
  to?: string[] | string;
  cc?: string[] | string;
  attachment?: { type?: string; mediaType?: string; url?: string; name?: string | null }[];
  tag?: { type?: string; name?: string; href?: string }[];
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
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    return files.some((file) => /(^|\/)outbox\.json$/.test(file)) &&
      files.some((file) => /(^|\/)actor\.json$/.test(file))
      ? 1
      : 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const { timeZone } = options.config;
    const files = await view.list();
    const outboxFile = files.find((file) => /(^|\/)outbox\.json$/.test(file));
    if (!outboxFile)
      throw new ImportInputError(
        `${view.label}: no outbox.json here: is this a Mastodon archive? Point at the unzipped folder or the .zip`,
      );
    const root = outboxFile.slice(0, -'outbox.json'.length);
    yield* eachFile([outboxFile], () => readOutbox(view, outboxFile, root, timeZone));
  },
};

/** outbox.json: one item per activity. */
async function* readOutbox(
  view: FileView,
  outboxFile: string,
  root: string,
  timeZone: string,
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

  yield* eachRecord(outboxFile, outbox.orderedItems, (activity: Activity) =>
    activityItems(activity, outboxFile, root, timeZone),
  );
}

function* activityItems(
  activity: Activity,
  outboxFile: string,
  root: string,
  timeZone: string,
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
          url: target,
          ...visibility(activity),
        },
        body: `Boosted <${target}>`,
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
  const media: ImportedMedia[] = (note.attachment ?? [])
    .filter((item) => item.url)
    .map((item) => ({
      from: `${root}${item.url!.replace(/^\/+/, '')}`,
      ...(item.name ? { alt: item.name } : {}),
      type: item.mediaType?.startsWith('video/')
        ? 'video'
        : item.mediaType?.startsWith('audio/')
          ? 'audio'
          : item.mediaType?.startsWith('image/')
            ? 'image'
            : 'file',
    }));
  yield { type: 'entry', entry: { data, body, media, file: outboxFile } };
}

/** Public and unlisted posts keep the archive's default; followers-only and direct are private. */
function visibility(item: { to?: string[] | string; cc?: string[] | string }): {
  visibility?: 'private';
} {
  return [...list(item.to), ...list(item.cc)].includes(PUBLIC) ? {} : { visibility: 'private' };
}
