/**
 * Which shard loads each folder-year of the archive, and which renders each year of the
 * timeline: a shard renders the years it loads, so most records never leave their thread.
 */
import { bucketOf } from './shard.ts';

export class YearOwners {
  /** Folder-year bucket → shard that loads it; page year → shard that renders it. */
  private readonly owners = new Map<string, number>();

  /** Gives each of `count` shards contiguous folder-years with about the same number of files. */
  assign(files: string[], count: number): string[][] {
    const buckets = new Map<string, string[]>();
    for (const file of files)
      (buckets.get(bucketOf(file)) ?? buckets.set(bucketOf(file), []).get(bucketOf(file))!).push(
        file,
      );
    const plan = Array.from({ length: count }, (): string[] => []);
    const perShard = files.length / count;
    let shard = 0;
    for (const [bucket, list] of [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (
        plan[shard]!.length > 0 &&
        plan[shard]!.length + list.length / 2 > perShard &&
        shard < plan.length - 1
      )
        shard++;
      this.owners.set(bucket, shard);
      for (const file of list) plan[shard]!.push(file);
    }
    return plan;
  }

  /** The shard for a year: its folder's, else the nearest earlier year's, else the first. */
  ownerOf(year: string): number {
    const owner = this.owners.get(year);
    if (owner !== undefined) return owner;
    const earlier = [...this.owners.keys()]
      .filter((key) => key < year && /^\d{4}$/.test(key))
      .sort()
      .pop();
    const chosen = earlier ? this.owners.get(earlier)! : 0;
    this.owners.set(year, chosen);
    return chosen;
  }
}
