/**
 * Bluesky: the account's repository as a CAR file (`repo.car`, from Settings → Account →
 * Export my data, or `com.atproto.sync.getRepo`), alone or in a folder with its blobs (files
 * named by their CID). Posts (replies linked to their parent and their thread's root, quotes
 * linked), reposts, likes with --include likes; the profile gives nothing but is counted. Every
 * record the latest commit's tree holds is accounted for: a record a repo slice lacks, and the
 * images whose blobs are not there, are named in the report (bluesky-repo.ts reads the CAR).
 */
import { authorOf, mentionedHandles } from './bluesky-handles.ts';
import { readRepo, type Repo, type RepoRecord } from './bluesky-repo.ts';
import { linkTarget, richText } from './bluesky-text.ts';
import type { FileView } from './file-view.ts';
import { FileTooLargeError, ImportInputError } from './file-view.ts';
import { escapeMarkup, markdownLink } from './html.ts';
import { oneRecord, tooLarge } from './records.ts';
import { inZone } from '../archive/dates.ts';
import { blueskySource, type PartOf } from '../archive/sources.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer, ImportOptions } from './types.ts';

type Part = PartOf<typeof blueskySource>;

const POST = 'app.bsky.feed.post';
const CID_NAME = /(?:^|\/)(baf[a-z2-7]{50,})(?:\.[a-z0-9]+)?$/;

interface Context {
  file: string;
  repo: Repo;
  timeZone: string;
  include: ReadonlySet<Part>;
  /** Blob files beside the CAR, by CID. */
  blobFiles: Map<string, string>;
  /** Images a post shows whose blob is nowhere in the export. */
  absentImages: string[];
  /** Other accounts' handles by DID, as the posts' mentions show them (bluesky-handles.ts). */
  handles: Map<string, string>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** `at://did:plc:x/app.bsky.feed.post/3k` → the id inhale gives it, `bluesky:did:plc:x/…/3k`. */
export const idOf = (uri: string) => `bluesky:${uri.replace(/^at:\/\//, '')}`;

/** The post's page on bsky.app, for an at:// URI of a post; undefined for any other. */
export function webUrl(uri: string): string | undefined {
  const match =
    /^at:\/\/(did:[a-z]+:[A-Za-z0-9._:%-]+)\/app\.bsky\.feed\.post\/([A-Za-z0-9._~:-]+)$/.exec(uri);
  return match ? `https://bsky.app/profile/${match[1]}/post/${match[2]}` : undefined;
}

export const blueskyImporter: Importer<Part> = {
  name: 'bluesky',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const cars = (await view.list()).filter((file) => /\.car$/i.test(file));
    if (cars.length === 0) return 0;
    // A CAR's first bytes: a varint length, then a CBOR map with "roots" and "version".
    const head = (await view.buffer(cars[0]!)).subarray(0, 64).toString('latin1');
    return head.includes('roots') && head.includes('version') ? 1 : 0.5;
  },

  async *read(view: FileView, options: ImportOptions<Part>): AsyncIterable<ImportItem> {
    const files = await view.list();
    const cars = files.filter((file) => /\.car$/i.test(file));
    if (cars.length === 0)
      throw new ImportInputError(
        `${view.label}: no .car file here: is this a Bluesky repository export (repo.car)?`,
      );
    const blobFiles = new Map<string, string>();
    for (const file of files) {
      const cid = CID_NAME.exec(file)?.[1];
      if (cid && !/\.car$/i.test(file)) blobFiles.set(cid, file);
    }
    let read = 0;
    for (const [index, file] of cars.entries()) {
      let repo: Repo;
      try {
        repo = readRepo(await view.buffer(file), `${view.label}/${file}`);
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          yield tooLarge(error);
          continue;
        }
        // One damaged CAR of several is named; the others are imported. Alone, it is an error.
        if (!(error instanceof ImportInputError) || (read === 0 && index === cars.length - 1))
          throw error;
        const reason = error.message.slice(error.message.indexOf(': ') + 2);
        yield { type: 'file', account: { file, status: 'not-understood', reason } };
        yield { type: 'warning', message: error.message };
        continue;
      }
      read++;
      const context: Context = {
        file,
        repo,
        timeZone: options.config.timeZone,
        include: options.include,
        blobFiles,
        absentImages: [],
        handles: mentionedHandles(repo.records),
      };
      yield { type: 'file', account: { file, status: 'read', records: repo.records.length } };
      if (repo.missingNodes > 0)
        yield {
          type: 'warning',
          message: `${file}: ${repo.missingNodes} part(s) of the repository's tree are not in this CAR (a repo slice?): the records under them are not known`,
        };
      for (const [index, record] of repo.records.entries()) {
        // Records left out on purpose are counted, not each named in the report.
        const reason = leftOut(record, context);
        if (reason) yield { type: 'skip', reason, file };
        else
          for await (const item of oneRecord(
            file,
            index,
            // `uri` names the record in the report when reading it fails (records.ts).
            { ...record, uri: `at://${repo.did}/${record.key}` },
            (found: RepoRecord) => recordItems(found, context),
          ))
            yield item.type === 'skip' ? { ...item, file } : item;
      }
      if (context.absentImages.length > 0)
        yield {
          type: 'warning',
          message: `${file}: ${context.absentImages.length} image(s) are not in the export (Bluesky keeps blobs apart from the CAR; their descriptions are kept): ${context.absentImages.slice(0, 10).join(', ')}${context.absentImages.length > 10 ? ', …' : ''}`,
        };
    }
  },
};

