// The coverage report adds up on every fixture of every registered source (src/archive/sources.ts
// `fixtures`): each export is imported (a dry run) and, for every file the importer read, the
// entries, skips and unknown records it yielded add up to the records it counted in that file.
// A source whose importer does not account for its files yet is in TODO_SOURCES: its tests are
// run and reported as todo, not failed. Empty TODO_SOURCES once every importer accounts.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

import { InhaleError } from '../../src/archive/errors.ts';
import { SOURCES } from '../../src/archive/sources.ts';
import { unbalanced, type FileCoverage } from '../../src/import/coverage.ts';
import { runImport } from '../../src/import/run-import.ts';
import { newArchive } from '../helpers/archives.ts';
import { sharedFixturesMissing } from '../helpers/fixtures.ts';
import { REPO } from '../helpers/paths.ts';

/** Sources whose importers do not yet account for every file and record (issue #19). */
const TODO_SOURCES = new Set<string>();

interface FixtureExport {
  /** The export as a test names it, relative to the repository. */
  name: string;
  input: string;
  include: string[];
}

/**
 * The exports in one fixtures folder: each case's `input` (with its options.json's include)
 * under tests/import/cases/<source>; every file for feeds (each feed is an export); else each
 * folder and zip in it.
 */
function exportsIn(source: string, folder: string): FixtureExport[] {
  const root = path.resolve(REPO, folder);
  if (!existsSync(root)) return [];
  const named = (input: string, include: string[] = []): FixtureExport => ({
    name: path.relative(REPO, input),
    input,
    include,
  });
  if (folder.startsWith('tests/import/cases/'))
    return readdirSync(root).map((name) => {
      const options = path.join(root, name, 'options.json');
      const include = existsSync(options)
        ? ((JSON.parse(readFileSync(options, 'utf8')) as { include?: string[] }).include ?? [])
        : [];
      return named(path.join(root, name, 'input'), include);
    });
  if (source === 'feed')
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(root, name))
      .filter((file) => statSync(file).isFile())
      .sort()
      .map((file) => named(file));
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((entry) => statSync(entry).isDirectory() || entry.endsWith('.zip'))
    .sort()
    .map((entry) => named(entry));
}

/** What the test says of a file that does not add up. */
const describeFile = (file: FileCoverage) =>
  `${file.file}: ${file.records} record(s), ${file.imported} imported + ${file.skipped} skipped + ${file.unknown} unknown`;

for (const source of SOURCES) {
  const todo = TODO_SOURCES.has(source.name);
  describe(`the coverage of every ${source.name} fixture adds up`, () => {
    for (const folder of source.fixtures) {
      const shared = folder.startsWith('../shared/');
      const skip = shared ? sharedFixturesMissing() : undefined;
      if (skip) {
        it(`${folder}`, { skip }, () => {});
        continue;
      }
      for (const fixture of exportsIn(source.name, folder))
        it(
          fixture.name,
          { todo: todo && `${source.name} does not account for its files yet` },
          async () => {
            const archive = await newArchive();
            let report;
            try {
              report = await runImport(archive, fixture.input, {
                source: source.name,
                dryRun: true,
                include: fixture.include,
              });
            } catch (error) {
              // An export inhale refuses whole (not a feed, broken JSON of a one-file export) is
              // refused with a clear message, never a crash; there is nothing to account then.
              assert.ok(error instanceof InhaleError, `${fixture.name}: ${String(error)}`);
              return;
            }
            assert.deepEqual(unbalanced(report.files).map(describeFile), []);
            // Every file the importer read it accounted for itself, with its record count.
            assert.deepEqual(
              report.files
                .filter((file) => file.status === 'read' && file.records === undefined)
                .map(describeFile),
              [],
            );
          },
        );
    }
  });
}
