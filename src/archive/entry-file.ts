/**
 * Reads one entry file: YAML front matter (never JavaScript, never a template) and a Markdown
 * body. Every problem names the file, the line and the field.
 */
import { createRequire } from 'node:module';

import type matterType from 'gray-matter';
import { CORE_SCHEMA, dump as dumpYaml, load as loadYaml } from 'js-yaml';
import { Document, LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';

import { EntryError, type Problem } from './errors.ts';
import { EntrySchema, type EntryData } from './schema.ts';
import { yamlHint } from './yaml-hints.ts';

/** Front matter larger than this is refused rather than parsed (a 10 MB block is an attack). */
export const MAX_FRONT_MATTER_BYTES = 256 * 1024;

export interface EntryFile {
  data: EntryData;
  /** Markdown, after the closing `---`. */
  body: string;
}

/**
 * gray-matter, loaded when a file first needs it (one the fast path does not read): a build
 * whose entries all come from the parse cache reads none, and loading it cost 20-30 ms.
 */
let grayMatter: typeof matterType | undefined;
const loadMatter = () =>
  (grayMatter ??= createRequire(import.meta.url)('gray-matter') as typeof matterType);

const refuse = (language: string) => () => {
  throw new Error(`front matter language "${language}" is disabled`);
};

/**
 * gray-matter falls back to its own eval-based engine when `js: false` is passed
 * (engines[name] || engines[alias(name)]), so every non-YAML engine is replaced by one that throws.
 */
const ENGINES = {
  javascript: refuse('javascript'),
  js: refuse('js'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  cson: refuse('cson'),
  json: refuse('json'),
  toml: refuse('toml'),
};

/** Splits and validates an entry. Throws EntryError listing every problem found. */
export function parseEntryText(text: string, file: string): EntryFile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const opening = /^---([^\r\n]*)\r?\n/.exec(source);
  if (!opening) {
    throw problem(file, 1, 'missing front matter: an entry starts with a line "---"');
  }
  const language = opening[1]?.trim() ?? '';
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    throw problem(
      file,
      1,
      `front matter "---${language}" is not allowed: inhale reads YAML front matter only, JavaScript front matter is disabled and never runs`,
    );
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(source.slice(opening[0].length - 1))) {
    throw problem(file, 1, 'front matter is not closed: add a line "---" after the last field');
  }

  const fast = parseFast(source);
  if (fast) return fast;
  return parseStrict(source, file);
}

