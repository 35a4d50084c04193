/**
 * Day One's JSON export (a zip or its folder): one `<Journal>.json` per journal
 * (`{metadata: {version}, entries: [...]}`) and the media in `photos/`, `videos/`, `audios/` and
 * `pdfs/`, each file named `<md5>.<type>`. An entry's text refers to its photos by identifier
 * (`dayone-moment://<identifier>`), so a photo is found through its `identifier` and `md5` in
 * the entry's `photos` list. Entries become private notes: their text (Markdown kept, Day One's
 * needless escapes removed), the date in the entry's own time zone, place, weather, tags, star.
 */
import { atOffset, dayOneOffset, takeMoments, unescapeDayOne } from './dayone-text.ts';
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { eachRecord } from './records.ts';
import { dayoneSource, type PartOf } from '../archive/sources.ts';
import { ImpossibleDateError, parseIsoParts, zoneOffsetAt } from '../archive/dates.ts';
import type { ImportedData, ImportedMedia, ImportItem, Importer, ImportOptions } from './types.ts';

type Part = PartOf<typeof dayoneSource>;

interface Attachment {
  identifier?: unknown;
  title?: unknown;
  pdfName?: unknown;
  md5?: unknown;
  type?: unknown;
  format?: unknown;
}

interface Entry {
  uuid?: unknown;
  creationDate?: unknown;
  timeZone?: unknown;
  text?: unknown;
  starred?: unknown;
  tags?: unknown;
  location?: Record<string, unknown>;
  weather?: Record<string, unknown>;
  photos?: unknown;
  videos?: unknown;
  audios?: unknown;
  pdfAttachments?: unknown;
}

interface Context {
  file: string;
  /** Media files of the export by their md5: `photos/6e8f….jpeg`. */
  byMd5: Map<string, string>;
  timeZone: string;
  warnings: string[];
}

/** The media folders and what their files are. */
const MEDIA: [keyof Entry, ImportedMedia['type']][] = [
  ['photos', 'image'],
  ['videos', 'video'],
  ['audios', 'audio'],
  ['pdfAttachments', 'file'],
];
const MEDIA_FILE = /(?:^|\/)(?:photos|videos|audios|pdfs)\/([0-9a-f]{32})\.[A-Za-z0-9]+$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Journal files: JSON at the export's top (or one folder down, in an unzipped folder). */
const journalFiles = (files: readonly string[]) =>
  files.filter((file) => /^(?:[^/]+\/)?[^/]+\.json$/i.test(file));

export const dayoneImporter: Importer<Part> = {
  name: 'dayone',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await view.list();
    for (const file of journalFiles(files).slice(0, 5)) {
      const head = (await view.buffer(file)).subarray(0, 4096).toString('utf8');
      if (/"metadata"\s*:\s*\{\s*"version"/.test(head) && /"entries"\s*:/.test(head)) return 1;
    }
    return 0;
  },

  async *read(view: FileView, options: ImportOptions<Part>): AsyncIterable<ImportItem> {
    const files = await view.list();
    const byMd5 = new Map<string, string>();
    for (const file of files) {
      const md5 = MEDIA_FILE.exec(file)?.[1];
      if (md5) byMd5.set(md5, file);
    }
    const journals: { file: string; entries: unknown[] }[] = [];
    const damaged: string[] = [];
    for (const file of journalFiles(files)) {
      const parsed = await parseJournal(view, file);
      if (typeof parsed === 'string') {
        damaged.push(parsed);
        yield { type: 'file', account: { file, status: 'not-understood', reason: parsed } };
        yield { type: 'warning', message: `${file}: ${parsed}` };
      } else if (parsed) journals.push({ file, entries: parsed });
    }
    if (journals.length === 0)
      throw new ImportInputError(
        `${view.label}: no Day One journal here${damaged.length > 0 ? ` (${damaged.join('; ')})` : ''}: point at the export's zip or its folder, with <Journal>.json`,
      );
    for (const { file, entries } of journals) {
      const context: Context = { file, byMd5, timeZone: options.config.timeZone, warnings: [] };
      yield { type: 'file', account: { file, status: 'read', records: entries.length } };
      for await (const item of eachRecord(file, entries, (entry: Entry) =>
        entryItems(entry, context),
      ))
        yield item.type === 'skip' ? { ...item, file } : item;
      for (const message of context.warnings) yield { type: 'warning', message };
    }
  },
};

/** A journal's entries; a string saying what is wrong with a damaged one; undefined for other JSON. */
async function parseJournal(view: FileView, file: string): Promise<unknown[] | string | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await view.text(file));
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  if (!isObject(parsed) || !isObject(parsed.metadata)) return undefined;
  return Array.isArray(parsed.entries) ? parsed.entries : 'a journal without an entries list';
}

