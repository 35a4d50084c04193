/**
 * Writing the pages made of summaries (tags, people, places, home, …): the main thread writes
 * most kinds; on a full build of a large archive the shards' threads, done with their own
 * pages, write the costliest kinds (ArchiveSite.render), each from its own copy of the timeline.
 */
import type { Site } from '../../layouts/base.ts';
import { writePages, type Manifest, type WriteResult } from './output-writer.ts';
import { sitePageSpecs, sitePageTimes } from './page-specs.ts';
import type { Timeline } from './timeline.ts';

/**
 * Writes the site pages of `kinds` (all when absent; only those with a key in `wanted` when
 * given); returns their manifest and the milliseconds each kind took.
 */
export function writeSitePages(
  outDir: string,
  timeline: Timeline,
  site: Site,
  previous: Manifest,
  options: { kinds?: ReadonlySet<string>; wanted?: ReadonlySet<string> } = {},
): { manifest: Manifest; result: WriteResult; times: [string, number][] } {
  const images = new Map(
    timeline.entries
      .filter((entry) => entry.thumb && entry.images[0])
      .map((entry) => [entry.images[0]!, entry.thumb!]),
  );
  const specs = sitePageSpecs(timeline, site, images, options.kinds);
  sitePageTimes.clear();
  const { wanted } = options;
  const { manifest, result } = writePages(
    outDir,
    wanted ? [...specs].filter((spec) => wanted.has(spec.key)) : specs,
    previous,
  );
  return { manifest, result, times: [...sitePageTimes] };
}
