/** `inhale search <query..>`: the site's search in the terminal. */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { InhaleError } from '../../archive/errors.ts';
import { formatResults, resultsJson } from '../search-output.ts';
import { jsonSafe } from '../terminal.ts';
import { openArchive, outFolder } from '../find-archive.ts';
import { archiveOption, defineCommand } from './command.ts';

export const searchCommand = defineCommand({
  command: 'search <query..>',
  describe: 'Search the archive: inhale search "from:twitter year:2014 coffee"',
  builder: (y) =>
    y
      .positional('query', { type: 'string', array: true, demandOption: true })
      .option('archive', archiveOption)
      .option('out', {
        alias: 'o',
        type: 'string',
        defaultDescription: "the archive's dist/",
        describe: 'The built site whose index is searched (built first when absent)',
      })
      .option('rebuild', {
        type: 'boolean',
        default: false,
        describe: 'Build the site before searching, so the index holds every edit',
      })
      .option('limit', {
        alias: 'n',
        type: 'number',
        default: 20,
        describe: 'Show at most this many results',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Print JSON' }),
  handler: async (args) => {
    const { openIndex } = await import('../../search/read-index.ts');
    const query = (args.query as string[]).join(' ');
    const archive = openArchive(args.archive);
    const indexDir = await searchedIndex(archive, outFolder(archive, args.out), args.rebuild);
    const results = await openIndex(indexDir).search(query, {
      limit: args.limit,
      facets: args.json,
    });
    // The text form is made terminal-safe by formatResults, around its own bold marks.
    if (args.json) console.log(jsonSafe(JSON.stringify(resultsJson(results), null, 2)));
    else process.stdout.write(`${formatResults(results)}\n`);
  },
});

/**
 * The folder holding the index to search, built first when it is absent or `rebuild`; an index
 * built from another archive or before the entries' last change is refused.
 */
async function searchedIndex(archive: string, out: string, rebuild: boolean): Promise<string> {
  // An encrypted site is searched in its plaintext build, kept in the archive's cache.
  const isEncrypted = existsSync(path.join(out, 'keys.json'));
  const { encryptionCache } = await import('../build-encrypted.ts');
  const indexDir = isEncrypted ? path.join(encryptionCache(archive, out), 'plain') : out;
  if (isEncrypted && (rebuild || !existsSync(path.join(indexDir, 'search'))))
    throw new InhaleError(
      `${out} is encrypted: run inhale build --encrypt first, then search again`,
    );
  if (!isEncrypted && (rebuild || !existsSync(path.join(out, 'search', 'manifest.js')))) {
    console.error(`Building the site into ${out}/ first…`);
    const { buildSite } = await import('../build-site.ts');
    const { site } = await buildSite(archive, out);
    await site.close();
    return indexDir;
  }
  // An index that does not show the archive as it is would answer wrongly, "0 results" included.
  const { whyStale } = await import('../../site/build-freshness.ts');
  const stale = await whyStale(archive, indexDir);
  if (stale)
    throw new InhaleError(
      `${stale}; its search index would give wrong results. Run inhale build${isEncrypted ? ' --encrypt' : ''}, or search with --rebuild`,
    );
  return indexDir;
}
