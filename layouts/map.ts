/**
 * Maps drawn as SVG at build time from Natural Earth outlines: no tile server, no request to
 * another host. A map is countries (visited ones link to their page), then places as discs and
 * clusters as larger discs with their count, each a link. `assets/map.js` adds pan and zoom by
 * changing the viewBox; without it the map is a picture with links, and a list follows it.
 */
import type { Feature } from 'geojson';
import {
  geoClipRectangle,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo';

import { atlas, boxesMeet, shapeIn, type Atlas, type Resolution } from '../src/places/atlas.ts';
import { outlineKey, outlineOf } from '../src/places/outline-cache.ts';
import { factsOf, placeLabel, placeUrl } from '../src/places/place-key.ts';
import {
  mainland,
  projectionKey,
  regionProjection,
  viewBounds,
  worldProjection,
  type Frame,
} from '../src/places/projection.ts';
import type { Place } from '../src/archive/schema.ts';
import { html, type Html } from '../src/shared/html.ts';
import { href, type PageContext } from './base.ts';
import { round, svgPicture } from './svg-picture.ts';

export interface MapMarker {
  lon: number;
  lat: number;
  /** Site-root-relative URL it opens. */
  url: string;
  /** What a screen reader and the tooltip say: `Bristol: 12 entries`. */
  label: string;
  /** Places in it, for a cluster; absent for one place. */
  count?: number;
}

export interface MapOptions {
  /** What the picture is, for its accessible name: `Map of the places in France`. */
  title: string;
  frame: Frame;
  projection: GeoProjection;
  resolution: Resolution;
  /** A country's page, by its ISO numeric code, when it has one. */
  countryUrl: (number: string) => string | undefined;
  markers: MapMarker[];
  /** What the frame shows, `[west, south, east, north]`: countries outside it are not drawn. */
  bounds?: [number, number, number, number];
}

/** An interactive map: the SVG and its zoom buttons (shown by the script). */
export function placesMap(context: PageContext, options: MapOptions): Html {
  const { frame, projection } = options;
  const path = geoPath(projection).digits(1);
  const draw = outlines(projection, options.resolution);
  const shapes = atlas(options.resolution);
  const countries = shapes.countries.map((country) => {
    const d = draw(shapes, country, options.bounds);
    if (!d) return '';
    const number = country.id === undefined ? undefined : String(country.id);
    const url = number ? options.countryUrl(number) : undefined;
    return url
      ? html`<a href="${href(context, url)}" class="map-visited"
          ><path class="map-country" d="${d}"><title>${country.properties.name}</title></path></a
        >`
      : html`<path class="map-country" d="${d}" />`;
  });
  const marks = options.markers.map((marker) => {
    const xy = projection([marker.lon, marker.lat]);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > frame.width || xy[1] > frame.height) return '';
    const [x, y] = [round(xy[0]), round(xy[1])];
    if (marker.count === undefined)
      return html`<a href="${href(context, marker.url)}" class="map-point" aria-label="${marker.label}"
        ><circle cx="${x}" cy="${y}" r="5"><title>${marker.label}</title></circle></a
      >`;
    const r = round(9 + 4 * Math.log10(marker.count));
    return html`<a href="${href(context, marker.url)}" class="map-cluster" aria-label="${marker.label}"
      ><circle cx="${x}" cy="${y}" r="${r}"><title>${marker.label}</title></circle
      ><text x="${x}" y="${round(y + 4)}" text-anchor="middle" aria-hidden="true">${marker.count}</text></a
    >`;
  });
  const sphere = path({ type: 'Sphere' });
  return html`<figure class="places-map" data-map>
    <div class="map-frame">
      <svg
        class="map"
        viewBox="0 0 ${frame.width} ${frame.height}"
        role="group"
        aria-label="${options.title}"
        tabindex="0"
      >
        ${sphere ? html`<path class="map-water" d="${sphere}" />` : ''}
        <g class="map-land">${countries}</g>
        <g class="map-marks">${marks}</g>
      </svg>
    </div>
    <div class="map-controls" hidden>
      <button type="button" data-zoom="in" aria-label="Zoom in">+</button>
      <button type="button" data-zoom="out" aria-label="Zoom out">−</button>
      <button type="button" data-zoom="reset">Reset</button>
      <span class="map-hint">Arrow keys move the map, + and − zoom.</span>
    </div>
    <figcaption>${options.title}.</figcaption>
  </figure>`;
}

export function mapScript(context: PageContext): Html {
  return html`<script src="${href(context, 'assets/map.js')}" defer></script>`;
}

/** Size of a locator map and of the country outline it draws on. */
export const LOCATOR_FRAME: Frame = { width: 320, height: 200 };

/** The locator that shows the whole world: for points at sea, or beyond their country's mainland. */
export const WORLD_LOCATOR = 'world';

/**
 * The projection a country's locator maps share: its mainland, fitted to the small frame; or
 * the whole world for `WORLD_LOCATOR`.
 */
export function locatorProjection(territoryNumber: string): GeoProjection | undefined {
  if (locators.has(territoryNumber)) return locators.get(territoryNumber);
  const projection = fitLocator(territoryNumber);
  locators.set(territoryNumber, projection);
  return projection;
}

const locators = new Map<string, GeoProjection | undefined>();

function fitLocator(territoryNumber: string): GeoProjection | undefined {
  if (territoryNumber === WORLD_LOCATOR) return worldProjection(LOCATOR_FRAME);
  const country = atlas('50m').byNumber.get(territoryNumber);
  const shape = country && mainland(country);
  if (!shape) return undefined;
  return regionProjection(LOCATOR_FRAME, [], { shape, minSpan: 1, padding: 10 });
}

