/**
 * The places of a life: the entries grouped by place (town and country) and by country, each
 * with its first and last visit, from the summaries the main thread holds. What an audience
 * must not see is already gone from the summaries (`src/site/audience.ts`): private entries,
 * and exact coordinates outside the private build.
 */
import type { EntrySummary } from '../shared/entry-types.ts';
import {
  countrySlug,
  countryUrl,
  factsOf,
  hasPlace,
  NO_COUNTRY,
  placeLabel,
  placeSlug,
  placeUrl,
  type PlaceFacts,
} from './place-key.ts';

export interface PlaceGroup {
  /** `Bristol`, `Somewhere in Russia`. */
  label: string;
  facts: PlaceFacts;
  /** Site-root-relative: `places/united-kingdom/bristol.html`. */
  url: string;
  countrySlug: string;
  /** The point the maps show: the coordinates its entries have most often (none: a name only). */
  lat?: number;
  lon?: number;
  /** Oldest first. */
  entries: EntrySummary[];
}

export interface CountryGroup {
  label: string;
  slug: string;
  url: string;
  /** ISO 3166-1 numeric of its outline, when it has one. */
  territoryNumber?: string;
  /** Most entries first. */
  places: PlaceGroup[];
  entries: number;
}

export interface Places {
  /** Most entries first, then by name. */
  places: PlaceGroup[];
  countries: CountryGroup[];
}

export function groupPlaces(entries: EntrySummary[]): Places {
  const byUrl = new Map<string, PlaceGroup>();
  for (const entry of entries) {
    if (!entry.place) continue;
    const facts = factsOf(entry.place);
    if (!hasPlace(facts)) continue;
    const url = placeUrl(facts);
    let group = byUrl.get(url);
    if (!group) {
      group = {
        label: placeLabel(facts),
        facts,
        url,
        countrySlug: countrySlug(facts),
        entries: [],
      };
      byUrl.set(url, group);
    }
    group.entries.push(entry);
  }
  const places = [...byUrl.values()];
  for (const place of places) {
    const point = commonestPoint(place.entries);
    if (point) [place.lat, place.lon] = point;
    // A country or code written by the person on one entry, found on another: take any.
    for (const entry of place.entries) {
      const facts = factsOf(entry.place!);
      place.facts.territoryNumber ??= facts.territoryNumber;
      place.facts.countryCode ??= facts.countryCode;
    }
  }
  places.sort(
    (a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label, 'en'),
  );
  return { places, countries: countriesOf(places) };
}

function countriesOf(places: PlaceGroup[]): CountryGroup[] {
  const bySlug = new Map<string, CountryGroup>();
  for (const place of places) {
    let country = bySlug.get(place.countrySlug);
    if (!country) {
      country = {
        label: place.facts.country ?? NO_COUNTRY.label,
        slug: place.countrySlug,
        url: countryUrl(place.facts),
        places: [],
        entries: 0,
      };
      bySlug.set(place.countrySlug, country);
    }
    country.territoryNumber ??= place.facts.territoryNumber;
    country.places.push(place);
    country.entries += place.entries.length;
  }
  return [...bySlug.values()].sort(
    (a, b) => b.entries - a.entries || a.label.localeCompare(b.label, 'en'),
  );
}

/**
 * The coordinates most of a place's entries have. A mean of rounded coordinates would be finer
 * than the rounding the audience gets; the commonest of them is one of them.
 */
function commonestPoint(entries: EntrySummary[]): [number, number] | undefined {
  const counts = new Map<string, { point: [number, number]; count: number }>();
  let best: { point: [number, number]; count: number } | undefined;
  for (const entry of entries) {
    const { lat, lon } = entry.place!;
    if (lat === undefined || lon === undefined) continue;
    const key = `${lat},${lon}`;
    const item = counts.get(key) ?? { point: [lat, lon] as [number, number], count: 0 };
    item.count++;
    counts.set(key, item);
    if (!best || item.count > best.count) best = item;
  }
  return best?.point;
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
