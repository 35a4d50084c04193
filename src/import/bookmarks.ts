/**
 * Bookmark files (`bookmarks.html`) as Firefox, Chromium, Edge, Internet Explorer, Safari,
 * Google Bookmarks, Delicious, Pinboard, Scuttle and Shaarli export them: the Netscape format
 * (bookmarks/netscape.ts). One entry of kind `bookmark` per link, dated by its `ADD_DATE`;
 * folders and `TAGS` become tags, the `<DD>` its text, `PRIVATE="1"` makes it private. A
 * Shaarli note (a link to itself, `?abc123`) is a note. Pocket's exports are the pocket source.
 */
import type { FileView } from './file-view.ts';
import { ImportInputError } from './file-view.ts';
import { bookmarksSource, type PartOf } from '../archive/sources.ts';
import { looksLikeBookmarks, NETSCAPE_DOCTYPE, parseNetscape } from './bookmarks/netscape.ts';
import type { NetscapeBookmark } from './bookmarks/netscape.ts';
import { bookmarkId, cleanTags, epochDate, headOf, recordsOf, webAddress } from './item-helpers.ts';
import type { ImportedData, ImportItem, Importer, ImportOptions } from './types.ts';

const HTML = /\.html?$/i;

/** A Shaarli note links to itself: `?` and its short hash. */
const SHAARLI_NOTE = /^\?([\w-]{6,})$/;

export const bookmarksImporter: Importer<PartOf<typeof bookmarksSource>> = {
  name: 'bookmarks',
  version: '1',

  async detect(view: FileView): Promise<number> {
    const files = (await view.list()).filter((file) => HTML.test(file));
    for (const file of files.slice(0, 20)) {
      const head = await headOf(view, file);
      if (NETSCAPE_DOCTYPE.test(head.replace(/^\uFEFF/, ''))) return 0.9;
      if (looksLikeBookmarks(head)) return 0.6;
    }
    return 0;
  },

  async *read(view: FileView, options: ImportOptions): AsyncIterable<ImportItem> {
    const files = (await view.list()).filter((file) => HTML.test(file));
    let found = 0;
    // One URL is one bookmark, in whichever folder or file of the export it is filed first.
    const seen = new Set<string>();
    for (const file of files) {
      const text = await view.text(file);
      if (text.trim() === '') {
        found++;
        yield { type: 'file', account: { file, status: 'read', records: 0 } };
        yield { type: 'warning', message: `${file}: empty file, no bookmarks in it` };
        continue;
      }
      if (!looksLikeBookmarks(text)) {
        yield {
          type: 'file',
          account: { file, status: 'not-understood', reason: 'not a Netscape bookmark file' },
        };
        continue;
      }
      found++;
      yield* readFile(view, file, text, options, seen);
    }
    if (found === 0)
      throw new ImportInputError(
        `${view.label}: no bookmark file here: expected an HTML file starting with <!DOCTYPE NETSCAPE-Bookmark-file-1> (a browser's "Export bookmarks to HTML")`,
      );
  },
};

async function* readFile(
  view: FileView,
  file: string,
  text: string,
  options: ImportOptions,
  seen: Set<string>,
): AsyncGenerator<ImportItem> {
  const bookmarks = parseNetscape(text);
  yield { type: 'file', account: { file, status: 'read', records: bookmarks.length } };
  const modified = await view.modified(file);
  const fileTime =
    modified === undefined
      ? undefined
      : epochDate(String(Math.floor(modified / 1000)), options.config.timeZone);
  yield* recordsOf(file, bookmarks, function* (bookmark: NetscapeBookmark) {
    const data = bookmarkData(bookmark, options.config.timeZone, fileTime);
    if (typeof data === 'string') return yield { type: 'skip', reason: data, file };
    // The same link in two folders (browsers allow it) is one bookmark, with the first's folders.
    if (seen.has(data.id))
      return yield { type: 'skip', reason: 'same link twice in this export', file };
    seen.add(data.id);
    // Scuttle writes the description as an attribute of the link.
    yield {
      type: 'entry',
      entry: {
        data,
        body: bookmark.description ?? bookmark.attributes.description ?? '',
        media: [],
        file,
      },
    };
  });
}

/** The entry's front matter, or why the bookmark is left out. */
function bookmarkData(
  bookmark: NetscapeBookmark,
  timeZone: string,
  fileTime: string | undefined,
): ImportedData | string {
  const { attributes } = bookmark;
  const note = SHAARLI_NOTE.exec(bookmark.href);
  const url = webAddress(bookmark.href);
  if (!url && !note) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bookmark.href)?.[1];
    return scheme
      ? `link that is not a web page (${scheme.toLowerCase()}:)`
      : 'link without a web address';
  }
  const added = epochDate(attributes.add_date, timeZone);
  const modified = added ? undefined : epochDate(attributes.last_modified, timeZone);
  const date = added ?? modified ?? fileTime;
  if (!date) return 'bookmark without a date (no ADD_DATE)';
  const tags = cleanTags([...bookmark.folders, ...(attributes.tags ?? '').split(',')]);
  const title = bookmark.title && bookmark.title !== url ? bookmark.title : undefined;
  const data: ImportedData = {
    id: note ? `bookmarks:shaarli-${note[1]}` : bookmarkId('bookmarks', url!),
    kind: note ? 'note' : 'bookmark',
    date,
    ...(title ? { title } : {}),
    ...(tags ? { tags } : {}),
    ...(url ? { url } : {}),
    ...(attributes.private === '1' ? { visibility: 'private' as const } : {}),
    ...(!added && !modified ? { dateSource: 'file-time' as const } : {}),
  };
  return data;
}
