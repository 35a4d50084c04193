/**
 * The entry as the site stage holds it (its record, with the rendered body and its search terms)
 * and as lists and group pages see it (its summary): types only, shared by the shards, the page
 * templates and the search index, so none of them imports another for a type.
 */
import type { Media, Place, Visibility } from '../archive/schema.ts';
import type { PublishedImage } from './media-urls.ts';

/**
 * Stands for the relative path to the site's root in cached HTML; replaced per page. markdown-it
 * turns NUL in input into U+FFFD, so no entry text can contain it.
 */
export const ROOT_MARKER = '\u0000root\u0000';

export interface EntryRecord {
  /** Relative to the archive, `/`-separated. */
  file: string;
  id: string;
  source: string;
  kind: string;
  /** ISO 8601 with offset. */
  date: string;
  instant: number;
  title?: string;
  slug: string;
  tags: string[];
  people: string[];
  /** Who the entry names, is from or to, and mentions, before the people file resolves them. */
  identities?: Identity[];
  place?: Place;
  /** Media with archive-relative paths. */
  media: Media[];
  inReplyTo?: string;
  /** Conversation key shared by the entries of one thread. */
  thread?: string;
  url?: string;
  visibility: Visibility;
  contentWarning?: string;
  /** Camera, lens and exposure of a photo. */
  photoFacts?: [string, string][];
  /** What its kind shows besides its text: an event's start, a book's rating (src/site/kind-facts/). */
  facts?: KindFact[];
  /** Dated by its day only (an all-day event, a book read, a 2007 tweet): no time is shown. */
  dayOnly?: true;
  /** A track's or an activity's route, `[lon, lat]` points, from the `route` polyline in front matter. */
  route?: [number, number][];
  /** Likes, reposts and replies as the export counted them. */
  counts?: EntryCounts;
  /** A day of listening: each track heard, from its table (src/site/listening-tracks.ts). */
  tracks?: TrackTally[];
  /** Mail and messages: the sender, `Name <address>` or a name. */
  from?: string;
  /** Mail: recipients, `Name <address>` each. */
  to?: string[];
  cc?: string[];
  /** Mail and messages: whether the owner sent it. */
  direction?: 'sent' | 'received';
  /** Mail: the body split into what was written, what was quoted and the signature. */
  mailParts?: MailPart[];
  /** Body HTML; relative links to the site root use ROOT_MARKER. */
  html: string;
  /** Body as plain text. */
  text: string;
  /** Archive-relative paths of every image the entry shows (media list and body). */
  images: string[];
  /** Its terms for the search index. */
  analysis: AnalyzedDoc;
}

/** One fact of a kind's card: "Rating" "★★★★½". `card: false` keeps it to the entry's page. */
export interface KindFact {
  label: string;
  value: string;
  card?: boolean;
}

export interface EntryCounts {
  likes?: number;
  reposts?: number;
  replies?: number;
}

/**
 * A track of a day of listening: its artist, its title, the minutes heard (to a tenth) and how
 * many times; a tuple, not an object, so thousands of days stay small in the summaries.
 */
export type TrackTally = [artist: string, track: string, minutes: number, plays: number];

/** A piece of a mail's body, rendered: quoted text and signatures are folded on its page. */
export interface MailPart {
  part: 'text' | 'quote' | 'signature';
  html: string;
  /** The piece as plain lines: a card's summary is the mail's own words, not what it quotes. */
  text: string;
}

/**
 * An identity an entry shows (src/people/identities.ts): `scheme:value`, such as `twitter:ana_k`,
 * `email:ana@example.org`, `facebook:Ana Kovač` or `name:Ana`; case is kept, comparisons ignore it.
 */
export interface Identity {
  key: string;
  /** The name written beside an address ("Ana Kovač <ana@example.org>"). */
  label?: string;
  /** Where the entry has it: a mention in the text is not a correspondent. */
  role: 'named' | 'from' | 'to' | 'mentioned';
}

/** What the index needs of an entry beyond its summary: its terms, field by field. */
export interface AnalyzedDoc {
  id: string;
  /** Tokens per field, as lunr counts a field's length. */
  lengths: number[];
  /** Term of each (term, field) pair, joined by newlines (one string: 100,000 entries' terms
   * as separate strings cost more memory than the rest of the record). */
  terms: string;
  /** Per pair, flat: field, count, then the positions; 16 bits each unless one is larger. */
  data: Uint16Array | Int32Array;
}

/**
 * What lists, links and group pages need of an entry: small enough that the main thread holds
 * 100,000 of them while the full records stay in the shard that loaded them.
 */
export type EntrySummary = Pick<
  EntryRecord,
  | 'file'
  | 'id'
  | 'source'
  | 'kind'
  | 'date'
  | 'instant'
  | 'title'
  | 'slug'
  | 'tags'
  | 'people'
  | 'place'
  | 'inReplyTo'
  | 'thread'
  | 'visibility'
  | 'contentWarning'
  | 'counts'
  | 'from'
  | 'direction'
  | 'facts'
  | 'dayOnly'
  | 'tracks'
> & {
  /** A bookmark's address (the record's `url`; `url` here is the entry's page). */
  link?: string;
  /** The start of the body's text (longer for entries of a conversation). */
  text: string;
  /** True when `text` is only the start of the body. */
  cut?: boolean;
  /** The first image, if any. */
  images: string[];
  /** Size of the first image as published; absent when it could not be published. */
  thumb?: PublishedImage;
  /** Site-root-relative URL, once the main thread has given it one. */
  url?: string;
  /** Words in the whole body (stats, year in review); absent in summaries made before it existed. */
  words?: number;
  /** Where it happened, as the build's audience may see it (blurred outside private builds). */
  place?: Place;
  /** Every image of the entry that was published, in its order; absent when it has none. */
  photos?: SummaryPhoto[];
};

/** An image of an entry as photo grids need it: its size as published and its alt text. */
export interface SummaryPhoto extends PublishedImage {
  /** Archive-relative path. */
  path: string;
  alt?: string;
}
