/**
 * Takeout's My Activity records, as YouTube's history files hold them, in both forms Takeout
 * offers: JSON (`[{header, title: "Watched …", titleUrl, subtitles: [{name, url}], time,
 * details?, activityControls}]`, `time` in UTC) and the HTML it gives by default (one
 * `div.outer-cell` per record: the product in its header, then a content cell of text lines
 * split by `<br>`, the video's and the channel's links, the date last, and a caption cell that
 * says `From Google Ads` for an ad). A record is read by its links, never by its verb, which is
 * in the account's language: `/watch?v=` is a watch, `/results?search_query=` a search.
 */
import { Parser } from 'htmlparser2';

import { parseIsoParts } from '../../archive/dates.ts';
import { parseActivityDate } from './html-date.ts';

/** One record of the history, or what it is when it is not a watch or a search. */
export interface Activity {
  /**
   * `watch`, `search`, something else the history holds (`other`: a community post viewed), or
   * `unlinked`: a record without a link, which in a watch history is a removed or private video.
   */
  action: 'watch' | 'search' | 'unlinked' | 'other';
  /** ISO 8601 with an offset. */
  time: string;
  /** The video's title or the words searched for; the record's own text when it has no link. */
  title: string;
  url?: string;
  channel?: string;
  channelUrl?: string;
  /** An ad YouTube played (`From Google Ads`): not something the person chose to watch. */
  isAd: boolean;
  /** `YouTube`, `YouTube Music`: the record's header. */
  product?: string;
}

/** Words Takeout's English (and a few other languages') records start with. */
const VERBS = /^(?:Watched|Searched for|Viewed|Visited|Visto|Vu|Regardé|Angesehen|Bekeken)\s+/u;

const isWatch = (url: string) =>
  /^https?:\/\/(?:(?:www\.|m\.|music\.)?youtube\.com\/(?:watch\?|shorts\/)|youtu\.be\/)/.test(url);
const searchQuery = (url: string) => {
  const match = /^https?:\/\/(?:www\.|m\.|music\.)?youtube\.com\/results\?(.*)$/.exec(url);
  return match ? (new URLSearchParams(match[1]).get('search_query') ?? undefined) : undefined;
};

/** A JSON record, or why it cannot be read. */
export function jsonActivity(record: Record<string, unknown>): Activity | { problem: string } {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const time = text(record.time);
  if (!time || !parseIsoParts(time) || !Number.isFinite(Date.parse(time)))
    return { problem: 'no time, or not a date' };
  const title = text(record.title);
  const url = text(record.titleUrl) || undefined;
  const subtitle = Array.isArray(record.subtitles) ? record.subtitles[0] : undefined;
  const channel =
    typeof subtitle === 'object' && subtitle ? (subtitle as Record<string, unknown>) : {};
  const details = Array.isArray(record.details) ? record.details : [];
  const isAd = details.some((detail) => /From Google Ads/i.test(JSON.stringify(detail)));
  const controls = JSON.stringify(record.activityControls ?? '');
  return classify({
    time,
    title,
    url,
    channel: text(channel.name) || undefined,
    channelUrl: text(channel.url) || undefined,
    isAd,
    product: text(record.header) || undefined,
    // A removed or private video has no link; its record still says it was watched.
    isWatchHistory: /watch history/i.test(controls),
    isSentence: true,
  });
}

/**
 * A record as read, before it is classified: `isWatchHistory` when it says it is of the watch
 * history, `isSentence` when its title is a sentence that starts with a verb.
 */
type ReadRecord = Omit<Activity, 'action'> & { isWatchHistory: boolean; isSentence: boolean };

