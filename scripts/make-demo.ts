/**
 * Writes the demo archive in content/: Robin Ashby, a fictional bridge engineer in Bristol, from
 * 2019 to November 2026. Everything is made up and written by hand in scripts/demo/ (journal,
 * posts, mail, trips); no real person's data or picture is used, and the photos are drawn.
 *
 * Every source with an importer goes through it: the script writes each as the export its
 * service gives (scripts/demo-exports/: an X archive, a Mastodon archive, an RSS feed, a Google
 * Takeout mbox, folders of JPEGs with EXIF, a Facebook JSON download, a Goodreads CSV, a
 * Letterboxd export, a Pocket CSV, a Pinboard bookmark file) and imports it with `runImport`.
 * Journal notes and check-ins have no importer and are written as entries. Deterministic: running it again gives the same files byte for byte.
 *
 *   npm run demo:make
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatEntry } from '../src/archive/entry-file.ts';
import { entryFilePath, entrySlug, shortHash } from '../src/archive/paths.ts';
import { runImport } from '../src/import/run-import.ts';
import type { ImportReport } from '../src/import/writer.ts';
import { BLOG } from './demo/blog.ts';
import { writeSpotifyExport, writeWhatsAppExport } from './demo/chats-export.ts';
import { writeBlueskyExport } from './demo/bluesky-export.ts';
import { writeBookmarksExport } from './demo/bookmarks-export.ts';
import { writeDayOneExport } from './demo/dayone-export.ts';
import { writeRedditExport, writeYouTubeExport } from './demo/youtube-reddit-export.ts';
import { OWNER, PEOPLE, PLACES, type PersonKey } from './demo/cast.ts';
import { Calendar } from './demo/calendar.ts';
import { writeCalendarExport, writeContactsExport } from './demo/calendar-export.ts';
import { FACEBOOK_POSTS, MESSENGER } from './demo/facebook.ts';
import { writeFacebookExport } from './demo/facebook-export.ts';
import { JOURNAL } from './demo/journal.ts';
import { writeGoodreadsExport, writeLetterboxdExport, writePocketExport } from './demo/lists.ts';
import { MAIL } from './demo/mail.ts';
import { writeMbox } from './demo/mail-export.ts';
import { writeLocationExports } from './demo/location-export.ts';
import { writePhotoFolders } from './demo/photo-export.ts';
import { BOOKMARKS, CHECKINS, PHOTO_DAYS, PHOTO_NOTES } from './demo/places.ts';
import { SCENE_WORDS } from './demo/draw.ts';
import { TOOTS, TWEETS } from './demo/social.ts';
import { writeFeed, writeMastodonExport, writeTwitterExport } from './demo/social-exports.ts';

const ARCHIVE = path.resolve(process.argv[2] ?? 'content');
const EXPORTS = fileURLToPath(new URL('./demo-exports/', import.meta.url));
const exportPath = (name: string) => path.join(EXPORTS, name);
const SOURCES = [
  'journal',
  'twitter',
  'mastodon',
  'feed',
  'photos',
  'mail',
  'facebook',
  'checkins',
  'bookmarks',
  'calendar',
  'whatsapp',
  'spotify',
  'bluesky',
  'dayone',
  'books',
  'letterboxd',
  'pocket',
  'location',
  'tracks',
  'youtube',
  'reddit',
];

const names = (people: readonly PersonKey[] = []) => people.map((key) => PEOPLE[key].name);

async function writeSettings(): Promise<void> {
  await mkdir(ARCHIVE, { recursive: true });
  await writeFile(
    path.join(ARCHIVE, 'inhale.yaml'),
    `# The demo archive's settings (see docs/archive-format.md).
title: Robin Ashby’s archive
owner: Robin Ashby
timeZone: Europe/London
defaultVisibility: private
language: en
mail:
  addresses:
    - ${OWNER.email}
`,
  );
  // The people file: each person with their handle in each source and their address.
  const lines = ['# Who is who across sources (see docs/archive-format.md).'];
  for (const person of Object.values(PEOPLE)) {
    lines.push(`${person.name}:`);
    for (const source of ['twitter', 'mastodon', 'bluesky'] as const)
      if (source in person)
        lines.push(`  ${source}: ${(person as Record<string, string>)[source]}`);
    if (person.email) lines.push(`  email: ${person.email}`);
  }
  await writeFile(path.join(ARCHIVE, 'people.yaml'), `${lines.join('\n')}\n`);
}

const calendar = new Calendar();
// Dates fixed by hand first, so the days chosen for the rest fill the calendar around them.
calendar.reserve([
  ...JOURNAL.map((note) => note.when),
  ...TWEETS.map((post) => post.when),
  ...TOOTS.map((post) => post.when),
  ...BLOG.map((post) => post.when),
  ...MAIL.flatMap((thread) => thread.messages.map((mail) => mail.when)),
  ...FACEBOOK_POSTS.map((post) => post.when),
  ...MESSENGER.flatMap((thread) => thread.messages.map((message) => message.when)),
  ...PHOTO_DAYS.map((day) => day.when),
  ...CHECKINS.map((checkin) => checkin.when),
  ...BOOKMARKS.map((bookmark) => bookmark.when),
]);

for (const source of SOURCES)
  await rm(path.join(ARCHIVE, source), { recursive: true, force: true });
// And the import ledger, or the imports would take the removed entries for ones deleted by hand.
await rm(path.join(ARCHIVE, '.inhale'), { recursive: true, force: true });
await writeSettings();

const reports: [string, ImportReport][] = [];
async function importExport(source: string, input: string, include?: string[]): Promise<void> {
  const report = await runImport(ARCHIVE, input, { source, include });
  reports.push([source, report]);
}

await writeTwitterExport(exportPath('twitter'), TWEETS, calendar);
await importExport('twitter', exportPath('twitter'));
await writeMastodonExport(exportPath('mastodon'), TOOTS, calendar);
await importExport('mastodon', exportPath('mastodon'));
await writeFeed(exportPath('feed/robin-blog.rss'), BLOG, calendar);
await importExport('feed', exportPath('feed/robin-blog.rss'));
await writeMbox(exportPath('mail/Takeout/Mail/All mail Including Spam and Trash.mbox'), calendar);
await importExport('mail', exportPath('mail'));
await writeFacebookExport(exportPath('facebook'), calendar);
await importExport('facebook', exportPath('facebook'), ['messages']);
await writePhotoFolders(exportPath('photos'), calendar);
await importExport('photos', exportPath('photos'), ['group-day']);
await writeWhatsAppExport(exportPath('whatsapp'));
await importExport('whatsapp', exportPath('whatsapp'));
await writeSpotifyExport(exportPath('spotify'));
await importExport('spotify', exportPath('spotify'));
await writeLocationExports(EXPORTS);
await importExport('location', exportPath('location'));
await importExport('tracks', exportPath('tracks'));
await annotatePhotos();
await writeCalendarExport(exportPath('calendar/robin-calendar.ics'));
await importExport('calendar', exportPath('calendar/robin-calendar.ics'));
// Contacts fill people.yaml, not entries: not among the sources counted below.
await writeContactsExport(exportPath('contacts/robin-contacts.vcf'));
await runImport(ARCHIVE, exportPath('contacts/robin-contacts.vcf'), { source: 'contacts' });
await writeBlueskyExport(exportPath('bluesky'));
await importExport('bluesky', exportPath('bluesky'), ['likes']);
await writeDayOneExport(exportPath('dayone'));
await importExport('dayone', exportPath('dayone'));
await writeYouTubeExport(exportPath('youtube'));
await importExport('youtube', exportPath('youtube'));
await writeRedditExport(exportPath('reddit'));
await importExport('reddit', exportPath('reddit'));

/**
 * Robin's own additions to the imported photo days, made in a text editor: a caption, who is
 * in them, and a description of each photo. The importer keeps such edits on a later import.
 */
