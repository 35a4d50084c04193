/**
 * The demo's bookmarks as a bookmark service exports them: Pinboard's Netscape bookmark file
 * (`<DT><A HREF ADD_DATE PRIVATE TAGS>` with the description in `<DD>`), which the bookmarks
 * importer reads like every browser's. Days are chosen by the calendar, in the list's order.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Calendar } from './calendar.ts';
import { BOOKMARKS } from './places.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function writeBookmarksExport(file: string, calendar: Calendar): Promise<void> {
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Pinboard Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
  ];
  for (const bookmark of BOOKMARKS) {
    const added = Math.floor(Date.parse(calendar.date(bookmark.when)) / 1000);
    lines.push(
      `<DT><A HREF="${escape(bookmark.url)}" ADD_DATE="${added}" PRIVATE="0" TOREAD="0" TAGS="${escape(bookmark.tags.join(','))}">${escape(bookmark.title)}</A>`,
    );
    if (bookmark.note) lines.push(`<DD>${escape(bookmark.note)}`);
  }
  lines.push('</DL></p>');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${lines.join('\n')}\n`);
}