function classify(record: ReadRecord): Activity {
  const { time, url, channel, channelUrl, isAd, product } = record;
  const base = { time, isAd, ...(product ? { product } : {}) };
  // JSON's title is the record's sentence ("Watched …"); HTML's is the link's text alone.
  const title = record.isSentence ? record.title.replace(VERBS, '') : record.title;
  const query = url ? searchQuery(url) : undefined;
  if (query !== undefined) return { ...base, action: 'search', title: query, url };
  if (url && isWatch(url))
    return {
      ...base,
      action: 'watch',
      // A video that went private keeps only its address as its title.
      title: title === url || title === '' ? 'A video that is no longer available' : title,
      url,
      ...(channel ? { channel } : {}),
      ...(channelUrl ? { channelUrl } : {}),
    };
  if (!url)
    return { ...base, action: record.isWatchHistory ? 'watch' : 'unlinked', title: capital(title) };
  return { ...base, action: 'other', title, url };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A record of the HTML as its parser collects it. */
interface HtmlCell {
  header: string;
  lines: string[];
  links: { href: string; text: string }[];
  caption: string;
  hasContent: boolean;
}

/**
 * Reads My Activity HTML as it arrives, chunk by chunk (a history of many years is hundreds of
 * megabytes): `write` returns the records whose cells closed in that chunk.
 */
export class ActivityHtmlReader {
  private readonly done: HtmlCell[] = [];
  private readonly roles: string[] = [];
  private cell: HtmlCell | undefined;
  private link: { href: string; text: string } | undefined;
  private inHeader = false;
  private readonly parser: Parser;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attributes) => this.open(name, attributes.class ?? '', attributes.href),
        ontext: (text) => this.text(text),
        onclosetag: (name) => this.close(name),
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
  }

  write(chunk: string): HtmlCell[] {
    this.parser.write(chunk);
    return this.done.splice(0);
  }

  end(): HtmlCell[] {
    this.parser.end();
    return this.done.splice(0);
  }

  private get role() {
    return this.roles.at(-1);
  }

  private open(name: string, classes: string, href: string | undefined) {
    if (name === 'div') {
      if (/\bouter-cell\b/.test(classes)) {
        this.cell = { header: '', lines: [''], links: [], caption: '', hasContent: false };
        this.roles.push('outer');
      } else if (this.cell && /\bcontent-cell\b/.test(classes)) {
        if (/\bmdl-typography--caption\b/.test(classes)) this.roles.push('caption');
        else if (!this.cell.hasContent && !/\btext-right\b/.test(classes)) {
          this.cell.hasContent = true;
          this.roles.push('content');
        } else this.roles.push('other');
      } else this.roles.push('other');
    } else if (name === 'p' && /\bmdl-typography--title\b/.test(classes)) this.inHeader = true;
    else if (this.cell && this.role === 'content') {
      if (name === 'br') this.cell.lines.push('');
      else if (name === 'a') this.link = { href: (href ?? '').trim(), text: '' };
    } else if (this.cell && this.role === 'caption' && name === 'br') this.cell.caption += '\n';
  }

  private text(text: string) {
    if (!this.cell) return;
    if (this.inHeader) this.cell.header += text;
    else if (this.role === 'content') {
      this.cell.lines[this.cell.lines.length - 1] += text;
      if (this.link) this.link.text += text;
    } else if (this.role === 'caption') this.cell.caption += text;
  }

  private close(name: string) {
    if (name === 'p') this.inHeader = false;
    else if (name === 'a' && this.link && this.cell) {
      this.cell.links.push(this.link);
      this.link = undefined;
    } else if (name === 'div') {
      const role = this.roles.pop();
      if (role === 'outer' && this.cell) {
        this.done.push(this.cell);
        this.cell = undefined;
      }
    }
  }
}

const tidy = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A record of the HTML, or why it cannot be read. */
export function htmlActivity(cell: HtmlCell, timeZone: string): Activity | { problem: string } {
  const lines = cell.lines.map(tidy).filter(Boolean);
  const date = lines.at(-1);
  if (!date) return { problem: 'an empty record' };
  const time = parseActivityDate(date, timeZone);
  if (typeof time !== 'string') return time;
  const [video, channel] = cell.links;
  return classify({
    time,
    title: video ? tidy(video.text) : lines.length >= 2 ? lines[0]! : '',
    ...(video?.href ? { url: video.href } : {}),
    ...(channel && tidy(channel.text) ? { channel: tidy(channel.text) } : {}),
    ...(channel?.href ? { channelUrl: channel.href } : {}),
    isAd: /From Google Ads/i.test(cell.caption),
    product: tidy(cell.header) || undefined,
    isWatchHistory: false,
    isSentence: !video,
  });
}
