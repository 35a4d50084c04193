/**
 * The maps of a life: `places/` (the world, places clustered, countries and places listed),
 * a page per country (`places/france/`), a closer map per cluster (`places/area/<id>.html`), and
 * the outlines the locator maps draw on (`places/maps/<n>.svg`). Place pages are `place.ts`.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import {
  locatorBase,
  locatorBaseUrl,
  locatorProjection,
  mapScript,
  placesMap,
  WORLD_LOCATOR,
  type MapMarker,
} from '../../../layouts/map.ts';
import {
  mainland,
  pixelsPerDegree,
  regionProjection,
  worldProjection,
  viewBounds,
  type Frame,
} from '../../places/projection.ts';
import { atlas, type Resolution } from '../../places/atlas.ts';
import { clusterIndex, zoomFor, type ClusterIndex, type MapMark } from '../../places/clusters.ts';
import { factsOf } from '../../places/place-key.ts';
import { type CountryGroup, type PlaceGroup, type Places } from '../../places/place-groups.ts';
import { html, type Html } from '../../shared/html.ts';
import type { PlacePageKind } from './page-kind.ts';
import type { GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';

const WORLD: Frame = { width: 960, height: 500 };
const REGION: Frame = { width: 960, height: 640 };
/** A cluster of this many places or fewer gets a closer map with every one of them as a point. */
const WHOLE_AREA = 50;
/** Regions wider than this many pixels per degree get the finer outlines. */
const FINE_FROM = 12;

interface Mapped {
  places: PlaceGroup[];
  countries: CountryGroup[];
  /** Places with coordinates, as the cluster index numbers them. */
  located: PlaceGroup[];
  clusters: ClusterIndex;
  countryUrl: (number: string) => string | undefined;
  /** Each country's map, once this thread made it (to find the closer maps, or to draw it). */
  countryMaps: Map<CountryGroup, { view: RegionView; marks: MapMark[] }>;
}

export const placesPages: PlacePageKind = {
  name: 'places',
  // Each page's map is made when the page is rendered, so a thread that makes every spec to
  // take its share (page-specs.ts) pays only for the maps it draws.
  *specs({ placed, context, places: grouped, closerMaps }) {
    const mapped = mappedOf(grouped());
    const { places, countries, located } = mapped;
    yield {
      url: 'places/',
      key: 'places',
      render: () => {
        const world = worldMap(mapped);
        const markers = markersOf(mapped, world.marks);
        return indexPage(context('places/'), mapped, countries, world.projection, markers);
      },
    };
    for (const country of countries) {
      const url = country.url;
      yield {
        url,
        key: 'places',
        render: () => {
          const { view, marks } = countryMap(mapped, country);
          return countryPage(context(url), mapped, country, view, markersOf(mapped, marks));
        },
      };
    }
    for (const id of closerMaps ?? closerMapsOf(mapped)) {
      const url = areaUrl(id);
      yield { url, key: 'places', render: () => areaPage(context(url), mapped, id) };
    }
    const numbers = new Set([
      ...(located.length ? [WORLD_LOCATOR] : []),
      ...places.map((place) => place.facts.territoryNumber),
    ]);
    for (const entry of placed) {
      const number = entry.place && factsOf(entry.place).territoryNumber;
      if (number) numbers.add(number);
    }
    for (const number of numbers)
      if (number && locatorProjection(number))
        yield { url: locatorBaseUrl(number), key: 'places', render: () => locatorBase(number)! };
  },
};

/** The places clustered, once per grouping in each thread. */
const mappings = new WeakMap<Places, Mapped>();

function mappedOf(grouped: Places): Mapped {
  const known = mappings.get(grouped);
  if (known) return known;
  const { places, countries } = grouped;
  const located = places.filter((place) => place.lat !== undefined);
  const byNumber = new Map<string, string>();
  for (const country of countries)
    if (country.territoryNumber) byNumber.set(country.territoryNumber, country.url);
  for (const place of places)
    if (place.facts.territoryNumber)
      byNumber.set(
        place.facts.territoryNumber,
        countries.find((c) => c.slug === place.countrySlug)!.url,
      );
  const mapped: Mapped = {
    places,
    countries,
    located,
    clusters: clusterIndex(located.map((place) => ({ lon: place.lon!, lat: place.lat! }))),
    countryUrl: (number) => byNumber.get(number),
    countryMaps: new Map(),
  };
  mappings.set(grouped, mapped);
  return mapped;
}

/**
 * The closer maps the site gets, by their cluster's id: one for every cluster any map shows
 * (the world's, a country's, a closer one's), in the order they are found. Made once for every
 * thread (placeRenderInput), as it needs each country's map.
 */