/** A fence and a body after the opening `---` line, or undefined when there is no closing one. */
const FENCED = /^---[^\r\n]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;
/** Anchors and aliases: left to the strict parser, which caps their expansion. */
const ANCHOR_OR_ALIAS = /(^|[\s,[{:-])[&*][^\s,[\]{}]/m;

/**
 * The common case, about five times faster: a valid entry without anchors. js-yaml with the
 * YAML 1.2 core schema (no timestamps, no merge keys, no custom tags; duplicate keys throw).
 * Anything unusual or invalid goes to parseStrict, which explains it with lines and fields.
 */
function parseFast(source: string): EntryFile | undefined {
  const match = FENCED.exec(source);
  if (!match || match[1]!.length > MAX_FRONT_MATTER_BYTES / 4 || ANCHOR_OR_ALIAS.test(match[1]!))
    return undefined;
  let data: unknown;
  try {
    data = loadYaml(match[1]!, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const result = EntrySchema.safeParse(data);
  return result.success ? { data: result.data, body: match[2]! } : undefined;
}

/**
 * An entry file's front matter as data, without the schema: what a file says it is even when a
 * person's editor changed its line endings, quoting, order or indentation. Undefined when there
 * is no YAML front matter or it is not valid YAML.
 */
export function readFrontMatter(text: string): Record<string, unknown> | undefined {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const yamlText = /^---[ \t]*(?:ya?ml)?[ \t]*\r?\n/i.test(source)
    ? FENCED.exec(source)?.[1]
    : undefined;
  if (yamlText === undefined || yamlText.length > MAX_FRONT_MATTER_BYTES) return undefined;
  let data: unknown;
  try {
    if (!ANCHOR_OR_ALIAS.test(yamlText)) data = loadYaml(yamlText, { schema: CORE_SCHEMA });
    else {
      const document = parseDocument(yamlText, { uniqueKeys: true });
      data = document.errors.length > 0 ? undefined : document.toJS({ maxAliasCount: 50 });
    }
  } catch {
    return undefined;
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : undefined;
}

function parseStrict(source: string, file: string): EntryFile {
  let document: Document | undefined;
  const lines = new LineCounter();
  const yamlEngine = (yamlText: string) => {
    if (Buffer.byteLength(yamlText) > MAX_FRONT_MATTER_BYTES) {
      throw problem(file, 2, `front matter is larger than ${MAX_FRONT_MATTER_BYTES} bytes`);
    }
    document = parseDocument(yamlText, {
      lineCounter: lines,
      uniqueKeys: true,
      prettyErrors: true,
    });
    const first = document.errors[0] ?? document.warnings[0];
    if (first) {
      // The YAML text starts with the newline after the opening `---`, so its lines are the file's.
      const line = first.linePos?.[0].line ?? 1;
      const message = (first.message.split('\n')[0] ?? '').replace(
        / at line \d+, column \d+:?$/,
        '',
      );
      const hint = yamlHint(first.code, yamlText, line);
      throw problem(file, line, `invalid YAML: ${message}${hint ? ` (fix: ${hint})` : ''}`);
    }
    return document.toJS({ maxAliasCount: 50 }) ?? {};
  };

  let parsed: { data: unknown; content: string };
  try {
    parsed = loadMatter()(source, { engines: { ...ENGINES, yaml: yamlEngine, yml: yamlEngine } });
  } catch (error) {
    if (error instanceof EntryError) throw error;
    throw problem(file, 2, `invalid front matter: ${(error as Error).message}`, error);
  }
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    throw problem(file, 2, 'front matter must be a set of "field: value" lines');
  }

  const result = EntrySchema.safeParse(parsed.data);
  if (!result.success) {
    throw new EntryError(
      result.error.issues.map((issue) => toProblem(issue, file, document, lines)),
    );
  }
  return { data: result.data, body: parsed.content };
}

function toProblem(
  issue: z.core.$ZodIssue,
  file: string,
  document: Document | undefined,
  lines: LineCounter,
): Problem {
  const path = issue.path.map(String);
  const field = path.join('.');
  const isMissing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const message = isMissing ? 'required field is missing' : issue.message;
  return { file, line: lineOf(path, document, lines), field, message };
}

/** The line of the deepest existing node on `path` (the YAML text's lines are the file's). */
function lineOf(path: string[], document: Document | undefined, lines: LineCounter): number {
  if (!document) return 2;
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(
      path.slice(0, depth).map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      true,
    );
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 2;
}

function problem(file: string, line: number, message: string, cause?: unknown): EntryError {
  return new EntryError([{ file, line, message }], { cause });
}

/** Field order in written files: the schema's, then unknown fields by name, provenance last. */
const FIELD_ORDER = [
  'id',
  'source',
  'kind',
  'date',
  'title',
  'tags',
  'people',
  'place',
  'media',
  'inReplyTo',
  'thread',
  'url',
  'visibility',
  'contentWarning',
  'camera',
  'lens',
  'exposure',
];

/** An entry file's text: deterministic YAML front matter (LF, NFC) and the Markdown body. */
export function formatEntry(data: Record<string, unknown>, body: string): string {
  const known = FIELD_ORDER.filter((key) => data[key] !== undefined);
  const unknown = Object.keys(data)
    .filter((key) => !FIELD_ORDER.includes(key) && key !== 'provenance' && data[key] !== undefined)
    .sort();
  const ordered: Record<string, unknown> = {};
  for (const key of [...known, ...unknown, 'provenance'])
    if (data[key] !== undefined) ordered[key] = data[key];
  // js-yaml's writer: 4× faster than yaml's stringify (an import writes 100,000 of these), the
  // same text for every ordinary value, double quotes and escapes for the odd ones (tabs, NBSP).
  const yaml = dumpYaml(ordered, {
    lineWidth: -1,
    noRefs: true,
    schema: CORE_SCHEMA,
    quotingType: '"',
    skipInvalid: true,
  });
  const text = body.replace(/\r\n?/g, '\n').trimEnd();
  return `---\n${yaml}---\n${text ? `${text}\n` : ''}`.normalize('NFC');
}
