/**
 * Names the places of entries at build time, so archives imported before naming existed get
 * them too: an entry with coordinates gets the nearest town and the country from bundled open
 * data (`names.ts`). A name or country the person wrote always wins. Runs on the exact
 * coordinates, before the audience's rounding, so the town is the right one; the name is no
 * finer than a town.
 */
import type { Place } from '../archive/schema.ts';
import { nameOf, type PlaceName } from './names.ts';

/** The place named; `found` is what nameOf gave for its coordinates before (a cache), if known. */
export function namePlace(place: Place, found?: PlaceName): Place {
  if (place.lat === undefined || place.lon === undefined) return place;
  found ??= nameOf(place.lat, place.lon);
  const named: Place = { ...place };
  if (!named.name && found.city) named.name = found.city;
  if (!named['country'] && found.country) named['country'] = found.country;
  if (found.countryCode && !named['countryCode']) named['countryCode'] = found.countryCode;
  if (found.territoryNumber && !named['territoryNumber'])
    named['territoryNumber'] = found.territoryNumber;
  return named;
}

/** The record with its place named (by `found`, when known), or itself when it has no coordinates. */
export function withPlaceName<T extends { place?: Place }>(record: T, found?: PlaceName): T {
  return record.place && record.place.lat !== undefined
    ? { ...record, place: namePlace(record.place, found) }
    : record;
}

/** What the bundled data names the record's coordinates; undefined when it has none. */
export function placeNameOf(record: { place?: Place }): PlaceName | undefined {
  const { lat, lon } = record.place ?? {};
  return lat === undefined || lon === undefined ? undefined : nameOf(lat, lon);
}