async function annotatePhotos(): Promise<void> {
  for (const day of PHOTO_DAYS) {
    const date = calendar.date(day.when, PLACES[day.at].zone).slice(0, 10);
    const folder = path.join(ARCHIVE, 'photos', date.slice(0, 4), date.slice(5, 7));
    const title = `title: ${day.folder}, ${date}\n`;
    let file: string | undefined;
    for (const name of await readdir(folder))
      if (name.endsWith('.md') && (await readFile(path.join(folder, name), 'utf8')).includes(title))
        file = path.join(folder, name);
    if (!file) throw new Error(`no imported entry for the photos of ${day.folder}, ${date}`);
    let text = await readFile(file, 'utf8');
    let index = 0;
    text = text.replace(/^  - path: (.+)\n/gm, (line) => {
      const scene = day.scenes[index++];
      return scene ? `${line}    alt: ${SCENE_WORDS[scene]}\n` : line;
    });
    const note = PHOTO_NOTES[`${day.folder} ${date}`];
    if (note?.people)
      text = text.replace(
        '\nplace:\n',
        `\npeople:\n${names(note.people)
          .map((name) => `  - ${name}\n`)
          .join('')}place:\n`,
      );
    // Shared with friends when people are in them, with everyone when they are only places.
    if (note)
      text = text.replace(
        '\ncamera: ',
        `\nvisibility: ${note.people ? 'friends' : 'public'}\ncamera: `,
      );
    if (note) text = `${text.trimEnd()}\n${note.caption}\n`;
    await writeFile(file, text);
  }
}

