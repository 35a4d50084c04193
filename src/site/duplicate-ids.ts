/**
 * Two entry files with one id (a copied file, an old import beside a new one): `inhale check`
 * lists it as a problem; a build warns, naming both files, keeps the first and leaves the other
 * out, rather than refusing the whole site.
 */
import type { Problem } from '../archive/errors.ts';
import type { EntrySummary } from '../shared/entry-types.ts';
import type { ShardHandle } from './shard-pool.ts';

/** One problem per file whose id an earlier entry (in time order) already has. */
export function duplicateIds(entries: EntrySummary[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first)
      problems.push({
        file: entry.file,
        line: 2,
        field: 'id',
        message: `"${entry.id}" is already the id of ${first}`,
      });
    else seen.set(entry.id, entry.file);
  }
  return problems;
}

/**
 * Takes the duplicates' records out of their shards (the first file of each id stays) and
 * returns the summaries left and a warning per file left out.
 */
export async function leaveOutDuplicates(
  duplicates: Problem[],
  summaries: EntrySummary[],
  shards: ShardHandle[],
  holderOfFile: Map<string, number>,
): Promise<{ summaries: EntrySummary[]; warnings: string[] }> {
  const left = new Set(duplicates.map((problem) => problem.file));
  const ids = [...new Set(summaries.filter((s) => left.has(s.file)).map((s) => s.id))];
  const holding = new Set(
    summaries.filter((s) => ids.includes(s.id)).map((s) => holderOfFile.get(s.file)!),
  );
  for (const index of holding) {
    const released = await shards[index]!.release(ids);
    const kept = released.filter((record) => !left.has(record.file));
    if (kept.length > 0) await shards[index]!.adopt(kept);
  }
  return {
    summaries: summaries.filter((summary) => !left.has(summary.file)),
    warnings: duplicates.map(
      (problem) =>
        `${problem.file}: ${problem.message}; this file is left out of the site until one of them gets another id`,
    ),
  };
}
