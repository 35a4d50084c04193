/**
 * The files of a Meta export (Facebook, Instagram) that the import does not read: which it
 * knows and leaves out on purpose, and why, so that the coverage report names every file.
 */
import type { LeftOut } from './coverage.ts';
import { notImported, type FileOutcomes } from './meta-export.ts';
import type { ImportItem } from './types.ts';

/** A file recognised and left out on purpose: what it is, and the `--include` part that reads it. */
export type LeftOutRule = readonly [pattern: RegExp, reason: string, include?: string];

/**
 * What inhale makes of a file it does not read: the first rule it matches, a photo or video
 * (`media`) no entry shows, or nothing. A file of a part that was included yet not read is one
 * no entry shows: `unshown` says so after the rule's reason.
 */
export function leftOutBy(
  rules: readonly LeftOutRule[],
  media: RegExp,
  unshown: string,
): (file: string, include: ReadonlySet<string>) => LeftOut | undefined {
  return (file, include) => {
    for (const [pattern, reason, part] of rules) {
      if (!pattern.test(file)) continue;
      if (part && include.has(part)) return { reason: `${reason}: ${unshown}` };
      return part ? { reason, include: part } : { reason };
    }
    if (media.test(file)) return { reason: 'a photo or video no imported entry shows' };
    return undefined;
  };
}

/**
 * The import's items, then every other file of the export that `leftOut` knows, as left out
 * on purpose (one nothing says what it is stays not understood). A file is read when an item
 * accounts for it, and shown when an entry's media comes from it: `shown` fills as the items
 * pass, for readers that look at it. Refuses an export none of whose files could be read.
 */
export async function* withLeftOutFiles(
  items: AsyncIterable<ImportItem>,
  files: readonly string[],
  outcomes: FileOutcomes,
  leftOut: (file: string) => LeftOut | undefined,
  shown: Set<string> = new Set(),
): AsyncGenerator<ImportItem> {
  const read = new Set<string>();
  for await (const item of items) {
    if (item.type === 'file') read.add(item.account.file);
    if (item.type === 'entry') for (const media of item.entry.media) shown.add(media.from);
    yield item;
  }
  outcomes.refuseWhenNothingRead();
  for (const file of files) {
    if (read.has(file) || shown.has(file)) continue;
    const why = leftOut(file);
    if (why) yield notImported(file, why.reason, why.include);
  }
}
