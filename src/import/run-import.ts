/** Runs an importer over an export and hands what it yields to the writer. */
import { spawnSync } from 'node:child_process';

import { loadConfig } from '../archive/config.ts';
import { loadPeople } from '../archive/people.ts';
import { InhaleError } from '../archive/errors.ts';
import { ContactsWriter } from './contacts-writer.ts';
import { CoverageTally, damagedFiles, formatCoverage } from './coverage.ts';
import { BufferView, openView, type FileView } from './file-view.ts';
import { fetchFeed, notModified, saveValidators } from './fetch-feed.ts';
import { detectSource, findSource, knownSources, validateInclude } from './registry.ts';
import { ArchiveLocationHistory } from './location-history.ts';
import type { GeotagOutcome, Importer } from './types.ts';
import type { ArchiveConfig } from '../archive/schema.ts';
import { ArchiveWriter, type ImportReport } from './writer.ts';

export interface RunImportOptions {
  /** The importer's name; detected from the export when absent. */
  source?: string;
  dryRun?: boolean;
  include?: string[];
  /** Import again the entries the person deleted since an earlier import. @default false */
  restoreDeleted?: boolean;
  /**
   * Photos without GPS get a place from the archive's location history and tracks (as the
   * config's `geotag.photos` asks for every import). @default false
   */
  geotagPhotos?: boolean;
  /** Minutes a track point may be from a photo's time. @default config's geotag.windowMinutes */
  geotagWindowMinutes?: number;
  /** Make one git commit of the import, its message the report. */
  commit?: boolean;
  /** Called with the importer chosen, and whether it was detected from the export. */
  onDetect?: (source: string, detected: boolean) => void;
  /** Called every so often with the number of entries read, and how far through when the importer says. */
  onProgress?: (count: number, part?: ImportProgress) => void;
}

/** How far an importer is through its export: bytes of a large file, files of a folder, tweets. */
export interface ImportProgress {
  done: number;
  total?: number;
  unit: 'bytes' | 'files' | 'tweets';
}

export async function runImport(
  archiveDir: string,
  input: string,
  options: RunImportOptions = {},
): Promise<ImportReport> {
  const config = await loadConfig(archiveDir);
  const view: FileView | undefined = /^https?:\/\//i.test(input)
    ? await fetchFeed(archiveDir, input)
    : await openView(input);
  if (!view) return notModified(input);
  try {
    const importer = options.source
      ? findSource(options.source).importer
      : await detect(view, input);
    options.onDetect?.(importer.name, !options.source);
    validateInclude(importer.name, options.include ?? []);
    const writer = new ArchiveWriter(archiveDir, importer, {
      dryRun: options.dryRun ?? false,
      input,
      places: config.privacy.importedPlaces,
      restoreDeleted: options.restoreDeleted ?? false,
    });
    await writer.open();
    try {
      for (const warning of view.warnings ?? []) writer.warn(warning);
      let count = 0;
      const coverage = new CoverageTally();
      // People from contacts go to the people file, not to entries (contacts-writer.ts).
      const contacts = new ContactsWriter(archiveDir, { dryRun: options.dryRun ?? false });
      const history = await locationHistory(archiveDir, config, options, writer);
      for await (const item of importer.read(view, {
        config,
        include: new Set(options.include ?? []),
        people: await loadPeople(archiveDir),
        ...(history ? { locationHistory: history } : {}),
      })) {
        if (item.type === 'entry') {
          coverage.entry(
            item.entry.file,
            item.entry.media.filter((media) => !media.bytes).map((media) => media.from),
          );
          await writer.write(item.entry, view);
          if (++count % 500 === 0) options.onProgress?.(count);
        } else if (item.type === 'skip') {
          coverage.skip(item.file);
          writer.skip(item.reason, item.detail);
        } else if (item.type === 'unknown-record') {
          coverage.unknown(item.file);
          if (item.detail) writer.warn(`${item.file}: not understood: ${item.detail}`);
        } else if (item.type === 'person') {
          coverage.entry(item.file);
          contacts.add(item.person, item.file);
        } else if (item.type === 'file') coverage.account(item.account);
        else if (item.type === 'warning') writer.warn(item.message);
        else if (item.type === 'progress')
          options.onProgress?.(count, { done: item.done, total: item.total, unit: item.unit });
        else if (item.type === 'geotag') tallyGeotag(writer.report, item.file, item.outcome);
        else writer.unknownField(item.field);
      }
      for (const warning of history?.warnings ?? []) writer.warn(`--geotag-photos: ${warning}`);
      writer.report.files = coverage.finish(await view.list());
      let peopleChanged: string[] = [];
      if (contacts.count > 0) {
        const merged = await contacts.commit();
        writer.report.people = merged.report;
        peopleChanged = merged.changed;
        for (const warning of contacts.warnings) writer.warn(warning);
      }
      writer.report.damaged = damagedFiles(writer.report.files);
      const changed = [...(await writer.commit()), ...peopleChanged];
      if (view instanceof BufferView && /^https?:/.test(view.label) && !options.dryRun)
        await saveValidators(archiveDir, view);
      if (options.commit && !options.dryRun)
        writer.report.commit =
          changed.length > 0
            ? commitImport(archiveDir, changed, writer.report)
            : { nothing: 'the import changed no file' };
      return writer.report;
    } catch (error) {
      await writer.close();
      throw error;
    }
  } finally {
    await view.close();
  }
}

