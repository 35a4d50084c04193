/**
 * Reddit's data export (reddit.com/settings/data-request: a zip of CSVs). Columns are read by
 * their header's names, since Reddit adds some over the years: `posts.csv` (`id, permalink,
 * date, ip, subreddit, gildings, title, url, body`) and `comments.csv` (`…, link, parent, body,
 * media`) become posts and comments in their subreddit, which is also a tag; `messages.csv`
 * (and `messages_archive.csv`: `id, permalink, thread_id, date, ip, from, to, subject, body`)
 * private messages with `--include messages`; `saved_posts.csv` and `saved_comments.csv` (`id,
 * permalink` only) bookmarks with `--include saved`. Dates are `2023-01-15 12:34:56 UTC`. The
 * `ip` column is never read.
 */
import { notImportedAccount } from './coverage.ts';
import { redditSource, type PartOf } from '../archive/sources.ts';
import { csvFile, csvHeader, csvRows, type CsvRow } from './csv-rows.ts';
import { ImportInputError, type FileView } from './file-view.ts';
import { epochDate, headOf, instantIn, recordsOf, webAddress, where } from './item-helpers.ts';
import type { ImportedData, Importer, ImportItem, ImportOptions } from './types.ts';

type Part = PartOf<typeof redditSource>;
type Kind = 'posts' | 'comments' | 'messages' | 'saved';

const FILES: [RegExp, Kind][] = [
  [/(^|\/)posts\.csv$/i, 'posts'],
  [/(^|\/)comments\.csv$/i, 'comments'],
  [/(^|\/)messages(?:_archive)?\.csv$/i, 'messages'],
  [/(^|\/)saved_(?:posts|comments)\.csv$/i, 'saved'],
];

/** Files of the export that are not imported, with why. */
const LEFT_OUT: [RegExp, string][] = [
  [/(^|\/)(?:post|comment|poll)_votes\.csv$/i, 'your votes: other people’s posts, without a date'],
  [/(^|\/)hidden_posts\.csv$/i, 'posts you hid'],
  [/(^|\/)chat_history\.csv$/i, 'chat messages (Reddit Chat) are not read yet'],
  [
    /(^|\/)(?:subscribed_subreddits|moderated_subreddits|approved_submitter_subreddits|multireddits|friends)\.csv$/i,
    'who and what you follow: not moments of your life',
  ],
  [
    /(^|\/)(?:ip_logs|account_gender|birthdate|linked_identities|linked_phone_number|sensitive_ads_preferences|user_preferences|statistics|checkfile|persona|twitter|stripe|payouts|purchases|subscriptions|gilded_content|gold_received|announcements|drafts|scheduled_posts)\.csv$/i,
    'account data, not entries',
  ],
];

/** Said of a post or comment whose text Reddit no longer has. */
const GONE = /^\s*\[(?:deleted|removed)\]\s*$/i;

export const redditImporter: Importer<Part> = {
  name: 'reddit',
  version: '1',

  async detect(view: FileView): Promise<number> {
    let best = 0;
    for (const file of (await view.list()).filter((name) => kindOf(name))) {
      const header = csvHeader(await headOf(view, file, 1024));
      if (/\bpermalink\b/.test(header) && /\bsubreddit\b/.test(header)) return 1;
      if (/^id,permalink\b/.test(header)) best = 0.5;
    }
    return best;
  },

  async *read(view: FileView, options: ImportOptions<Part>): AsyncIterable<ImportItem> {
    const files = await view.list();
    const known = files.filter((file) => kindOf(file));
    if (!known.some((file) => kindOf(file) !== 'saved'))
      throw new ImportInputError(
        `${view.label}: no posts.csv, comments.csv or messages.csv here: is this Reddit's data export? Point at the zip or its unzipped folder`,
      );
    const { timeZone } = options.config;
    for (const file of known) {
      const kind = kindOf(file)!;
      const part = kind === 'saved' ? 'saved' : kind === 'messages' ? 'messages' : undefined;
      if (part && !options.include.has(part)) {
        yield {
          type: 'file',
          account: notImportedAccount(file, { reason: redditSource.include[part], include: part }),
        };
        continue;
      }
      const rows = await csvFile(view, file);
      if (!Array.isArray(rows)) {
        yield rows;
        continue;
      }
      yield { type: 'file', account: { file, status: 'read', records: rows.length } };
      if (kind === 'messages') {
        const owner = (await accountName(view, files)) ?? ownerOf(rows);
        yield* recordsOf(file, rows, function* (row: CsvRow) {
          yield message(row, file, owner, timeZone);
        });
      } else if (kind === 'saved') {
        const modified = await view.modified(file);
        const fileTime =
          modified === undefined
            ? undefined
            : epochDate(String(Math.floor(modified / 1000)), timeZone);
        yield* recordsOf(file, rows, function* (row: CsvRow) {
          yield saved(row, file, fileTime);
        });
      } else
        yield* recordsOf(file, rows, function* (row: CsvRow) {
          yield kind === 'posts' ? post(row, file, timeZone) : comment(row, file, timeZone);
        });
    }
    for (const file of files) {
      const reason = LEFT_OUT.find(([pattern]) => pattern.test(file))?.[1];
      if (reason) yield { type: 'file', account: { file, status: 'not-imported', reason } };
    }
  },
};

