/**
 * The archive format, defined once. Importers, the writer, `inhale check` and the build all
 * validate against these schemas; everything else trusts the derived types.
 * Human documentation: docs/archive-format.md (keep the two in step).
 */
import { z } from 'zod';

import { parseIsoParts } from './dates.ts';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const VisibilitySchema = z.enum(['private', 'friends', 'public']);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const EntryDateSchema = z
  .string({ error: 'expected an ISO 8601 date such as 2014-03-01T10:00:00+01:00' })
  .refine((value) => parseIsoParts(value) !== undefined, {
    error: 'expected an ISO 8601 date such as 2014-03-01T10:00:00+01:00',
  });

export const PlaceSchema = z.looseObject({
  name: z.string().optional(),
  /** The country's name; the build finds it from the coordinates when it is missing. */
  country: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export type Place = z.infer<typeof PlaceSchema>;

export const MediaSchema = z.looseObject({
  /** Relative to the entry's folder; may not leave the archive. */
  path: z.string().min(1),
  alt: z.string().optional(),
  type: z.enum(['image', 'video', 'audio', 'file']).optional(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  /**
   * A custom emoji's image (Mastodon): the `:shortcode:` it stands for, shown inline at the size
   * of the text wherever the body says it, and never in the entry's gallery.
   */
  emoji: z
    .string()
    .regex(/^:[A-Za-z0-9_]+:$/, { error: 'expected a shortcode such as :blobcat:' })
    .optional(),
});
export type Media = z.infer<typeof MediaSchema>;

export const ProvenanceSchema = z.looseObject({
  /** The export file the entry came from, relative to the export's root. */
  file: z.string(),
  importer: z.string(),
  version: z.string(),
  /** sha256 of the file as the importer wrote it: a different hash now means a hand edit. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'expected sha256:<64 hex digits>' }),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

const stringList = z.array(z.string().min(1), { error: 'expected a list of strings' });

export const EntrySchema = z.looseObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*:\S+$/, {
    error: 'expected "source:originalId", for example twitter:1234 or journal:2024-05-01-walk',
  }),
  source: z.string().regex(SLUG_PATTERN, { error: 'expected a lower-case word such as twitter' }),
  kind: z.string().regex(SLUG_PATTERN, { error: 'expected a lower-case word such as post' }),
  date: EntryDateSchema,
  title: z.string().optional(),
  tags: stringList.optional(),
  people: stringList.optional(),
  place: PlaceSchema.optional(),
  media: z.array(MediaSchema).optional(),
  inReplyTo: z.string().optional(),
  /** Entries with the same thread are one conversation, even when the replies between them are missing. */
  thread: z.string().optional(),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  visibility: VisibilitySchema.optional(),
  /** Shown before the body, which stays folded until opened (Mastodon's content warning). */
  contentWarning: z.string().optional(),
  /** Camera, lens and exposure of a photo, as read from EXIF; shown on its page. */
  camera: z.string().optional(),
  lens: z.string().optional(),
  exposure: z.string().optional(),
  provenance: ProvenanceSchema.optional(),
});
/** An entry's front matter as validated. Unknown fields are kept. */
export type EntryData = z.infer<typeof EntrySchema>;

/**
 * Fields importers write besides the entry's own (docs/archive-format.md): kept as they are and
 * not checked by EntrySchema, so a person may write anything there; they type importers' output.
 */
export const ImportedFieldsSchema = z.object({
  /** Where the date came from, when not from the item itself or without an offset. */
  dateSource: z
    .enum([
      'exif-local',
      'taken-local',
      'upload-time',
      'file-time',
      'received-header',
      'mbox-envelope',
      // The export gives the calendar day only (Twitter's 2006–2008 tweets): a `YYYY-MM-DD` date.
      'day',
      'exif-digitized',
      'exif-modified',
      'date-added',
    ])
    .optional(),
  /** Mail and direct messages: whether you sent it. */
  direction: z.enum(['sent', 'received']).optional(),
  messageId: z.string().optional(),
  /** A conversation's name or id (direct messages, Messenger). */
  conversation: z.string().optional(),
  /** The sender of a message in a conversation, or of a mail: `Name <address>`. */
  from: z.string().optional(),
  /** Mail: its recipients, `Name <address>` each. */
  to: z.array(z.string()).optional(),
  cc: z.array(z.string()).optional(),
  /** Likes, reposts and replies, where the export counts them (Twitter's favorite_count, retweet_count). */
  counts: z
    .object({
      likes: z.number().int().min(0).optional(),
      reposts: z.number().int().min(0).optional(),
      replies: z.number().int().min(0).optional(),
    })
    .optional(),
  /** A liked post's id (Twitter's likes). */
  likedTweet: z.string().optional(),
  /** A Facebook reaction: `like`, `love`, … */
  reaction: z.string().optional(),
  /** Flickr: when the photo was uploaded, its licence and machine tags. */
  uploaded: z.string().optional(),
  license: z.string().optional(),
  machineTags: z.array(z.string()).optional(),
  /** An event's start and end: an ISO date-time with its offset, or a date for an all-day event. */
  start: z.string().optional(),
  end: z.string().optional(),
  /** When the post was last edited (Mastodon's `updated`), ISO 8601 with offset. */
  updated: z.string().optional(),
  /** A day of listening (Spotify): its plays, its minutes and the artist heard longest. */
  plays: z.number().int().min(0).optional(),
  minutes: z.number().int().min(0).optional(),
  topArtist: z.string().optional(),
  /** A day of watching (YouTube): its videos and the channel watched most; a day's searches. */
  videos: z.number().int().min(0).optional(),
  topChannel: z.string().optional(),
  searches: z.number().int().min(0).optional(),
  /** A comment (YouTube): the title of the video it is on, and that video's channel. */
  video: z.string().optional(),
  channel: z.string().optional(),
  /** Reddit: the community a post, comment or saved post is in, without `r/`. */
  subreddit: z.string().optional(),
  /** Day One: the weather where the entry was written, temperature in degrees Celsius. */
  weather: z
    .object({ temperature: z.number().optional(), conditions: z.string().optional() })
    .optional(),
  /** Bluesky: when a post whose `createdAt` is older was written (one brought from elsewhere). */
  posted: z.string().optional(),
  /** Day One: an entry marked with a star. */
  starred: z.boolean().optional(),
  /** Pocket: whether the saved link was still unread or archived as read. */
  readingStatus: z.enum(['unread', 'read']).optional(),
  /** Books: the author (and others, comma-separated), ISBN (13 digits when known), pages. */
  author: z.string().optional(),
  isbn: z.string().optional(),
  pages: z.number().int().positive().optional(),
  /** Books and films: your rating out of 5 (half stars and StoryGraph's quarters kept). */
  rating: z.number().min(0).max(5).optional(),
  /** Books: the shelf (`read`, `currently-reading`, `to-read`, or one of your own). */
  shelf: z.string().optional(),
  /** Books and films: the year it was published or released. */
  year: z.number().int().optional(),
  /** Films: a rewatch; `logged` is when the diary entry was written (the date is when watched). */
  rewatch: z.boolean().optional(),
  logged: z.string().optional(),
  /** A visit's or an activity's end (location history, tracks). */
  endDate: z.string().optional(),
  /** An activity's type as the export names it: `running`, `cycling`, `in passenger vehicle`. */
  activityType: z.string().optional(),
  /** An activity's or a track's distance, in metres. */
  distance: z.number().min(0).optional(),
  /** An activity's or a track's duration, in seconds. */
  duration: z.number().min(0).optional(),
  /** An activity's climb, in metres (the sum of the rises between its points). */
  elevationGain: z.number().min(0).optional(),
  /**
   * Where the place came from when the item itself did not give it: `location-history`, a
   * photo's place found in the archive's tracks at its time (`--geotag-photos`).
   */
  placeSource: z.enum(['location-history']).optional(),
  /** Points in a track's file (the GeoJSON in its media). */
  points: z.number().int().min(0).optional(),
  /**
   * The route drawn on the entry's page: an encoded polyline (Google's algorithm, 5 decimals)
   * of at most a few hundred points; the whole track is the GeoJSON file in its media.
   */
  route: z.string().optional(),
});
export type ImportedFields = z.infer<typeof ImportedFieldsSchema>;

export const ArchiveConfigSchema = z.looseObject({
  title: z.string().default('My archive'),
  owner: z.string().default(''),
  /** IANA zone used for dates written without an offset and for "today". */
  timeZone: z
    .string()
    .default('UTC')
    .refine((zone) => isTimeZone(zone), {
      error: 'expected an IANA time zone such as Europe/Berlin',
    }),
  /** Visibility of an entry that sets none. */
  defaultVisibility: VisibilitySchema.default('private'),
  /** Language of the site's pages (BCP 47). */
  language: z.string().default('en'),
  /**
   * The path the site is served under, from the host's root: `/`, or `/archive/` for
   * `https://example.org/archive/`. Every page links relatively and works anywhere; only the
   * 404 page, which a host shows at whatever depth the missing URL had, links from here.
   * @default '/'
   */
  pathPrefix: z
    .string()
    .regex(/^\/(?:[\w.~%-]+\/)*$/, {
      error:
        'expected the path the site is served under, starting and ending with /: / or /archive/',
    })
    .default('/'),
  /** Rules on top of each entry's visibility, for builds for friends or the public. */
  privacy: z
    .looseObject({
      /** Sources whose entries are private whatever they say. @default ['mail'] */
      privateSources: z.array(z.string()).default(['mail']),
      /** Kinds that are private whatever they say. @default ['email', 'message', 'track'] */
      privateKinds: z.array(z.string()).default(['email', 'message', 'track']),
      /** Decimals kept in coordinates outside the private build; 1 is about 11 km, a city. @default 1 */
      placeDecimals: z.number().int().min(0).max(6).default(1),
      /**
       * What imports write into front matter of a place: `exact` coordinates, `city` (rounded to
       * one decimal, about 11 km) or `none` (the place's name only). @default 'exact'
       */
      importedPlaces: z.enum(['exact', 'city', 'none']).default('exact'),
    })
    .default({
      privateSources: ['mail'],
      privateKinds: ['email', 'message', 'track'],
      placeDecimals: 1,
      importedPlaces: 'exact',
    }),
  /** How mail is imported. */
  mail: z
    .looseObject({
      /** Your own addresses: mail from them is `sent`, other mail `received`. */
      addresses: z.array(z.string()).default([]),
      /** Leave out mailing-list mail (messages with a List-Id header). @default false */
      skipLists: z.boolean().default(false),
      /** Largest attachment kept, in bytes. @default 25 MiB */
      maxAttachmentBytes: z
        .number()
        .int()
        .positive()
        .default(25 * 1024 ** 2),
    })
    .default({ addresses: [], skipLists: false, maxAttachmentBytes: 25 * 1024 ** 2 }),
  /** How photos and videos are published. */
  media: z
    .looseObject({
      /** Also publish AVIF (smaller than WebP, about five times slower to encode). @default false */
      avif: z.boolean().default(false),
      /**
       * Where processed images are kept between builds, relative to the archive (or absolute).
       * Safe to delete: it only saves time. @default '.inhale-cache/media'
       */
      cache: z.string().min(1).default('.inhale-cache/media'),
      /**
       * Publish each photo's original file too, linked under the photo: in private builds only,
       * since an original keeps its metadata, GPS included. @default false
       */
      originals: z.boolean().default(false),
      /**
       * Published images keep the camera's make, model, lens and exposure; never GPS, serial
       * numbers or anything else. @default false
       */
      keepCamera: z.boolean().default(false),
    })
    .default({ avif: false, cache: '.inhale-cache/media', originals: false, keepCamera: false }),
  /** Photos without GPS given a place from the archive's location history and tracks. */
  geotag: z
    .looseObject({
      /** Every photos import geotags, as `--geotag-photos` asks for one. @default false */
      photos: z.boolean().default(false),
      /**
       * Minutes a track point may be from a photo's time; between two points within it the
       * place is interpolated. @default 15
       */
      windowMinutes: z.number().int().min(1).max(720).default(15),
    })
    .default({ photos: false, windowMinutes: 15 }),
  /** Feeds that `inhale import feeds` refreshes. */
  feeds: z.array(z.url({ protocol: /^https?$/, error: 'expected http(s) feed URLs' })).default([]),
});
export type ArchiveConfig = z.infer<typeof ArchiveConfigSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