function* recordItems(record: RepoRecord, context: Context): Iterable<ImportItem> {
  const { file } = context;
  if (record.missing) {
    yield {
      type: 'skip',
      reason: 'record not in this CAR (a repo slice)',
      detail: `its block ${record.cid} is missing`,
    };
    return;
  }
  if (!record.value) {
    yield {
      type: 'unknown-record',
      file,
      detail: `${record.key}: ${record.error ?? 'unreadable'}`,
    };
    return;
  }
  const uri = `at://${context.repo.did}/${record.key}`;
  const value = record.value;
  if (record.collection === POST) yield* postItems(uri, value, context);
  else if (record.collection === 'app.bsky.feed.repost')
    yield* subjectItem('repost', uri, value, context);
  else if (record.collection === 'app.bsky.feed.like')
    yield* subjectItem('like', uri, value, context);
}

/** Why a record that is there is left out on purpose; undefined for one inhale imports. */
function leftOut(record: RepoRecord, context: Context): string | undefined {
  if (!record.value) return undefined;
  if (record.collection === 'app.bsky.feed.like')
    return context.include.has('likes') ? undefined : 'like (--include likes imports them)';
  if (record.collection === 'app.bsky.actor.profile') return 'the account profile (not an entry)';
  if (record.collection === POST || record.collection === 'app.bsky.feed.repost') return undefined;
  return `record of ${record.collection}`;
}

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/**
 * When a record key that is a TID (13 base32-sortable characters: microseconds since the epoch,
 * then a clock id) says the record was made, in milliseconds; undefined for another key.
 */
export function tidTime(rkey: string): number | undefined {
  if (!/^[2-7a-j][2-7a-z]{12}$/.test(rkey)) return undefined;
  let value = 0n;
  for (const character of rkey) value = value * 32n + BigInt(TID_ALPHABET.indexOf(character));
  return Number(value >> 10n) / 1000;
}

/** A day: a post whose createdAt is earlier than its key by more was brought from elsewhere. */
const BACKDATED_MS = 24 * 3600 * 1000;

/** The record's date: its `createdAt` (what the client said: an imported post keeps its original date). */
function dateOf(value: Record<string, unknown>, context: Context): string {
  const created = stringOf(value.createdAt);
  if (!created) throw new Error('no createdAt');
  return inZone(created, context.timeZone);
}

function* postItems(
  uri: string,
  value: Record<string, unknown>,
  context: Context,
): Iterable<ImportItem> {
  const text = typeof value.text === 'string' ? value.text : '';
  const rich = richText(text, value.facets, value.entities);
  const data: ImportedData = {
    id: idOf(uri),
    kind: 'post',
    date: dateOf(value, context),
  };
  const url = webUrl(uri);
  if (url) data.url = url;
  const posted = tidTime(uri.slice(uri.lastIndexOf('/') + 1));
  if (posted !== undefined && Date.parse(data.date) < posted - BACKDATED_MS)
    data.posted = inZone(
      new Date(Math.floor(posted / 1000) * 1000).toISOString(),
      context.timeZone,
    );
  const reply = isObject(value.reply) ? value.reply : undefined;
  const parent = isObject(reply?.parent) ? stringOf(reply.parent.uri) : undefined;
  const root = isObject(reply?.root) ? stringOf(reply.root.uri) : undefined;
  if (parent) {
    data.kind = 'reply';
    data.inReplyTo = idOf(parent);
    data.thread = idOf(root ?? parent);
  }
  const tags = [...rich.tags, ...(Array.isArray(value.tags) ? value.tags : [])].filter(
    (tag): tag is string => typeof tag === 'string' && tag.trim() !== '',
  );
  if (tags.length > 0) data.tags = [...new Set(tags)];
  if (rich.people.length > 0) data.people = rich.people;
  const parts = [rich.markdown];
  const media: ImportedMedia[] = [];
  embedParts(value.embed, context, uri, parts, media);
  const body = parts.filter((part) => part !== '').join('\n\n');
  yield { type: 'entry', entry: { data, body, media, file: context.file } };
}