/**
 * The outline a country's locator maps draw on, as a file of its own (`places/maps/<n>.svg`),
 * so a hundred place pages in France fetch France once. Colours are attributes, not CSS: an
 * SVG shown as an image sees no stylesheet; these read on a light and a dark page alike.
 */
export function locatorBase(territoryNumber: string): string | undefined {
  const projection = locatorProjection(territoryNumber);
  if (!projection) return undefined;
  const world = territoryNumber === WORLD_LOCATOR;
  const draw = outlines(projection, world ? '110m' : '50m');
  const { width, height } = LOCATOR_FRAME;
  const atlasOf = atlas(world ? '110m' : '50m');
  // Only the countries the frame shows: drawing all 240 at 1:50m for each outline file was
  // most of the places' build time.
  const shown = world ? undefined : viewBounds(projection, LOCATOR_FRAME);
  const shapes = atlasOf.countries.map((country) => {
    const d = draw(atlasOf, country, shown);
    if (!d) return '';
    const own = String(country.id) === territoryNumber;
    return `<path d="${d}" fill="${own ? '#7d9b84' : '#8f969c'}" fill-opacity="${own ? 0.55 : 0.25}" stroke="#6f767c" stroke-width="0.5"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${shapes.join('')}</svg>\n`;
}

type Box = [number, number, number, number];

/**
 * Draws a country's outline as an SVG path in a projection: only what `bounds` shows, when
 * given (drawing and clipping 240 countries at 1:50m for each closer map was most of its cost).
 * Polygons cut to the frame's box lie within a hemisphere of the map's centre, so they skip the
 * sphere's clipping, which tests every point against the horizon (a third of drawing them); the
 * frame's rectangle still cuts them. The same points, the same path.
 */
function outlines(
  projection: GeoProjection,
  resolution: Resolution,
): (shapes: Atlas, country: Feature, bounds?: Box) => string | null {
  const clipped = geoPath(projection).digits(1);
  const extent = projection.clipExtent();
  const frameClip = extent
    ? geoClipRectangle(extent[0][0], extent[0][1], extent[1][0], extent[1][1])
    : (stream: GeoStream) => stream;
  const unclipped = geoPath({
    stream: (sink) => {
      const out = frameClip(sink);
      return {
        point: (lon, lat) => {
          const xy = projection([lon, lat])!;
          out.point(xy[0], xy[1]);
        },
        lineStart: () => out.lineStart(),
        lineEnd: () => out.lineEnd(),
        polygonStart: () => out.polygonStart(),
        polygonEnd: () => out.polygonEnd(),
      };
    },
  }).digits(1);
  // Drawn once: the same outline in the same projection is the same path (outline-cache.ts).
  const key = projectionKey(projection);
  return (shapes, country, bounds) => {
    if (!bounds) return outlineOf(outlineKey(key, resolution, country), () => clipped(country));
    if (!boxesMeet(bounds, shapes.bounds.get(country)!)) return null;
    return outlineOf(outlineKey(key, resolution, country, bounds), () => {
      const polygons = shapeIn(shapes, country, bounds);
      if (!polygons) return null;
      const d = polygons
        .map(({ rings, cut }) => {
          const polygon: GeoPermissibleObjects = { type: 'Polygon', coordinates: rings };
          return (cut ? unclipped : clipped)(polygon) ?? '';
        })
        .join('');
      return d || null;
    });
  };
}

/** URL of a country's locator outline. */
export const locatorBaseUrl = (territoryNumber: string) => `places/maps/${territoryNumber}.svg`;

/**
 * A small map that shows where a place is in its country, linked to the place's page: in
 * place of bare coordinates on an entry page. A point at sea or beyond its country's mainland
 * (Hawaii, Réunion) is shown on the world; a place without coordinates gets its name only.
 * `link: false` on the place's own page: no link and no name, only the map.
 */
export function locatorMap(
  context: PageContext,
  place: Place,
  options: { link?: boolean } = {},
): Html {
  const facts = factsOf(place);
  const label = facts.country && facts.name ? `${facts.name}, ${facts.country}` : placeLabel(facts);
  const text = html`<span class="place-name">${label}</span>`;
  // On the place's own page its name is the heading: the map alone.
  const named =
    options.link === false ? html`` : html`<a href="${href(context, placeUrl(facts))}">${text}</a>`;
  if (facts.lat === undefined || facts.lon === undefined) return named;
  const point: [number, number] = [facts.lon, facts.lat];
  const { width, height } = LOCATOR_FRAME;
  const within = (xy: [number, number] | null | undefined): xy is [number, number] =>
    !!xy && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= width && xy[1] <= height;
  let base = facts.territoryNumber ?? WORLD_LOCATOR;
  let xy = locatorProjection(base)?.(point);
  if (!within(xy)) xy = locatorProjection((base = WORLD_LOCATOR))!(point);
  if (!within(xy)) return named;
  const [x, y] = [round(xy[0]), round(xy[1])];
  return html`${named}
    ${svgPicture(
      'locator',
      LOCATOR_FRAME,
      `Map: ${label}`,
      html`<image href="${href(context, locatorBaseUrl(base))}" width="${width}" height="${height}" />
        <circle class="locator-ring" cx="${x}" cy="${y}" r="9" />
        <circle class="locator-point" cx="${x}" cy="${y}" r="4" />`,
    )}`;
}