const kindOf = (file: string) => FILES.find(([pattern]) => pattern.test(file))?.[1];
const cell = (row: CsvRow, name: string) => (row[name] ?? '').trim();

/** `2023-01-15 12:34:56 UTC` (or an ISO date) in the archive's zone, or why not. */
function dateOf(value: string, timeZone: string): string | { reason: string } {
  if (!value) return { reason: 'a row without a date' };
  return (
    instantIn(value.replace(/ UTC$/, 'Z').replace(' ', 'T'), timeZone) ?? {
      reason: `impossible date "${value}"`,
    }
  );
}

/** A permalink as an address: Reddit writes some without their host. */
function permalinkOf(value: string): string | undefined {
  const link = value.startsWith('/') ? `https://www.reddit.com${value}` : value;
  return webAddress(link);
}

const subredditOf = (row: CsvRow) =>
  cell(row, 'subreddit').replace(/^\/?r\//i, '') ||
  /\/r\/([\w-]+)\//.exec(cell(row, 'permalink'))?.[1] ||
  '';

/** What a post and a comment share: date, subreddit (also a tag), permalink. */
function common(
  row: CsvRow,
  timeZone: string,
): Omit<ImportedData, 'id' | 'kind'> | { reason: string } {
  const date = dateOf(cell(row, 'date'), timeZone);
  if (typeof date !== 'string') return date;
  const subreddit = subredditOf(row);
  const url = permalinkOf(cell(row, 'permalink'));
  return {
    date,
    ...(subreddit ? { subreddit, tags: [`r/${subreddit}`] } : {}),
    ...(url ? { url } : {}),
  };
}

function post(row: CsvRow, file: string, timeZone: string): ImportItem {
  const id = cell(row, 'id');
  const shared = common(row, timeZone);
  if (!id) return { type: 'skip', reason: 'a post without an id', file };
  if ('reason' in shared) return { type: 'skip', reason: shared.reason, file };
  const title = cell(row, 'title');
  const body = GONE.test(row['body'] ?? '') ? '' : (row['body'] ?? '').trim();
  const link = webAddress(cell(row, 'url'));
  // A link post's address is its subject; a text post's `url` is its own permalink.
  const isLinkPost =
    link && !/^https?:\/\/(?:www\.|old\.)?reddit\.com\/r\/[^/]+\/comments\//.test(link);
  const text = [isLinkPost ? `<${link}>` : '', body].filter(Boolean).join('\n\n');
  if (!title && !text) return { type: 'skip', reason: 'a post deleted on Reddit', file };
  const data: ImportedData = {
    id: `reddit:t3_${id}`,
    kind: 'post',
    ...shared,
    ...(title ? { title } : {}),
  };
  return { type: 'entry', entry: { data, body: text, media: [], file } };
}

function comment(row: CsvRow, file: string, timeZone: string): ImportItem {
  const id = cell(row, 'id');
  const shared = common(row, timeZone);
  if (!id) return { type: 'skip', reason: 'a comment without an id', file };
  if ('reason' in shared) return { type: 'skip', reason: shared.reason, file };
  const body = (row['body'] ?? '').trim();
  if (!body || GONE.test(body))
    return { type: 'skip', reason: 'a comment deleted or removed on Reddit (no text left)', file };
  const data: ImportedData = { id: `reddit:t1_${id}`, kind: 'comment', ...shared };
  const parent = parentOf(cell(row, 'parent'), cell(row, 'link'));
  if (parent) data.inReplyTo = parent;
  return { type: 'entry', entry: { data, body, media: [], file } };
}

/** What a comment answers: `t1_abc` (a comment) or `t3_xyz` (a post), else its post's link. */
function parentOf(parent: string, link: string): string | undefined {
  if (/^t[13]_\w+$/.test(parent)) return `reddit:${parent}`;
  const post = /\/comments\/(\w+)/.exec(link || parent)?.[1];
  return post ? `reddit:t3_${post}` : undefined;
}

const ACCOUNT = /^(?:account[ _]?name|username)$/i;

/** The account's name from `statistics.csv` (`statistic,value` rows), lower-case. */
async function accountName(view: FileView, files: string[]): Promise<string | undefined> {
  const file = files.find((name) => /(^|\/)statistics\.csv$/i.test(name));
  if (!file) return undefined;
  let rows: CsvRow[];
  try {
    rows = csvRows(await view.text(file), where(view.label, file));
  } catch {
    return undefined;
  }
  for (const row of rows) {
    const cells = Object.entries(row);
    const named = cells.find(([key]) => ACCOUNT.test(key.trim()))?.[1];
    if (named?.trim()) return named.trim().toLowerCase();
    const labelled = cells.findIndex(([, value]) => ACCOUNT.test(value.trim()));
    const value = labelled >= 0 ? cells[labelled + 1]?.[1]?.trim() : undefined;
    if (value) return value.toLowerCase();
  }
  return undefined;
}

/** Whose export it is: the one name in every message, as sender or recipient. */
function ownerOf(rows: CsvRow[]): string | undefined {
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const name of new Set([cell(row, 'from'), cell(row, 'to')].filter(Boolean)))
      counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
  const everywhere = [...counts].filter(([, count]) => count === rows.length);
  return everywhere.length === 1 && rows.length > 1 ? everywhere[0]![0] : undefined;
}