/** The archive's location history when geotagging is asked for (by option or config). */
async function locationHistory(
  archiveDir: string,
  config: ArchiveConfig,
  options: RunImportOptions,
  writer: ArchiveWriter,
): Promise<ArchiveLocationHistory | undefined> {
  if (!(options.geotagPhotos ?? config.geotag.photos)) return undefined;
  const windowMinutes = options.geotagWindowMinutes ?? config.geotag.windowMinutes;
  const history = new ArchiveLocationHistory(archiveDir, windowMinutes);
  writer.report.geotag = { windowMinutes, geotagged: 0, noTrack: 0, ambiguous: [] };
  if (!(await history.hasTracks()))
    writer.warn(
      '--geotag-photos: the archive has no location history or tracks yet (inhale import location, inhale import tracks)',
    );
  return history;
}

function tallyGeotag(report: ImportReport, file: string, outcome: GeotagOutcome): void {
  const tally = report.geotag;
  if (!tally) return;
  if (outcome === 'geotagged') tally.geotagged++;
  else if (outcome === 'no-track') tally.noTrack++;
  else tally.ambiguous.push(file);
}

async function detect(view: FileView, input: string): Promise<Importer> {
  const source = await detectSource(view);
  if (source) return source.importer;
  throw new InhaleError(
    `${input}: not an export inhale knows (${knownSources()}); name the source: inhale import <source> <path>`,
  );
}

export function formatReport(report: ImportReport): string {
  const lines = [
    `${report.dryRun ? 'Would import' : 'Imported'} ${report.source} from ${report.input}: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.keptEdited.length} kept because edited by hand, ${report.deletedNotRestored} deleted by you, not restored${report.restored > 0 ? `, ${report.restored} restored` : ''}.`,
  ];
  if (report.newlyDeleted.length > 0)
    lines.push(
      `recorded ${report.newlyDeleted.length} deleted by you in .inhale/deleted.yaml (not imported again; --restore-deleted brings them back)`,
    );
  if (report.people)
    lines.push(
      `people in ${report.people.file}: ${report.people.added} added, ${report.people.updated} given new addresses, handles or names, ${report.people.unchanged} unchanged${report.people.avatars > 0 ? `; ${report.people.avatars} avatar(s) written` : ''}`,
    );
  for (const [reason, count] of Object.entries(report.skipped))
    lines.push(`skipped ${count}: ${reason}`);
  if (report.geotag) {
    const { windowMinutes, geotagged, noTrack, ambiguous } = report.geotag;
    lines.push(
      `geotagged from the location history: ${geotagged} photo(s); ${noTrack} without a track point within ${windowMinutes} min; ${ambiguous.length} skipped as ambiguous (a time without a UTC offset, or the file's time)${ambiguous.length > 0 ? `: ${ambiguous.slice(0, 20).join(', ')}${ambiguous.length > 20 ? ', …' : ''}` : ''}`,
    );
  }
  for (const file of report.keptEdited.slice(0, 20)) lines.push(`kept (edited): ${file}`);
  for (const warning of report.warnings.slice(0, 50)) lines.push(`warning: ${warning}`);
  lines.push(...formatCoverage(report.files ?? []));
  if (report.damaged.length > 0)
    lines.push(
      `${report.damaged.length} damaged file(s) skipped, the rest imported (the command exits 1): ${report.damaged.join('; ')}`,
    );
  if (report.unknownFields.length > 0)
    lines.push(
      `fields not recognised (the export format may have changed): ${report.unknownFields.join(', ')}`,
    );
  if (report.commit)
    lines.push(
      'hash' in report.commit
        ? `committed ${report.commit.files} file(s) of this import only, as ${report.commit.hash} (git show ${report.commit.hash}; git revert ${report.commit.hash} undoes it)`
        : `nothing to commit: ${report.commit.nothing}`,
    );
  return lines.join('\n');
}

/**
 * Commits the import's files and nothing else a person had staged or changed: `git commit --
 * <files>` takes only those paths. Returns the commit, or why there is none.
 */
function commitImport(
  archiveDir: string,
  files: string[],
  report: ImportReport,
): { hash: string; files: number } | { nothing: string } {
  const git = (args: string[]) => spawnSync('git', args, { cwd: archiveDir, encoding: 'utf8' });
  if (git(['rev-parse', '--git-dir']).status !== 0)
    throw new InhaleError(
      `${archiveDir}: not a git repository; run git init there, or import without --commit`,
    );
  git(['add', '--', ...files]);
  // Files written with the bytes git already has are no change to commit.
  if (git(['diff', '--cached', '--quiet', '--', ...files]).status === 0)
    return { nothing: 'the files it wrote are as git already has them' };
  const result = git([
    'commit',
    '--quiet',
    '-m',
    `Import ${report.source}\n\n${formatReport(report)}`,
    '--',
    ...files,
  ]);
  if (result.status !== 0)
    throw new InhaleError(`git commit failed in ${archiveDir}: ${result.stderr.trim()}`);
  const hash = git(['rev-parse', '--short', 'HEAD']).stdout.trim();
  const count = git(['show', '--name-only', '--format=', 'HEAD'])
    .stdout.split('\n')
    .filter(Boolean).length;
  return { hash, files: count };
}
