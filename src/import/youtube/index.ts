/**
 * YouTube from Google Takeout ("YouTube and YouTube Music"): the watch and search histories
 * (`history/watch-history.json` or `.html`, `search-history.*`, and My Activity's own YouTube
 * file, in either form and in any language: the files are recognised by what they hold) and
 * your comments (`comments/comments*.csv`). Not one entry per video: one entry per day of
 * watching (kind `watching`: each video with its channel, linked) and one private entry per day
 * of searches; each comment is an entry (kind `comment`) on its video, named from the history.
 */
import { youtubeSource, type PartOf } from '../../archive/sources.ts';
import { damagedFile } from '../coverage.ts';
import { csvFile, csvHeader } from '../csv-rows.ts';
import { ImportInputError, type FileView } from '../file-view.ts';
import { escapeMarkup, markdownLink } from '../html.ts';
import { headOf, instantIn, recordsOf, webAddress, where } from '../item-helpers.ts';
import { isRecord } from '../meta-export.ts';
import type { ImportedData, Importer, ImportItem } from '../types.ts';
import { ActivityHtmlReader, htmlActivity, jsonActivity, type Activity } from './activity.ts';
import { commentItem, isCommentsHeader, videoIdOf, type KnownVideo } from './comments.ts';

const NAMED = /(^|\/)(?:watch|search)-history\.(?:json|html)$/i;
/** Takeout's folders and files of YouTube that are not imported, with why. */
const LEFT_OUT: [RegExp, string][] = [
  [/(^|\/)subscriptions\//i, 'your subscriptions: channels, not moments of your life'],
  [/(^|\/)playlists\//i, 'your playlists'],
  [/(^|\/)live[ -]?chats?\//i, 'live chat messages'],
  [/(^|\/)my-comments\//i, 'the older comments page; newer exports have comments.csv'],
  [
    /(^|\/)(?:channels|video metadata|videos|music \(library and uploads\))\//i,
    'your channel and uploads',
  ],
];

interface Watch extends Activity {
  file: string;
}

export const youtubeImporter: Importer<PartOf<typeof youtubeSource>> = {
  name: 'youtube',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const found = await exportFiles(view);
    if (found.history.length === 0 && found.comments.length === 0) return 0;
    // Below Google Photos, mail and the location history: a whole Takeout stays theirs.
    return found.history.some((item) => NAMED.test(item.file)) ? 0.65 : 0.55;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const { history, comments } = await exportFiles(view);
    if (history.length === 0 && comments.length === 0)
      throw new ImportInputError(
        `${view.label}: no YouTube history or comments here (watch-history.json or .html, search-history, comments.csv): in takeout.google.com choose "YouTube and YouTube Music"`,
      );
    const { timeZone } = options.config;
    const tally = new Map<string, number>();
    const count = (file: string) => tally.set(file, (tally.get(file) ?? 0) + 1);
    const watchDays = new Map<string, Watch[]>();
    const searchDays = new Map<string, Watch[]>();
    const videos = new Map<string, KnownVideo>();
    const seen = new Set<string>();
    const skip = (file: string, reason: string, detail?: string): ImportItem => {
      count(file);
      return { type: 'skip', reason, file, ...(detail ? { detail } : {}) };
    };

    for (const { file, format } of history) {
      let records: HistoryRecord[];
      try {
        records =
          format === 'json'
            ? await jsonRecords(view, file)
            : await htmlRecords(view, file, timeZone);
      } catch (error) {
        if (!(error instanceof ImportInputError)) throw error;
        yield damagedFile(file, error);
        continue;
      }
      tally.set(file, 0);
      const watches = records.filter((record) => 'action' in record && record.action === 'watch');
      const searches = records.filter((record) => 'action' in record && record.action === 'search');
      // A record without a link in a history of watches is a removed or private video.
      const isWatchHistory = watches.length > 0 && watches.length >= searches.length;
      for (const [index, record] of records.entries()) {
        if ('problem' in record) {
          yield skip(file, record.problem, `${file}: record ${index + 1}`);
          continue;
        }
        const action = record.action === 'unlinked' && isWatchHistory ? 'watch' : record.action;
        if (record.isAd) yield skip(file, 'an ad YouTube played');
        else if (action === 'unlinked' || action === 'other')
          yield skip(file, 'not a video watched or a search (a post viewed, a survey answered)');
        else {
          const key = `${action}|${Date.parse(record.time)}|${record.url ?? record.title}`;
          if (seen.has(key)) {
            yield skip(file, 'in another history file of the export too');
            continue;
          }
          seen.add(key);
          const time = instantIn(record.time, timeZone);
          if (!time) {
            yield skip(file, 'an impossible date', `${file}: record ${index + 1}: ${record.time}`);
            continue;
          }
          const days = action === 'watch' ? watchDays : searchDays;
          const day = time.slice(0, 10);
          (days.get(day) ?? days.set(day, []).get(day)!).push({ ...record, time, file });
          const id = videoIdOf(record.url);
          if (action === 'watch' && id && !videos.has(id) && record.url !== record.title)
            videos.set(id, {
              title: record.title,
              ...(record.channel ? { channel: record.channel } : {}),
            });
        }
      }
    }

    for (const file of comments) {
      const rows = await csvFile(view, file);
      if (!Array.isArray(rows)) {
        yield rows;
        continue;
      }
      yield { type: 'file', account: { file, status: 'read', records: rows.length } };
      yield* recordsOf(file, rows, function* (row: Record<string, string>) {
        yield commentItem(row, file, videos, timeZone);
      });
    }

    const files = await view.list();
    for (const file of files) {
      // In a whole Takeout, another product's `videos/` folder is not YouTube's.
      if (!isYouTubeFile(file, files)) continue;
      const reason = LEFT_OUT.find(([pattern]) => pattern.test(file))?.[1];
      if (reason) yield { type: 'file', account: { file, status: 'not-imported', reason } };
    }

    const items: ImportItem[] = [];
    for (const [days, make] of [
      [watchDays, watchingEntry],
      [searchDays, searchesEntry],
    ] as const)
      for (const day of [...days.keys()].sort()) {
        const item = make(day, days.get(day)!);
        count(item.entry.file);
        items.push(item);
      }
    // A day gathers records from every file; its entry counts against the file of its first.
    for (const [file, records] of tally)
      yield { type: 'file', account: { file, status: 'read', records } };
    yield* items;
  },
};

/** A record of a history file, or why it cannot be read (`index` is its place in the file). */
type HistoryRecord = Activity | { problem: string; index: number };

/** The records of a JSON history, each read on its own. */
async function jsonRecords(view: FileView, file: string): Promise<HistoryRecord[]> {
  let list: unknown;
  try {
    list = JSON.parse((await view.text(file)).replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportInputError(
      `${where(view.label, file)}: not valid JSON (${(error as Error).message}); the file is damaged or the download incomplete`,
      { cause: error },
    );
  }
  if (!Array.isArray(list))
    throw new ImportInputError(`${where(view.label, file)}: expected a list of activity records`);
  return list.map((record, index) =>
    isRecord(record)
      ? withIndex(jsonActivity(record), index)
      : { problem: 'a record that is not an object', index },
  );
}

/** The records of an HTML history, read as a stream: only the records are kept, not the page. */
async function htmlRecords(
  view: FileView,
  file: string,
  timeZone: string,
): Promise<HistoryRecord[]> {
  const reader = new ActivityHtmlReader();
  const decoder = new TextDecoder('utf-8');
  const records: HistoryRecord[] = [];
  const read = (cells: ReturnType<ActivityHtmlReader['write']>) => {
    for (const cell of cells) records.push(withIndex(htmlActivity(cell, timeZone), records.length));
  };
  for await (const chunk of await view.stream(file))
    read(reader.write(decoder.decode(chunk as Buffer, { stream: true })));
  read(reader.write(decoder.decode()));
  read(reader.end());
  return records;
}

const withIndex = (record: Activity | { problem: string }, index: number) =>
  'problem' in record ? { ...record, index } : record;

const at = (watch: Watch) => watch.time.slice(11, 16);
const sortByTime = (list: Watch[]) =>
  list.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));

/** A linked label, or the label as text when its address is not a web page. */
const linked = (label: string, url: string | undefined) => {
  const address = url ? webAddress(url) : undefined;
  return address ? markdownLink(label, address) : escapeMarkup(label);
};

/** A day of watching: each video in time order with its channel, and the channel watched most. */
function watchingEntry(day: string, watches: Watch[]): ImportItem & { type: 'entry' } {
  sortByTime(watches);
  const byChannel = new Map<string, number>();
  for (const watch of watches)
    if (watch.channel) byChannel.set(watch.channel, (byChannel.get(watch.channel) ?? 0) + 1);
  const top = [...byChannel].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const lines = watches.map((watch) => {
    const channel = watch.channel ? ` · ${linked(watch.channel, watch.channelUrl)}` : '';
    return `- ${at(watch)} · ${linked(watch.title, watch.url)}${channel}`;
  });
  const data: ImportedData = {
    id: `youtube:watched-${day}`,
    kind: 'watching',
    date: watches[0]!.time,
    title: `Watched ${watches.length} ${watches.length === 1 ? 'video' : 'videos'}`,
    videos: watches.length,
    ...(top && (top[1] > 1 || watches.length === 1) ? { topChannel: top[0] } : {}),
  };
  return {
    type: 'entry',
    entry: { data, body: lines.join('\n'), media: [], file: watches[0]!.file },
  };
}

/** A day of searches on YouTube: private, as a search history is. */
function searchesEntry(day: string, searches: Watch[]): ImportItem & { type: 'entry' } {
  sortByTime(searches);
  const lines = searches.map((search) => `- ${at(search)} · ${linked(search.title, search.url)}`);
  const data: ImportedData = {
    id: `youtube:searched-${day}`,
    kind: 'search',
    date: searches[0]!.time,
    title: `Searched YouTube ${searches.length === 1 ? 'once' : `${searches.length} times`}`,
    searches: searches.length,
    visibility: 'private',
  };
  return {
    type: 'entry',
    entry: { data, body: lines.join('\n'), media: [], file: searches[0]!.file },
  };
}

/** A file of YouTube's folder, a history by its name, or any file of a small export. */
const isYouTubeFile = (file: string, files: readonly string[]) =>
  NAMED.test(file) || files.length <= 50 || /youtube/i.test(file);

/** The export's history files (by what they hold) and comment files (by their header). */
async function exportFiles(view: FileView) {
  const files = await view.list();
  // In a whole Takeout only YouTube's folder is looked into; a small folder is looked at whole.
  const candidates = files.filter((file) => isYouTubeFile(file, files));
  const history: { file: string; format: 'json' | 'html' }[] = [];
  const comments: string[] = [];
  for (const file of candidates) {
    if (LEFT_OUT.some(([pattern]) => pattern.test(file))) continue;
    if (/\.json$/i.test(file)) {
      const head = await headOf(view, file, 2048);
      if (
        /^\ufeff?\s*\[\s*(?:\]|\{)/.test(head) &&
        (NAMED.test(file) ||
          /"header"\s*:\s*"YouTube|"titleUrl"\s*:\s*"https:\/\/(?:www|music)\.youtube\.com/.test(
            head,
          ))
      )
        history.push({ file, format: 'json' });
    } else if (/\.html?$/i.test(file)) {
      const head = await headOf(view, file, 8192);
      if (NAMED.test(file) || (/outer-cell/.test(head) && /YouTube/.test(head)))
        history.push({ file, format: 'html' });
    } else if (/\.csv$/i.test(file)) {
      if (isCommentsHeader(csvHeader(await headOf(view, file, 1024)))) comments.push(file);
    }
  }
  return { history, comments };
}