function message(
  row: CsvRow,
  file: string,
  owner: string | undefined,
  timeZone: string,
): ImportItem {
  const id = cell(row, 'id');
  const date = dateOf(cell(row, 'date'), timeZone);
  if (!id) return { type: 'skip', reason: 'a message without an id', file };
  if (typeof date !== 'string') return { type: 'skip', reason: date.reason, file };
  const [from, to] = [cell(row, 'from'), cell(row, 'to')];
  const thread = cell(row, 'thread_id') || id;
  const subject = cell(row, 'subject');
  const other = owner && from.toLowerCase() === owner ? to : from;
  const data: ImportedData = {
    id: `reddit:message-${id}`,
    kind: 'message',
    date,
    visibility: 'private',
    thread: `reddit:thread-${thread}`,
    // A reply's subject is `re: …`: the conversation is who it is with, or its first subject.
    conversation: owner && other ? `u/${other}` : subject.replace(/^(?:re:\s*)+/i, '') || thread,
    ...(from ? { from: `u/${from}` } : {}),
    ...(to ? { to: [`u/${to}`] } : {}),
    ...(owner
      ? { direction: from.toLowerCase() === owner ? ('sent' as const) : ('received' as const) }
      : {}),
  };
  return { type: 'entry', entry: { data, body: (row['body'] ?? '').trim(), media: [], file } };
}

/**
 * A saved post or comment: the export has only its id and permalink, so the bookmark is dated
 * by the file and titled from its permalink's words.
 */
function saved(row: CsvRow, file: string, fileTime: string | undefined): ImportItem {
  const id = cell(row, 'id');
  const url = permalinkOf(cell(row, 'permalink'));
  if (!id || !url)
    return { type: 'skip', reason: 'a saved item without an id or a permalink', file };
  if (!fileTime) return { type: 'skip', reason: 'a saved item: the export gives it no date', file };
  const words = /\/comments\/\w+\/([^/?#]+)/.exec(url)?.[1];
  const subreddit = subredditOf(row);
  const data: ImportedData = {
    id: `reddit:saved-${id}`,
    kind: 'bookmark',
    date: fileTime,
    dateSource: 'file-time',
    url,
    ...(words && words !== '_' ? { title: decodedWords(words) } : {}),
    ...(subreddit ? { subreddit, tags: [`r/${subreddit}`] } : {}),
  };
  return { type: 'entry', entry: { data, body: '', media: [], file } };
}

/** `caf%C3%A9_days` → `café days`; a malformed escape is kept as written. */
function decodedWords(words: string): string {
  let text = words;
  try {
    text = decodeURIComponent(words);
  } catch {
    // A permalink with a stray `%`: its words as they are.
  }
  return text.replace(/_/g, ' ');
}