function* entryItems(entry: Entry, context: Context): Iterable<ImportItem> {
  const uuid = stringOf(entry.uuid);
  const created = stringOf(entry.creationDate);
  const instant = created ? Date.parse(created) : NaN;
  if (!uuid || !created || Number.isNaN(instant)) {
    yield { type: 'skip', reason: 'entry without a uuid or a creation date' };
    return;
  }
  // Date.parse rolls 31 February over into March; the calendar does not.
  if (!parseIsoParts(created)) throw new ImpossibleDateError(`impossible date "${created}"`);
  const zone = stringOf(entry.timeZone);
  let offset = zone ? dayOneOffset(zone, instant) : undefined;
  if (offset === undefined) {
    if (zone)
      context.warnings.push(
        `${context.file}: ${uuid}: unknown time zone "${zone}", read in the archive's`,
      );
    offset = zoneOffsetAt(context.timeZone, instant);
  }
  const moments = takeMoments(unescapeDayOne(typeof entry.text === 'string' ? entry.text : ''));
  let body = moments.text;
  const data: ImportedData = {
    id: `dayone:${uuid}`,
    kind: 'note',
    date: atOffset(instant, offset),
    visibility: 'private',
  };
  // Day One makes an entry's first line its title; a heading there is one.
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(body);
  if (heading) {
    data.title = heading[1]!.replace(/\\([\\`*_[\]<>#])/g, '$1');
    body = body.slice(heading[0].length).trim();
  }
  const tags = listOf(entry.tags).filter((tag): tag is string => !!stringOf(tag));
  if (tags.length > 0) data.tags = [...new Set(tags.map((tag) => tag.trim()))];
  if (entry.starred === true) data.starred = true;
  const place = placeOf(entry.location);
  if (place) data.place = place;
  const weather = weatherOf(entry.weather);
  if (weather) data.weather = weather;
  const media = mediaOf(entry, moments.identifiers, context, uuid);
  yield { type: 'entry', entry: { data, body, media, file: context.file } };
}

function placeOf(location: unknown): ImportedData['place'] {
  if (!isObject(location)) return undefined;
  const name = stringOf(location.placeName) ?? stringOf(location.userLabel);
  const locality = stringOf(location.localityName);
  const lat = numberOf(location.latitude);
  const lon = numberOf(location.longitude);
  const place: NonNullable<ImportedData['place']> = {};
  if (name) place.name = locality && !name.includes(locality) ? `${name}, ${locality}` : name;
  else if (locality) place.name = locality;
  const country = stringOf(location.country);
  if (country) place.country = country;
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    place.lat = lat;
    place.lon = lon;
  }
  return Object.keys(place).length > 0 ? place : undefined;
}

function weatherOf(weather: unknown): ImportedData['weather'] {
  if (!isObject(weather)) return undefined;
  const temperature = numberOf(weather.temperatureCelsius);
  const conditions = stringOf(weather.conditionsDescription);
  if (temperature === undefined && !conditions) return undefined;
  return {
    ...(temperature !== undefined ? { temperature: Math.round(temperature * 10) / 10 } : {}),
    ...(conditions ? { conditions } : {}),
  };
}

/** The entry's photos in the order its text names them, then the rest; videos, audio, PDFs. */
function mediaOf(entry: Entry, named: string[], context: Context, uuid: string): ImportedMedia[] {
  const found: { identifier: string; item: ImportedMedia }[] = [];
  for (const [field, type] of MEDIA) {
    for (const attachment of listOf(entry[field]) as Attachment[]) {
      if (!isObject(attachment)) continue;
      const identifier = stringOf(attachment.identifier)?.toUpperCase() ?? '';
      const md5 = stringOf(attachment.md5)?.toLowerCase();
      const file = md5 ? context.byMd5.get(md5) : undefined;
      if (!file) {
        context.warnings.push(
          `${context.file}: ${uuid}: ${String(field).replace(/s$|Attachments$/, '')} ${identifier || '?'} (${md5 ?? 'no md5'}) is not in the export`,
        );
        continue;
      }
      const alt = stringOf(attachment.title) ?? stringOf(attachment.pdfName);
      found.push({ identifier, item: { from: file, ...(alt ? { alt } : {}), type } });
    }
  }
  const rank = (identifier: string) => {
    const index = named.indexOf(identifier);
    return index < 0 ? named.length : index;
  };
  return found
    .map((media, index) => ({ ...media, index }))
    .sort((a, b) => rank(a.identifier) - rank(b.identifier) || a.index - b.index)
    .map((media) => media.item);
}
