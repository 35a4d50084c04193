/**
 * A route drawn offline (issue 21): the track of a day or an activity as a line over the
 * countries' outlines, projected and fitted to the route at build time (src/places/), inline
 * SVG with no tile server and no request. The route is the simplified line the importers keep
 * in front matter (`route`, an encoded polyline); the whole track is the entry's GeoJSON file.
 */
import { geoPath } from 'd3-geo';

import { atlas, boxesMeet } from '../src/places/atlas.ts';
import { outlineKey, outlineOf } from '../src/places/outline-cache.ts';
import {
  projectionKey,
  regionProjection,
  viewBounds,
  type Frame,
} from '../src/places/projection.ts';
import { html, type Html } from '../src/shared/html.ts';
import { round, svgPicture } from './svg-picture.ts';

export const ROUTE_FRAME: Frame = { width: 480, height: 300 };

/** The map of a route of `[lon, lat]` points; nothing for fewer than two points. */
export function routeMap(route: readonly [number, number][], label: string): Html {
  if (route.length < 2) return html``;
  const frame = ROUTE_FRAME;
  // At least about 500 m across, so a walk round the block still shows its streets' scale.
  const projection = regionProjection(frame, [...route], { minSpan: 0.005, padding: 18 });
  const path = geoPath(projection).digits(1);
  const shown = viewBounds(projection, frame);
  const outlines = atlas('50m');
  // Drawn once: the same outline in the same projection is the same path (outline-cache.ts).
  const key = projectionKey(projection);
  const land = outlines.countries
    .map((country) => {
      if (!boxesMeet(shown, outlines.bounds.get(country)!)) return '';
      const d = outlineOf(outlineKey(key, '50m', country), () => path(country));
      return d ? html`<path class="route-land" d="${d}" />` : '';
    })
    .filter((item) => item !== '');
  const line = path({ type: 'LineString', coordinates: route.map((point) => [...point]) });
  const start = projection([...route[0]!]);
  const end = projection([...route[route.length - 1]!]);
  return svgPicture(
    'route-map',
    frame,
    label,
    html`<rect class="route-water" width="${frame.width}" height="${frame.height}" />
      <g>${land}</g>
      ${line ? html`<path class="route-line" d="${line}" />` : ''}
      ${start ? html`<circle class="route-start" cx="${round(start[0])}" cy="${round(start[1])}" r="5" />` : ''}
      ${end ? html`<circle class="route-end" cx="${round(end[0])}" cy="${round(end[1])}" r="5" />` : ''}`,
  );
}
