/**
 * Who a build is for. `private` sees everything; `friends` sees friends and public entries;
 * `public` sees public entries only. The archive's privacy rules come first: some sources and
 * kinds are private whatever an entry says, and places are blurred outside the private build.
 */
import type { ArchiveConfig, Visibility } from '../archive/schema.ts';
import type { EntryRecord } from '../shared/entry-types.ts';

export type Audience = Visibility;
export const AUDIENCES: Audience[] = ['private', 'friends', 'public'];

const RANK: Record<Visibility, number> = { private: 0, friends: 1, public: 2 };

/** The visibility an entry really has: its own, unless a rule of the archive makes it private. */
export function effectiveVisibility(
  record: Pick<EntryRecord, 'visibility' | 'source' | 'kind'>,
  config: ArchiveConfig,
): Visibility {
  const { privateSources, privateKinds } = config.privacy;
  return privateSources.includes(record.source) || privateKinds.includes(record.kind)
    ? 'private'
    : record.visibility;
}

/** The record as `audience` may see it, or undefined when it must not appear at all. */
export function forAudience(
  record: EntryRecord,
  audience: Audience,
  config: ArchiveConfig,
): EntryRecord | undefined {
  const visibility = effectiveVisibility(record, config);
  if (RANK[visibility] < RANK[audience]) return undefined;
  if (audience === 'private' || !record.place) return { ...record, visibility };
  const decimals = config.privacy.placeDecimals;
  const round = (value: number | undefined) =>
    value === undefined ? undefined : Number(value.toFixed(decimals));
  const { lat, lon, ...rest } = record.place;
  const place = {
    ...rest,
    ...(lat !== undefined ? { lat: round(lat) } : {}),
    ...(lon !== undefined ? { lon: round(lon) } : {}),
  };
  // A street address (a Facebook check-in's) says more than rounded coordinates would.
  delete (place as Record<string, unknown>).address;
  return { ...record, visibility, place };
}
