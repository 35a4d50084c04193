/**
 * What names a place for the site: its town (the person's name first, else the one found from
 * its coordinates) and its country, and the URL of its page. Pure: the shards (entry pages) and
 * the main thread (place pages) compute the same URL for the same place.
 */
import { nameSlug } from '../archive/paths.ts';
import type { Place } from '../archive/schema.ts';

/** Fields the build adds to an entry's place (see `place-names.ts`). */
export interface PlaceFacts {
  name?: string;
  country?: string;
  countryCode?: string;
  /** ISO 3166-1 numeric of the territory, the key of its outline in Natural Earth. */
  territoryNumber?: string;
  lat?: number;
  lon?: number;
}

/** The place's fields the site uses, typed (the schema keeps a place's other fields as they are). */
export function factsOf(place: Place): PlaceFacts {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const facts: PlaceFacts = {};
  const name = text(place.name);
  const country = text(place['country']);
  const countryCode = text(place['countryCode']);
  const territoryNumber = text(place['territoryNumber']);
  if (name) facts.name = name;
  if (country) facts.country = country;
  if (countryCode) facts.countryCode = countryCode;
  if (territoryNumber) facts.territoryNumber = territoryNumber;
  if (place.lat !== undefined && place.lon !== undefined) {
    facts.lat = place.lat;
    facts.lon = place.lon;
  }
  return facts;
}

/** Places in no country (at sea, or only a name without coordinates) share this folder. */
export const NO_COUNTRY = { slug: 'elsewhere', label: 'Elsewhere' } as const;

const slugOf = nameSlug;

export const countrySlug = (facts: PlaceFacts) =>
  facts.country ? slugOf(facts.country) : NO_COUNTRY.slug;

/** A place without a town near enough (countryside, at sea) is its country's `around`. */
export const placeSlug = (facts: PlaceFacts) => (facts.name ? slugOf(facts.name) : 'around');

/** How the site names a place: `Bristol`, `Somewhere in Russia`, `At sea`. */
export function placeLabel(facts: PlaceFacts): string {
  if (facts.name) return facts.name;
  return facts.country ? `Somewhere in ${facts.country}` : 'At sea';
}

/** Site-root-relative URL of a country's page: `places/france/`. */
export const countryUrl = (facts: PlaceFacts) => `places/${countrySlug(facts)}/`;

/**
 * Site-root-relative URL of a place's page: `places/france/strasbourg.html`, a file in its
 * country's folder as entry pages are in their day's (ten thousand places would otherwise cost a
 * build ten thousand folders); a place slugged `index` is `index-place.html`, so it never takes
 * its country's page.
 */
export const placeUrl = (facts: PlaceFacts) => {
  const slug = placeSlug(facts);
  return `${countryUrl(facts)}${slug === 'index' ? 'index-place' : slug}.html`;
};

/** The page key of a place's page (and its numbered pages): `place:places/france/strasbourg.html`. */
export const placeKey = (url: string) => `place:${url}`;

/** Whether the entry's place can be shown at all: a name or coordinates. */
export const hasPlace = (facts: PlaceFacts) => !!facts.name || facts.lat !== undefined;