/** What an embed adds: images (as media, or their descriptions), a link card, a quoted post. */
function embedParts(
  embed: unknown,
  context: Context,
  uri: string,
  parts: string[],
  media: ImportedMedia[],
): void {
  if (!isObject(embed)) return;
  if (embed.$type === 'app.bsky.embed.recordWithMedia') {
    embedParts(embed.media, context, uri, parts, media);
    embedParts(embed.record, context, uri, parts, media);
  } else if (embed.$type === 'app.bsky.embed.images' && Array.isArray(embed.images)) {
    const absent: string[] = [];
    for (const image of embed.images) {
      if (!isObject(image)) continue;
      const alt = stringOf(image.alt);
      const found = blobOf(image.image, context);
      if (found) media.push({ ...found, ...(alt ? { alt } : {}), type: 'image' });
      else {
        context.absentImages.push(`${uri.split('/').pop()} (${blobCid(image.image) ?? '?'})`);
        absent.push(`\\[Image${alt ? `: ${escapeMarkup(alt)}` : ''}\\]`);
      }
    }
    if (absent.length > 0) parts.push(absent.join(' '));
  } else if (embed.$type === 'app.bsky.embed.external' && isObject(embed.external)) {
    const card = stringOf(embed.external.uri);
    const link = card ? linkTarget(card) : undefined;
    // A link card for a link the text already has adds its title only.
    if (link && !parts[0]?.includes(`](${link})`))
      parts.push(markdownLink(stringOf(embed.external.title) ?? card!, link));
  } else if (embed.$type === 'app.bsky.embed.record' && isObject(embed.record)) {
    const quoted = stringOf(embed.record.uri);
    const url = quoted ? webUrl(quoted) : undefined;
    if (url) parts.push(`Quoting <${url}>`);
  }
}

/** A blob's CID: `{$type: 'blob', ref: {$link}}`, or the 2022 form `{cid, mimeType}`. */
function blobCid(blob: unknown): string | undefined {
  if (!isObject(blob)) return undefined;
  if (isObject(blob.ref) && typeof blob.ref.$link === 'string') return blob.ref.$link;
  return stringOf(blob.cid);
}

function blobOf(
  blob: unknown,
  context: Context,
): Pick<ImportedMedia, 'from' | 'bytes'> | undefined {
  const cid = blobCid(blob);
  if (!cid) return undefined;
  const file = context.blobFiles.get(cid);
  if (file) return { from: file };
  const bytes = context.repo.blobs.get(cid);
  if (!bytes) return undefined;
  const type = isObject(blob) ? stringOf(blob.mimeType) : undefined;
  const extension = type?.match(/^image\/(jpeg|png|webp|gif|avif)$/)?.[1]?.replace('jpeg', 'jpg');
  return { from: `${cid}.${extension ?? 'bin'}`, bytes };
}

/** A repost or a like: the post it is of, as a link. */
function* subjectItem(
  kind: 'repost' | 'like',
  uri: string,
  value: Record<string, unknown>,
  context: Context,
): Iterable<ImportItem> {
  const subject = isObject(value.subject) ? stringOf(value.subject.uri) : undefined;
  if (!subject) throw new Error(`${kind} without a subject`);
  const url = webUrl(subject);
  const data: ImportedData = { id: idOf(uri), kind, date: dateOf(value, context) };
  if (url) data.url = url;
  // Whose post it is: their handle when a mention of yours gave it, else their DID (people.yaml
  // can name either, as `bluesky:`). Your own posts name no one.
  const author = authorOf(subject);
  if (author && author !== context.repo.did) data.from = context.handles.get(author) ?? author;
  const verb = kind === 'repost' ? 'Reposted' : 'Liked';
  const body = url ? `${verb} <${url}>` : `${verb} ${escapeMarkup(subject)}`;
  yield { type: 'entry', entry: { data, body, media: [], file: context.file } };
}
