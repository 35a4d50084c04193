/**
 * What each source is, for people: its name (also its archive folder), title, description, the
 * optional parts `--include` asks for, and where its test fixtures are. No parser is imported
 * here, so the site, the CLI's help and the docs script read it cheaply; `registry.ts` pairs
 * each definition with its importer. Adding a source: see docs/importing.md, "Adding a source".
 */

/** A source as people see it; `Part` is the names of its `--include` parts. */
export interface SourceDefinition<Part extends string = string> {
  /** The source's name: the archive folder, the `source` field, `inhale import <name>`. */
  name: string;
  /** The human name, shown by the site and the CLI, and the heading of its docs section. */
  title: string;
  /** One line: what the importer reads. */
  description: string;
  /** The optional parts `--include` asks for, each with what it adds. */
  include: Readonly<Record<Part, string>>;
  /**
   * Folders of sample exports its tests read, relative to the repository's root
   * (`tests/fixtures/…`, `tests/import/cases/…`, or the shared samples in `../shared/fixtures/…`).
   */
  fixtures: readonly string[];
}

const define = <Part extends string>(definition: SourceDefinition<Part>) => definition;

export const twitterSource = define({
  name: 'twitter',
  title: 'Twitter/X',
  description: 'The archive of your data from x.com, every generation including Grailbird',
  include: {
    likes: 'the posts you liked, dated by the liked post',
    dms: 'direct messages, always private',
  },
  fixtures: ['tests/fixtures/twitter', 'tests/import/cases/twitter', '../shared/fixtures/twitter'],
});

export const mastodonSource = define({
  name: 'mastodon',
  title: 'Mastodon',
  description: 'The account archive (outbox.json, actor.json and media)',
  include: {
    likes: 'the posts you favourited, dated by the liked post where its id tells',
    bookmarks: 'the posts you bookmarked, dated as likes are',
  },
  fixtures: [
    'tests/fixtures/mastodon',
    'tests/import/cases/mastodon',
    '../shared/fixtures/mastodon',
  ],
});

export const facebookSource = define({
  name: 'facebook',
  title: 'Facebook',
  description: '"Download your information" in JSON, the 2020–2022 and 2023+ layouts',
  include: {
    reactions: 'your likes and reactions',
    messages: 'Messenger conversations, always private',
  },
  fixtures: ['tests/import/cases/facebook'],
});

export const instagramSource = define({
  name: 'instagram',
  title: 'Instagram',
  description: '"Download your information" in JSON: posts, stories, reels and comments',
  include: {
    messages: 'direct messages, always private',
    likes: 'the posts you liked, as links',
    saved: 'the posts you saved, as bookmarks',
  },
  fixtures: ['tests/import/cases/instagram'],
});

export const feedSource = define({
  name: 'feed',
  title: 'Feeds',
  description: 'RSS 0.9x/2.0, RSS 1.0, Atom and JSON Feed, from a file or a URL',
  include: {},
  fixtures: ['tests/fixtures/feeds', 'tests/import/cases/feed', '../shared/fixtures/feeds'],
});

export const mailSource = define({
  name: 'mail',
  title: 'Mail',
  description: "mbox (Google Takeout's included, read as a stream), .eml files and Maildir",
  include: { spam: 'mail labelled Spam or Trash' },
  fixtures: ['../shared/fixtures/email'],
});

export const googlePhotosSource = define({
  name: 'google-photos',
  title: 'Google Photos',
  description: 'Google Photos from Takeout: photos with their JSON sidecars, albums as tags',
  include: {},
  fixtures: ['tests/import/cases/google-photos'],
});

export const flickrSource = define({
  name: 'flickr',
  title: 'Flickr',
  description: "Flickr's data export: title, tags, place, licence and privacy of each photo",
  include: {},
  fixtures: ['../shared/fixtures/flickr'],
});

export const photosSource = define({
  name: 'photos',
  title: 'Photos',
  description: 'A folder of photos and videos: EXIF date and offset, GPS, camera',
  include: { 'group-day': 'one entry per day and folder (what --group day asks for)' },
  fixtures: ['../shared/fixtures/photos-exif'],
});

export const calendarSource = define({
  name: 'calendar',
  title: 'Calendars',
  description: 'iCalendar (.ics) files: events with their times, places and people',
  include: {},
  fixtures: ['tests/import/cases/calendar', '../shared/fixtures/icalendar'],
});

export const contactsSource = define({
  name: 'contacts',
  title: 'Contacts',
  description: 'vCard (.vcf) 2.1, 3.0 and 4.0: people for the people file, not entries',
  include: {},
  fixtures: ['tests/import/cases/contacts', '../shared/fixtures/vcard'],
});

export const whatsappSource = define({
  name: 'whatsapp',
  title: 'WhatsApp',
  description: 'Exported chats (_chat.txt with its media, iOS and Android, any language)',
  include: {
    'date-order-dmy': 'read dates day first (what --date-order dmy asks for)',
    'date-order-mdy': 'read dates month first (what --date-order mdy asks for)',
  },
  fixtures: ['tests/import/cases/whatsapp', '../shared/fixtures/whatsapp'],
});

export const spotifySource = define({
  name: 'spotify',
  title: 'Spotify',
  description: 'Streaming history, basic and extended: one entry per day of listening',
  include: {},
  fixtures: ['tests/import/cases/spotify', '../shared/fixtures/spotify'],
});

export const telegramSource = define({
  name: 'telegram',
  title: 'Telegram',
  description: "Telegram Desktop's export in JSON (result.json): every chat, or one",
  include: {},
  fixtures: ['tests/import/cases/telegram', '../shared/fixtures/telegram'],
});

