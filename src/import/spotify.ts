/**
 * Spotify's streaming history: the basic "Account data" export (`StreamingHistory*.json`,
 * `{endTime: "2019-01-01 12:00" (UTC), artistName, trackName, msPlayed}`) and the extended one
 * (`Streaming_History_Audio_*.json`, older `endsong_*.json`: `ts`, the END of the play in UTC,
 * `ms_played`, `master_metadata_track_name`, `master_metadata_album_artist_name`, or an
 * episode's `episode_name`/`episode_show_name`). Not one entry per play: one entry per day
 * (kind `listening`) with its plays as a table and its plays, minutes and top artist as facts.
 * Only those fields are read: `ip_addr`, `conn_country`, `user_agent_decrypted` are never written.
 */
import { inZone } from '../archive/dates.ts';
import { spotifySource, type PartOf } from '../archive/sources.ts';
import { ImportInputError, type FileView } from './file-view.ts';
import { isRecord } from './meta-export.ts';
import { eachFile } from './records.ts';
import type { ImportedData, Importer, ImportItem } from './types.ts';

const NAMED = /(^|\/)(?:StreamingHistory[^/]*|Streaming_History_Audio_[^/]*|endsong_\d+)\.json$/i;
const VIDEO = /(^|\/)Streaming_History_Video_[^/]*\.json$/i;
/** Spotify counts a stream from 30 seconds; shorter plays are skips and taps. */
const COUNTED_MS = 30_000;

interface Play {
  /** When it started, in the archive's zone: `yyyy-mm-ddThh:mm:ss±hh:mm`. */
  start: string;
  track: string;
  artist: string;
  ms: number;
  file: string;
}

export const spotifyImporter: Importer<PartOf<typeof spotifySource>> = {
  name: 'spotify',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = await historyFiles(view);
    if (files.length === 0) return 0;
    return files.some((file) => NAMED.test(file)) ? 0.9 : 0.6;
  },

  async *read(view, options): AsyncIterable<ImportItem> {
    const files = await historyFiles(view);
    const videos = (await view.list()).filter((file) => VIDEO.test(file));
    if (files.length === 0 && videos.length === 0)
      throw new ImportInputError(
        `${view.label}: no Spotify streaming history here (StreamingHistory_music_0.json, Streaming_History_Audio_….json or endsong_0.json): request "Account data" or "Extended streaming history" on spotify.com → Account → Privacy settings`,
      );
    for (const file of videos)
      yield {
        type: 'file',
        account: { file, status: 'not-imported', reason: 'video plays are not imported' },
      };
    const days = new Map<string, Play[]>();
    const tally = new Map<string, number>();
    const timeZone = options.config.timeZone;
    yield* eachFile(files, async function* (file) {
      const text = await view.text(file);
      let list: unknown;
      try {
        list = JSON.parse(text.replace(/^\ufeff/, ''));
      } catch (error) {
        throw new ImportInputError(
          `${view.label}/${file}: not valid JSON (${(error as Error).message}); the file is damaged or the Spotify download is incomplete`,
          { cause: error },
        );
      }
      if (!Array.isArray(list))
        throw new ImportInputError(`${view.label}/${file}: expected a list of plays`);
      tally.set(file, 0);
      for (const [index, record] of list.entries()) {
        const play = playOf(record, file, timeZone);
        if (typeof play === 'string') {
          yield { type: 'unknown-record', file, detail: `record ${index + 1}: ${play}` };
          tally.set(file, tally.get(file)! + 1);
        } else if (play.ms < COUNTED_MS) {
          yield {
            type: 'skip',
            reason: 'play shorter than 30 seconds (Spotify does not count it)',
            detail: `${file}: record ${index + 1}: ${play.track}`,
            file,
          };
          tally.set(file, tally.get(file)! + 1);
        } else {
          const day = play.start.slice(0, 10);
          (days.get(day) ?? days.set(day, []).get(day)!).push(play);
        }
      }
    });
    const items: ImportItem[] = [];
    for (const day of [...days.keys()].sort()) {
      const entry = dayEntry(day, days.get(day)!);
      tally.set(entry.entry.file, (tally.get(entry.entry.file) ?? 0) + 1);
      items.push(entry);
    }
    // A day gathers plays from every file; its entry counts against the file of its first play.
    for (const [file, records] of tally)
      yield { type: 'file', account: { file, status: 'read', records } };
    yield* items;
  },
};

/** One play, or why it cannot be read. */
function playOf(record: unknown, file: string, timeZone: string): Play | string {
  if (!isRecord(record)) return 'not an object';
  const extended = typeof record.ts === 'string';
  const end = extended
    ? (record.ts as string)
    : typeof record.endTime === 'string'
      ? `${record.endTime.replace(' ', 'T')}:00Z`
      : undefined;
  const ms = Number(extended ? record.ms_played : record.msPlayed);
  if (!end || !Number.isFinite(ms) || ms < 0) return 'no end time or duration';
  const endMs = Date.parse(end);
  if (!Number.isFinite(endMs)) return `impossible time "${end}"`;
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const track = extended
    ? text(record.master_metadata_track_name) ||
      text(record.episode_name) ||
      text(record.audiobook_chapter_title)
    : text(record.trackName) || text(record.episodeName);
  const artist = extended
    ? text(record.master_metadata_album_artist_name) ||
      text(record.episode_show_name) ||
      text(record.audiobook_title)
    : text(record.artistName) || text(record.podcastName);
  if (!track) return 'a play without a track, episode or chapter';
  // `ts` and `endTime` are when the play ended: it started ms_played before.
  const start = inZone(new Date(Math.floor((endMs - ms) / 1000) * 1000).toISOString(), timeZone);
  return { start, track, artist, ms, file };
}

const cell = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[*_`[\]<>]/g, (c) => `\\${c}`);

/** A day's entry: its plays in time order as a table, its facts. */
function dayEntry(day: string, plays: Play[]): ImportItem & { type: 'entry' } {
  plays.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const ms = plays.reduce((sum, play) => sum + play.ms, 0);
  const byArtist = new Map<string, number>();
  for (const play of plays)
    if (play.artist) byArtist.set(play.artist, (byArtist.get(play.artist) ?? 0) + play.ms);
  const top = [...byArtist].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const minutes = Math.round(ms / 60000);
  const rows = plays.map(
    (play) =>
      `| ${play.start.slice(11, 16)} | ${cell(play.track)} | ${cell(play.artist)} | ${(play.ms / 60000).toFixed(1)} |`,
  );
  const data: ImportedData = {
    id: `spotify:listening-${day}`,
    kind: 'listening',
    date: plays[0]!.start,
    title: `Listening: ${plays.length} ${plays.length === 1 ? 'play' : 'plays'}, ${minutes} min`,
    plays: plays.length,
    minutes,
  };
  if (top) data.topArtist = top;
  const body = ['| Time | Track | Artist | Minutes |', '|---|---|---|---:|', ...rows].join('\n');
  return { type: 'entry', entry: { data, body, media: [], file: plays[0]!.file } };
}

/** The view's history files: by name, or JSON lists whose first record has a play's fields. */
async function historyFiles(view: FileView): Promise<string[]> {
  const found: string[] = [];
  for (const file of await view.list()) {
    if (!/\.json$/i.test(file) || VIDEO.test(file)) continue;
    if (NAMED.test(file)) {
      found.push(file);
      continue;
    }
    const head = (await view.text(file)).slice(0, 3000);
    if (/^\ufeff?\s*\[\s*\{/.test(head) && /"(ms_played|msPlayed)"\s*:/.test(head))
      found.push(file);
  }
  return found;
}