export function closerMapIds(grouped: Places): number[] {
  return closerMapsOf(mappedOf(grouped));
}

function closerMapsOf(mapped: Mapped): number[] {
  const areas = new Map<number, number>();
  const add = (marks: MapMark[]) => {
    for (const mark of marks) if ('cluster' in mark) areas.set(mark.cluster.id, mark.cluster.count);
  };
  add(worldMap(mapped).marks);
  for (const country of mapped.countries) add(countryMap(mapped, country).marks);
  // A cluster of a handful of places shows them as points: no closer map below it.
  for (const [id, count] of areas) if (count > WHOLE_AREA) add(mapped.clusters.children(id));
  return [...areas.keys()];
}

function worldMap(mapped: Mapped): { projection: GeoProjection; marks: MapMark[] } {
  const projection = worldProjection(WORLD);
  const zoom = zoomFor(pixelsPerDegree(projection));
  return { projection, marks: marksInFrame(mapped, zoom, projection, WORLD) };
}

function countryMap(mapped: Mapped, country: CountryGroup): { view: RegionView; marks: MapMark[] } {
  let map = mapped.countryMaps.get(country);
  if (!map) {
    const view = regionView(mapped, country.places, country.territoryNumber);
    map = { view, marks: marksInFrame(mapped, view.zoom, view.projection, REGION) };
    mapped.countryMaps.set(country, map);
  }
  return map;
}

/** The closer map of a cluster: what it splits into, and nothing else (one step down the tree). */
function areaPage(context: PageContext, mapped: Mapped, id: number): string {
  const inside = mapped.clusters.leaves(id).map((index) => mapped.located[index]!);
  const view = regionView(mapped, inside);
  // A handful of places is shown whole, each its own point: no closer map below it.
  const marks: MapMark[] =
    inside.length <= WHOLE_AREA
      ? mapped.clusters.leaves(id).map((place) => ({
          point: {
            place,
            lon: mapped.located[place]!.lon!,
            lat: mapped.located[place]!.lat!,
          },
        }))
      : mapped.clusters.children(id);
  return areaPageOf(context, mapped, inside, view, markersOf(mapped, marks));
}

interface RegionView {
  projection: GeoProjection;
  resolution: Resolution;
  zoom: number;
}

function regionView(mapped: Mapped, places: PlaceGroup[], territoryNumber?: string): RegionView {
  const points: Position[] = places
    .filter((place) => place.lat !== undefined)
    .map((place) => [place.lon!, place.lat!]);
  const country = territoryNumber ? atlas('50m').byNumber.get(territoryNumber) : undefined;
  const shape = country && mainland(country);
  const projection = regionProjection(REGION, points, {
    ...(shape ? { shape } : {}),
    minSpan: 1,
  });
  const scale = pixelsPerDegree(projection);
  return {
    projection,
    resolution: scale >= FINE_FROM ? '50m' : '110m',
    zoom: points.length || !mapped ? zoomFor(scale) : 0,
  };
}

/** The clusters and places a map of this frame shows at a zoom: only those inside it. */
function marksInFrame(
  mapped: Mapped,
  zoom: number,
  projection: GeoProjection,
  frame: Frame,
): MapMark[] {
  const inside = (lon: number, lat: number) => {
    const xy = projection([lon, lat]);
    return !!xy && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= frame.width && xy[1] <= frame.height;
  };
  return mapped.clusters.marks(zoom, viewBounds(projection, frame)).filter((mark) => {
    const { lon, lat } = 'point' in mark ? mark.point : mark.cluster;
    return inside(lon, lat);
  });
}

/** Marks as the map draws them: clusters link to their closer map, places to their page. */
function markersOf(mapped: Mapped, marks: MapMark[]): MapMarker[] {
  return marks.map((mark): MapMarker => {
    if ('point' in mark) {
      const place = mapped.located[mark.point.place]!;
      return {
        lon: mark.point.lon,
        lat: mark.point.lat,
        url: place.url,
        label: `${place.label}: ${count(place.entries.length, 'entry', 'entries')}`,
      };
    }
    const { id, lon, lat } = mark.cluster;
    const leaves = mapped.clusters.leaves(id).map((index) => mapped.located[index]!);
    const biggest = leaves.reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
    return {
      lon,
      lat,
      url: areaUrl(id),
      label: `${leaves.length} places around ${biggest.label}: open a closer map`,
      count: leaves.length,
    };
  });
}

/** A closer map's URL: a file, not a folder of its own (thousands of folders cost a build more than their pages). */
const areaUrl = (id: number) => `places/area/${id}.html`;

export const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Most places a list shows: the rest are on the closer maps, whose lists are shorter. */
const LIST_LIMIT = 300;