export const messengerSource = define({
  name: 'messenger',
  title: 'Messenger',
  description: "Messenger on its own: a Facebook download of Messages only, or a thread's JSON",
  include: {},
  fixtures: ['tests/import/cases/messenger', '../shared/fixtures/facebook-messenger'],
});

export const blueskySource = define({
  name: 'bluesky',
  title: 'Bluesky',
  description:
    'The repository export (repo.car): posts, replies, quotes, reposts, with blobs beside it',
  include: { likes: 'the posts you liked, dated when you liked them' },
  fixtures: ['tests/import/cases/bluesky', '../shared/fixtures/bluesky-car'],
});

export const dayoneSource = define({
  name: 'dayone',
  title: 'Day One',
  description:
    "Day One's JSON export: entries with their time zone, place, weather, tags, star and photos",
  include: {},
  fixtures: ['tests/import/cases/dayone', '../shared/fixtures/dayone'],
});

export const bookmarksSource = define({
  name: 'bookmarks',
  title: 'Bookmarks',
  description:
    'Bookmark files (Netscape HTML) from every browser, Delicious, Pinboard, Shaarli and others',
  include: {},
  fixtures: ['tests/import/cases/bookmarks', '../shared/fixtures/bookmarks'],
});

export const pocketSource = define({
  name: 'pocket',
  title: 'Pocket',
  description: "Pocket's export: the old ril_export.html or the 2025 CSV with its highlights",
  include: {},
  fixtures: ['tests/import/cases/pocket', '../shared/fixtures/pocket'],
});

export const booksSource = define({
  name: 'books',
  title: 'Books',
  description: 'Goodreads and StoryGraph library exports (CSV): the books you read',
  include: { shelves: 'books on your to-read and currently-reading shelves, dated when added' },
  fixtures: ['tests/import/cases/books', '../shared/fixtures/goodreads'],
});

export const letterboxdSource = define({
  name: 'letterboxd',
  title: 'Letterboxd',
  description: "Letterboxd's export: your diary of films, with ratings, reviews, tags and lists",
  include: {
    watchlist: 'the films on your watchlist, dated when added',
    likes: 'the films you liked, dated when liked',
  },
  fixtures: ['tests/import/cases/letterboxd'],
});

/** Every source an importer writes, in registry order (which breaks detection ties). */
export const locationSource = define({
  name: 'location',
  title: 'Google location history',
  description:
    'Records.json, Semantic Location History, the iOS export and Android Timeline.json: visits, activities and a track per day',
  include: {},
  fixtures: ['tests/import/cases/location', '../shared/fixtures/google-location-history'],
});

export const tracksSource = define({
  name: 'tracks',
  title: 'GPX, TCX, FIT and Strava',
  description:
    "GPX, TCX and FIT files, and Strava's bulk export (activities.csv with its GPX, TCX and FIT files)",
  include: {},
  fixtures: ['tests/import/cases/tracks', '../shared/fixtures/gpx-tcx'],
});

export const youtubeSource = define({
  name: 'youtube',
  title: 'YouTube',
  description:
    'YouTube from Google Takeout: watch and search history (JSON or HTML) as days, and your comments',
  include: {},
  fixtures: ['tests/import/cases/youtube'],
});

export const redditSource = define({
  name: 'reddit',
  title: 'Reddit',
  description: "Reddit's data export (CSV): your posts and comments, messages, saved posts",
  include: {
    saved: 'the posts and comments you saved, as bookmarks',
    messages: 'private messages, always private',
  },
  fixtures: ['tests/import/cases/reddit'],
});

export const SOURCES: readonly SourceDefinition[] = [
  twitterSource,
  mastodonSource,
  facebookSource,
  instagramSource,
  feedSource,
  mailSource,
  googlePhotosSource,
  flickrSource,
  photosSource,
  calendarSource,
  contactsSource,
  whatsappSource,
  spotifySource,
  telegramSource,
  messengerSource,
  blueskySource,
  dayoneSource,
  bookmarksSource,
  pocketSource,
  booksSource,
  letterboxdSource,
  locationSource,
  tracksSource,
  youtubeSource,
  redditSource,
];

/** The sources and their `--include` parts, for `inhale import --help`. */
export function describeSources(): string {
  const lines = ['Sources, with the parts --include adds:'];
  for (const definition of SOURCES) {
    lines.push(`  ${definition.name} (${definition.title}): ${definition.description}`);
    for (const [part, description] of Object.entries(definition.include))
      lines.push(`      ${part}: ${description}`);
  }
  lines.push('  feeds: every feed listed under "feeds:" in inhale.yaml');
  return lines.join('\n');
}

/** Sources no importer writes: a person's own entries. */
const OWN_SOURCES: Readonly<Record<string, string>> = { journal: 'Journal' };

/**
 * The human name of a source: "Google Photos" for `google-photos`; a source no importer knows
 * (a folder of a person's own) gets its name with a capital letter.
 * @example sourceTitle('twitter') // 'Twitter/X'
 */
export function sourceTitle(name: string): string {
  return (
    SOURCES.find((source) => source.name === name)?.title ??
    OWN_SOURCES[name] ??
    name.charAt(0).toUpperCase() + name.slice(1)
  );
}

/** The `--include` part names of a definition: `'likes' | 'dms'` for Twitter. */
export type PartOf<Definition> = Definition extends SourceDefinition<infer Part> ? Part : never;
