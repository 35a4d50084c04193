/**
 * Every importer, paired with its source's definition (sources.ts): one line per source. The
 * CLI's help and `--include` check, detection, and docs/importing.md's table read it.
 */
import { InhaleError } from '../archive/errors.ts';
import { calendarImporter } from './calendar.ts';
import { contactsImporter } from './contacts.ts';
import { blueskyImporter } from './bluesky.ts';
import { dayoneImporter } from './dayone.ts';
import { bookmarksImporter } from './bookmarks.ts';
import { booksImporter } from './books.ts';
import { facebookImporter } from './facebook.ts';
import { feedImporter } from './feeds.ts';
import type { FileView } from './file-view.ts';
import { flickrImporter } from './flickr.ts';
import { googlePhotosImporter } from './google-photos.ts';
import { instagramImporter } from './instagram.ts';
import { letterboxdImporter } from './letterboxd.ts';
import { locationImporter } from './location/index.ts';
import { mailImporter } from './mail.ts';
import { mastodonImporter } from './mastodon.ts';
import { messengerImporter } from './messenger.ts';
import { photosImporter } from './photos.ts';
import { pocketImporter } from './pocket.ts';
import { redditImporter } from './reddit.ts';
import * as sources from '../archive/sources.ts';
import { spotifyImporter } from './spotify.ts';
import { telegramImporter } from './telegram.ts';
import type { SourceDefinition } from '../archive/sources.ts';
import { tracksImporter } from './tracks.ts';
import { twitterImporter } from './twitter.ts';
import type { Importer } from './types.ts';
import { whatsappImporter } from './whatsapp.ts';
import { youtubeImporter } from './youtube/index.ts';

/** A source's definition with the importer that reads its exports. */
export interface RegisteredSource<Part extends string = string> {
  definition: SourceDefinition<Part>;
  importer: Importer<Part>;
}

/** Pairs a definition with its importer; the types make their `--include` parts agree. */
function register<Part extends string>(
  definition: SourceDefinition<Part>,
  importer: Importer<Part>,
): RegisteredSource {
  if (definition.name !== importer.name)
    throw new Error(`registry: ${importer.name}'s definition is named ${definition.name}`);
  return { definition, importer: importer as Importer };
}

/** In the order that breaks a tie between two importers equally sure of an export. */
export const REGISTRY: readonly RegisteredSource[] = [
  register(sources.twitterSource, twitterImporter),
  register(sources.mastodonSource, mastodonImporter),
  register(sources.facebookSource, facebookImporter),
  register(sources.instagramSource, instagramImporter),
  register(sources.feedSource, feedImporter),
  register(sources.mailSource, mailImporter),
  register(sources.googlePhotosSource, googlePhotosImporter),
  register(sources.flickrSource, flickrImporter),
  register(sources.photosSource, photosImporter),
  register(sources.calendarSource, calendarImporter),
  register(sources.contactsSource, contactsImporter),
  register(sources.whatsappSource, whatsappImporter),
  register(sources.spotifySource, spotifyImporter),
  register(sources.telegramSource, telegramImporter),
  register(sources.messengerSource, messengerImporter),
  register(sources.blueskySource, blueskyImporter),
  register(sources.dayoneSource, dayoneImporter),
  register(sources.bookmarksSource, bookmarksImporter),
  register(sources.pocketSource, pocketImporter),
  register(sources.booksSource, booksImporter),
  register(sources.letterboxdSource, letterboxdImporter),
  register(sources.locationSource, locationImporter),
  register(sources.tracksSource, tracksImporter),
  register(sources.youtubeSource, youtubeImporter),
  register(sources.redditSource, redditImporter),
];

export const IMPORTERS: readonly Importer[] = REGISTRY.map((source) => source.importer);

/** The sources for an error message: `twitter, mastodon, …`. */
export const knownSources = () => REGISTRY.map((source) => source.definition.name).join(', ');

/** The registered source of that name, or an error listing the known ones. */
export function findSource(name: string): RegisteredSource {
  const source = REGISTRY.find((candidate) => candidate.definition.name === name);
  if (!source) throw new InhaleError(`unknown source "${name}"; known: ${knownSources()}`);
  return source;
}

/**
 * The importer most confident that the view is its export; a tie goes to the one registered
 * first. Undefined when none gives it a confidence above 0.
 */
export async function detectSource(view: FileView): Promise<RegisteredSource | undefined> {
  let best: { source: RegisteredSource; confidence: number } | undefined;
  for (const source of REGISTRY) {
    const confidence = await source.importer.detect(view);
    if (confidence > 0 && confidence > (best?.confidence ?? 0)) best = { source, confidence };
  }
  return best?.source;
}

/**
 * Checks the `--include` parts asked of a source: an unknown one is an error that lists the
 * source's parts.
 */
export function validateInclude(name: string, parts: readonly string[]): void {
  const { definition } = findSource(name);
  const valid = Object.keys(definition.include);
  const unknown = parts.filter((part) => !valid.includes(part));
  if (unknown.length === 0) return;
  throw new InhaleError(
    `--include ${unknown.join(',')}: ${definition.title} has ${
      valid.length === 0 ? 'no optional parts' : `the parts ${valid.join(', ')}`
    }`,
  );
}