function placeList(context: PageContext, places: PlaceGroup[], limit = LIST_LIMIT): Html {
  const shown = places.slice(0, limit);
  const more = places.length - shown.length;
  return html`${more > 0 ? html`<p>The ${shown.length} with the most entries; ${count(more, 'more is', 'more are')} on the closer maps.</p>` : ''}<ul class="place-list">
    ${shown.map(
      (place) =>
        html`<li>
          <a href="${href(context, place.url)}">${place.label}</a>
          <span class="count">${place.entries.length}</span>
        </li>`,
    )}
  </ul>`;
}

function indexPage(
  context: PageContext,
  mapped: Mapped,
  countries: CountryGroup[],
  projection: GeoProjection,
  markers: MapMarker[],
): string {
  const { places } = mapped;
  const entries = countries.reduce((sum, country) => sum + country.entries, 0);
  const body = html`<h1>Places</h1>
    ${
      places.length === 0
        ? html`<p>No entry has a place yet.</p>`
        : html`<p class="lead">
              ${count(places.length, 'place', 'places')} in
              ${count(countries.length, 'country', 'countries')}, ${count(entries, 'entry', 'entries')}
              with a place.
            </p>
            ${placesMap(context, {
              title: `Map of the world with ${count(places.length, 'place', 'places')}`,
              frame: WORLD,
              projection,
              resolution: '110m',
              countryUrl: mapped.countryUrl,
              markers,
            })}
            <div class="places-columns">
              <section aria-labelledby="countries-heading">
                <h2 id="countries-heading">Countries</h2>
                <ul class="place-list">
                  ${countries.map(
                    (country) =>
                      html`<li>
                        <a href="${href(context, country.url)}">${country.label}</a>
                        <span class="count">${country.entries}</span>
                      </li>`,
                  )}
                </ul>
              </section>
              <section aria-labelledby="most-heading">
                <h2 id="most-heading">Most visited</h2>
                ${placeList(context, places, 30)}
              </section>
            </div>`
    }`;
  return basePage(context, {
    title: 'Places',
    crumbs: [{ label: 'Places', url: 'places/' }],
    body,
    ...(places.length ? { script: mapScript(context) } : {}),
  });
}

function countryPage(
  context: PageContext,
  mapped: Mapped,
  country: CountryGroup,
  view: RegionView,
  markers: MapMarker[],
): string {
  const located = country.places.some((place) => place.lat !== undefined);
  const body = html`<h1>${country.label}</h1>
    <p class="lead">
      ${count(country.places.length, 'place', 'places')}, ${count(country.entries, 'entry', 'entries')}.
    </p>
    ${located ? regionMap(context, mapped, `Map of the places in ${country.label}`, view, markers) : ''}
    <h2>Places in ${country.label}</h2>
    ${placeList(context, country.places)}`;
  return basePage(context, {
    title: country.label,
    crumbs: [
      { label: 'Places', url: 'places/' },
      { label: country.label, url: country.url },
    ],
    body,
    ...(located ? { script: mapScript(context) } : {}),
  });
}

function areaPageOf(
  context: PageContext,
  mapped: Mapped,
  inside: PlaceGroup[],
  view: RegionView,
  markers: MapMarker[],
): string {
  const sorted = [...inside].sort((a, b) => b.entries.length - a.entries.length);
  const title = `Around ${sorted[0]?.label ?? 'here'}`;
  const countries = [...new Map(inside.map((place) => [place.countrySlug, place])).values()];
  const body = html`<h1>${title}</h1>
    <p class="lead">
      ${count(inside.length, 'place', 'places')} in
      ${countries.map(
        (place, index) =>
          html`${index > 0 ? ', ' : ''}<a href="${href(context, `places/${place.countrySlug}/`)}"
              >${place.facts.country ?? 'no country'}</a
            >`,
      )}.
    </p>
    ${regionMap(context, mapped, `Map of ${count(inside.length, 'place', 'places')} around ${sorted[0]?.label ?? 'here'}`, view, markers)}
    <h2>The places here</h2>
    ${placeList(context, sorted)}`;
  return basePage(context, {
    title,
    crumbs: [
      { label: 'Places', url: 'places/' },
      { label: title, url: context.url },
    ],
    body,
    script: mapScript(context),
  });
}

function regionMap(
  context: PageContext,
  mapped: Mapped,
  title: string,
  view: RegionView,
  markers: MapMarker[],
): Html {
  return placesMap(context, {
    title,
    frame: REGION,
    projection: view.projection,
    resolution: view.resolution,
    countryUrl: mapped.countryUrl,
    markers,
    bounds: viewBounds(view.projection, REGION),
  });
}
