/**
 * `--geotag-photos`: a photo without GPS gets the place the archive's location history gives
 * for its time. Only a time with a UTC offset is looked up (EXIF's OffsetTimeOriginal, or
 * OffsetTimeDigitized / OffsetTime for the other dates): a camera's local time without one may
 * be any zone's, and a file's time is when it was copied as often as when it was taken, so
 * those photos are counted as ambiguous and left without a place. GPS a photo has is never
 * replaced.
 */
import type { GeotagOutcome, LocationAtTime } from './types.ts';

/** What geotagging needs of a photo (src/import/photos.ts). */
export interface GeotagPhoto {
  date: string;
  /** True when the date came with its UTC offset, so it names one instant. */
  isExactTime: boolean;
  data: { place?: { name?: string; lat?: number; lon?: number } };
  placeSource?: 'location-history';
}

/**
 * Gives the photo the place at its time, when it has no place of its own; says what became of
 * it, or undefined when it had its own place and was left alone.
 */
export async function geotagPhoto(
  photo: GeotagPhoto,
  history: LocationAtTime,
): Promise<GeotagOutcome | undefined> {
  if (photo.data.place) return undefined;
  if (!photo.isExactTime) return 'ambiguous';
  const place = await history.placeAt(Date.parse(photo.date));
  if (!place) return 'no-track';
  photo.data.place = place;
  photo.placeSource = 'location-history';
  return 'geotagged';
}
