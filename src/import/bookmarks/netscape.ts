/**
 * The Netscape bookmark file, as every browser and bookmarking service writes it: `<DT><H3>` a
 * folder whose `<DL>` follows, `<DT><A HREF ADD_DATE TAGS PRIVATE>` a bookmark, an optional
 * `<DD>` its description (several lines, until the next `<DT>` or `</DL>`). Read with
 * htmlparser2's tokenizer, which copes with the unclosed `<DT>`, `<DD>` and `<p>` of the format;
 * each `<A>` is one record, in the file's order.
 */
import { Parser } from 'htmlparser2';

export interface NetscapeBookmark {
  href: string;
  title: string;
  /** The folders it is in, outermost first (a browser's own root folders left out). */
  folders: string[];
  /** The `<A>`'s attributes, names in lower case. */
  attributes: Record<string, string>;
  description?: string;
}

/** A browser's own top folders: where a bookmark is, not what it is about. */
const ROOT_FOLDERS = new Set(
  [
    'bookmarks bar',
    'bookmarks toolbar',
    'bookmarks menu',
    'bookmark menu',
    'other bookmarks',
    'mobile bookmarks',
    'personal toolbar',
    'favorites bar',
    'favorites',
    'favoris',
    'menu signets',
    'unsorted bookmarks',
    'unlabeled',
  ].map((name) => name.toLowerCase()),
);

const isRoot = (name: string, attributes: Record<string, string>) =>
  'personal_toolbar_folder' in attributes ||
  'unfiled_bookmarks_folder' in attributes ||
  ROOT_FOLDERS.has(name.toLowerCase());

/** The signature line browsers write first. */
export const NETSCAPE_DOCTYPE = /^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i;

/** Whether the text is a bookmark file: the doctype, or (Google Bookmarks) `<DT><A HREF` links. */
export function looksLikeBookmarks(text: string): boolean {
  return NETSCAPE_DOCTYPE.test(text.replace(/^\uFEFF/, '')) || /<DT>\s*<A\s+HREF=/i.test(text);
}

/** Every `<A>` of the file, with its folders and description. */
export function parseNetscape(text: string): NetscapeBookmark[] {
  const bookmarks: NetscapeBookmark[] = [];
  // A folder's name waits for its <DL>; null on the stack is a list with no folder (the root).
  const stack: (string | null)[] = [];
  let pendingFolder: { name: string; root: boolean } | undefined;
  let folderName: string | undefined;
  let folderAttributes: Record<string, string> = {};
  let current: NetscapeBookmark | undefined;
  let inLink = false;
  let inDescription = false;
  // A script's or a style's text is no one's description.
  let inScript = false;

  const folders = () => stack.filter((name): name is string => name !== null);
  const endDescription = () => {
    if (inDescription && current?.description !== undefined) {
      const description = current.description.trim();
      if (description) current.description = description;
      else delete current.description;
    }
    inDescription = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'dt' || name === 'dl' || name === 'h3') {
          endDescription();
          current = undefined;
        }
        if (name === 'script' || name === 'style') inScript = true;
        else if (name === 'h3') {
          folderName = '';
          folderAttributes = attributes;
        } else if (name === 'dl') {
          stack.push(pendingFolder && !pendingFolder.root ? pendingFolder.name : null);
          pendingFolder = undefined;
        } else if (name === 'a' && attributes.href !== undefined) {
          current = { href: attributes.href.trim(), title: '', folders: folders(), attributes };
          bookmarks.push(current);
          inLink = true;
        } else if (name === 'dd' && current) {
          inDescription = true;
          current.description = '';
        }
      },
      ontext(data) {
        if (inScript) return;
        if (folderName !== undefined) folderName += data;
        else if (inLink && current) current.title += data;
        else if (inDescription && current) current.description += data;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') inScript = false;
        else if (name === 'h3' && folderName !== undefined) {
          const folder = folderName.replace(/\s+/g, ' ').trim();
          pendingFolder = { name: folder, root: !folder || isRoot(folder, folderAttributes) };
          folderName = undefined;
        } else if (name === 'a') {
          inLink = false;
          if (current) current.title = current.title.replace(/\s+/g, ' ').trim();
        } else if (name === 'dl') {
          endDescription();
          current = undefined;
          stack.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  parser.end();
  endDescription();
  return bookmarks;
}
