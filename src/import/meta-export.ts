/**
 * What the Facebook and Instagram exports ("Download Your Information", both by Meta) share:
 * JSON whose strings are UTF-8 bytes written as Latin-1 code points, epoch-second timestamps,
 * numbered parts (`your_posts_1.json`, `_2`, …) and media referenced by a path from the root.
 */
import { inZone } from '../archive/dates.ts';
import { DAMAGED, notImportedAccount } from './coverage.ts';
import type { FileView } from './file-view.ts';
import { FileTooLargeError, ImportInputError } from './file-view.ts';
import { eachRecord, tooLarge } from './records.ts';
import type { ImportItem } from './types.ts';

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Meta writes each UTF-8 byte as its own code point (`\u00c3\u00a9` for é, four for an emoji).
 * A string is repaired only when every character is ≤ U+00FF and the bytes decode as valid
 * UTF-8; anything else (`café` written correctly, a lone `Â`) is left as it is.
 */
export function repairMojibake(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  try {
    return fatalUtf8.decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

/** A file of the export that is not valid JSON: cut off, or damaged in the download. */
export class DamagedFileError extends ImportInputError {
  override name = 'DamagedFileError';
  constructor(
    message: string,
    readonly file: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Parses one JSON file of the export, repairing every string; a damaged file is named. */
export async function readMetaJson(view: FileView, file: string, source: string): Promise<unknown> {
  const text = await view.text(file);
  try {
    return repairStrings(JSON.parse(text));
  } catch (error) {
    const reason = `not valid JSON (${(error as Error).message})`;
    throw new DamagedFileError(
      `${view.label}/${file}: ${reason}; the file is damaged or the ${source} download is incomplete`,
      file,
      reason,
      { cause: error },
    );
  }
}

/**
 * What became of the files an import read: how many were read, and the damaged ones, so that an
 * export whose every file is damaged is refused (there is nothing to import) while one damaged
 * file of many is skipped and named.
 */
export class FileOutcomes {
  read = 0;
  readonly damaged: DamagedFileError[] = [];

  /** Throws the first damaged file's error when no file could be read at all. */
  refuseWhenNothingRead(): void {
    if (this.read === 0 && this.damaged[0]) throw this.damaged[0];
  }
}

/**
 * One JSON file of the export, accounted for (coverage.ts): `read` with its records, each read
 * on its own (records.ts), or, when the file is damaged, `not-understood` with the reason.
 */
export async function* readFileRecords<T extends object>(
  view: FileView,
  file: string,
  source: string,
  outcomes: FileOutcomes,
  recordsOf: (parsed: unknown) => unknown[],
  read: (record: T, index: number) => Iterable<ImportItem> | AsyncIterable<ImportItem>,
): AsyncGenerator<ImportItem> {
  let parsed: unknown;
  try {
    parsed = await readMetaJson(view, file, source);
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      outcomes.read++;
      yield { type: 'file', account: { file, status: 'not-understood', reason: error.message } };
      return yield tooLarge(error);
    }
    if (!(error instanceof DamagedFileError)) throw error;
    outcomes.damaged.push(error);
    yield {
      type: 'file',
      account: { file, status: 'not-understood', reason: `${DAMAGED}${error.reason}` },
    };
    return;
  }
  outcomes.read++;
  const records = recordsOf(parsed);
  yield { type: 'file', account: { file, status: 'read', records: records.length } };
  for await (const item of eachRecord(file, records, read)) yield ofFile(item, file);
}

/** A skip counted against its file (records.ts names the file in its detail only). */
export const ofFile = (item: ImportItem, file: string): ImportItem =>
  item.type === 'skip' && !item.file ? { ...item, file } : item;

/** A file recognised and left out on purpose, with the `--include` part that would import it. */
export const notImported = (file: string, reason: string, include?: string): ImportItem => ({
  type: 'file',
  account: notImportedAccount(file, { reason, include }),
});

/**
 * Every string in `value` repaired, walking with a stack of its own rather than recursing (as
 * a JSON.parse reviver does): 100,000 nested arrays would overflow the call stack.
 */
function repairStrings(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== 'object' || next === null) continue;
    const holder = next as Record<string, unknown>;
    for (const key of Object.keys(holder)) {
      const item = holder[key];
      if (typeof item === 'string') holder[key] = repairMojibake(item);
      else if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return value;
}

/** Epoch seconds → ISO date with the archive zone's offset; undefined for 0 or nonsense. */
export function epochDate(seconds: unknown, timeZone: string): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return inZone(new Date(Math.round(seconds) * 1000).toISOString(), timeZone);
}

/**
 * Warnings for numbered parts missing between 1 and the highest one present: with
 * `your_posts_1.json` and `your_posts_3.json`, part 2 is missing.
 */
export function missingParts(files: string[], pattern: RegExp): string[] {
  const groups = new Map<string, Set<number>>();
  for (const file of files) {
    const match = pattern.exec(file);
    // The part number is the pattern's last capture group.
    const part = match?.[match.length - 1];
    if (!match || !part || !/^\d+$/.test(part)) continue;
    const at = match.index + match[0].lastIndexOf(part);
    const template = `${file.slice(0, at)}{n}${file.slice(at + part.length)}`;
    (groups.get(template) ?? groups.set(template, new Set()).get(template)!).add(Number(part));
  }
  const warnings: string[] = [];
  for (const [template, numbers] of groups) {
    const highest = Math.max(...numbers);
    for (let part = 1; part < highest; part++) {
      if (!numbers.has(part))
        warnings.push(
          `${template.replace('{n}', String(part))} is missing (parts ${[...numbers].sort((a, b) => a - b).join(', ')} are here): the export is incomplete; download every part`,
        );
    }
  }
  return warnings;
}

/** `#word` in a caption → tags, `@name` → people, each once, in order. */
export function captionTags(text: string): { tags: string[]; people: string[] } {
  const tags = [...text.matchAll(/(?<![\p{L}\p{N}_&/])#([\p{L}\p{N}_]+)/gu)].map((m) => m[1]!);
  const people = [
    ...text.matchAll(/(?<![\w@./])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)/g),
  ].map((m) => `@${m[1]!}`);
  return { tags: [...new Set(tags)], people: [...new Set(people)] };
}

/** The media type of an exported file, from its name. */
export function mediaType(file: string): 'image' | 'video' | 'audio' | 'file' {
  if (/\.(jpe?g|png|gif|webp|heic|heif|avif|bmp)$/i.test(file)) return 'image';
  if (/\.(mp4|mov|m4v|webm|avi)$/i.test(file)) return 'video';
  if (/\.(mp3|m4a|aac|wav|ogg|opus)$/i.test(file)) return 'audio';
  return 'file';
}

/** A media path inside the export, or undefined for a remote URL or nothing. */
export function exportPath(root: string, uri: unknown): string | undefined {
  if (typeof uri !== 'string' || uri === '' || /^[a-z][a-z0-9+.-]*:/i.test(uri)) return undefined;
  return `${root}${uri.replace(/^\/+/, '')}`;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The list under the first of `keys` (Meta renames `comments` → `comments_v2` …), or a bare list. */
export function listIn(value: unknown, keys: string[]): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return [];
  for (const key of keys) if (Array.isArray(value[key])) return value[key] as unknown[];
  return [];
}