/** Writes an entry with no importer behind it, as a person would in a text editor. */
let written = 0;
async function writeEntry(
  source: string,
  data: Record<string, unknown>,
  body: string,
): Promise<void> {
  const date = data.date as string;
  const slug = entrySlug(data.id as string, data.title as string | undefined, body);
  const file = path.join(ARCHIVE, entryFilePath(source, date, slug));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, formatEntry({ source, ...data }, body));
  written++;
}

for (const note of JOURNAL) {
  const date = calendar.date(note.when, note.at ? PLACES[note.at].zone : undefined);
  const slug = entrySlug('', note.title);
  await writeEntry(
    'journal',
    {
      id: `journal:${date.slice(0, 10)}-${slug}`,
      kind: 'note',
      date,
      title: note.title,
      tags: note.tags,
      people: note.people ? names(note.people) : undefined,
      place: note.at ? placeOf(note.at) : undefined,
      visibility: note.visibility,
    },
    note.body,
  );
}

function placeOf(key: keyof typeof PLACES): { name: string; lat: number; lon: number } {
  const { name, lat, lon } = PLACES[key];
  return { name, lat, lon };
}

for (const [index, checkin] of CHECKINS.entries()) {
  const place = PLACES[checkin.at];
  const date = calendar.date(checkin.when, place.zone);
  await writeEntry(
    'checkins',
    {
      id: `checkins:${date.slice(0, 10)}-${shortHash(place.name, 6)}`,
      kind: 'checkin',
      date,
      title: place.name,
      people: checkin.people ? names(checkin.people) : undefined,
      place: placeOf(checkin.at),
      // Check-ins are for friends, the ones at home private.
      visibility:
        ['home', 'allotment'].includes(checkin.at) || index % 4 === 3 ? undefined : 'friends',
    },
    checkin.shout ?? '',
  );
}

// Bookmarks from a Pinboard export, here: their days come from the calendar after the check-ins'.
await writeBookmarksExport(exportPath('bookmarks/pinboard_export.html'), calendar);
await importExport('bookmarks', exportPath('bookmarks/pinboard_export.html'));

// Reading and watching, through their importers (days fixed by hand: scripts/demo/lists.ts).
await writeGoodreadsExport(exportPath('books'));
await importExport('books', exportPath('books'), ['shelves']);
await writeLetterboxdExport(exportPath('letterboxd'));
await importExport('letterboxd', exportPath('letterboxd'));
await writePocketExport(exportPath('pocket'));
await importExport('pocket', exportPath('pocket'));

const counts = new Map<string, number>(reports.map(([source, report]) => [source, report.added]));
counts.set('journal', JOURNAL.length);
counts.set('checkins', CHECKINS.length);
const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
await writeFile(
  path.join(ARCHIVE, 'README.md'),
  `# The demo archive

This folder is inhale's demo archive: **Robin Ashby**, a fictional bridge engineer in Bristol, from January 2019 to November 2026: ${total} entries (${[...counts].map(([source, count]) => `${source} ${count}`).join(', ')}).

- Everything here is made up, written by hand in \`scripts/demo/\` and put here by \`scripts/make-demo.ts\` (\`npm run demo:make\` writes it again, byte for byte). No real person's data or picture is used; the people are fictional, their addresses use \`example.org\` and \`.example\` domains.
- Robin's life runs through every source: trips to Lisbon, Skye, Berlin, Norway, New York, Porto, Hamburg, Japan and Canada; friends who appear as \`@lena_f\` on Twitter, \`@lena@social.example\` on Mastodon, \`lena@example.org\` in mail and tagged on Facebook (\`people.yaml\` says who is who); threads on Twitter and Mastodon, mail conversations with quoted text and signatures, Messenger chats.
- The photos are drawn by the script (SVG scenes rendered to JPEG with sharp) and carry the EXIF a camera writes: date, offset, GPS and camera.
- Every source with an importer is real output of inhale's importers: the script writes each as the export its service gives (\`scripts/demo-exports/\`: an X archive, a Mastodon account archive, an RSS feed, a Google Takeout mbox, photo folders, a Facebook JSON download, a day of Android location history, a GPX run, a Pinboard bookmark file, a YouTube Takeout, a Reddit data export) and imports it with \`runImport\`. Journal notes and check-ins have no importer and are written as entries.

Build it with \`npm run inhale -- build\` (or browse it with \`npm run demo\`).
`,
);

for (const [source, report] of reports)
  console.log(
    `${source}: ${report.added} imported, skipped ${JSON.stringify(report.skipped)}, warnings ${JSON.stringify(report.warnings.slice(0, 5))}`,
  );
console.log(
  `Wrote ${written} journal notes and check-ins into ${path.relative(process.cwd(), ARCHIVE) || '.'}`,
);
