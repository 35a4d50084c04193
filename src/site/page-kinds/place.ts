/**
 * A page per place (`places/france/strasbourg.html`): where it is (a locator map), when (first and
 * last visit, entries per year), its entries newest first, and the places nearest to it.
 */
import { around } from 'geokdbush';
import KDBush from 'kdbush';

import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { locatorMap } from '../../../layouts/map.ts';
import { entryList, formatDay, pager } from '../../../layouts/parts.ts';
import { distanceKm, type PlaceGroup } from '../../places/place-groups.ts';
import { placeKey } from '../../places/place-key.ts';
import { html } from '../../shared/html.ts';
import { PAGE_SIZE, paginate, type PlacePageKind } from './page-kind.ts';
import { count } from './places.ts';

/** How many nearby places a place page lists. */
const NEARBY = 6;

export const placePages: PlacePageKind = {
  name: 'place',
  *specs({ view, context, places: grouped }) {
    const { places } = grouped();
    const nearbyOf = nearbyPlaces(places);
    for (const place of places) {
      const newestFirst = [...place.entries].reverse();
      // Found when a page is rendered: each thread makes every spec and renders its share.
      yield* paginate(
        place.url,
        placeKey(place.url),
        newestFirst,
        PAGE_SIZE.group,
        (url, chunk, page, pages) =>
          placePage(context(url), view, place, nearbyOf(place), chunk, page, pages),
      );
    }
  },
};

/** The nearest other places of each place, by a k-d tree: 20,000 places in well under a second. */
function nearbyPlaces(places: PlaceGroup[]): (place: PlaceGroup) => [PlaceGroup, number][] {
  const located = places.filter((place) => place.lat !== undefined);
  if (located.length === 0) return () => [];
  const index = new KDBush(located.length);
  for (const place of located) index.add(place.lon!, place.lat!);
  index.finish();
  return (place) => {
    if (place.lat === undefined) return [];
    return (around(index, place.lon!, place.lat, NEARBY + 1) as number[])
      .map((i) => located[i]!)
      .filter((other) => other !== place)
      .slice(0, NEARBY)
      .map((other): [PlaceGroup, number] => [
        other,
        distanceKm(place as { lat: number; lon: number }, other as { lat: number; lon: number }),
      ]);
  };
}

function placePage(
  context: PageContext,
  view: EntryView,
  place: PlaceGroup,
  nearby: [PlaceGroup, number][],
  entries: PlaceGroup['entries'],
  page: number,
  pages: number,
): string {
  const first = place.entries[0]!;
  const last = place.entries[place.entries.length - 1]!;
  const years = new Map<string, number>();
  for (const entry of place.entries)
    years.set(entry.date.slice(0, 4), (years.get(entry.date.slice(0, 4)) ?? 0) + 1);
  const country = place.facts.country;
  const point = {
    ...(place.facts.name ? { name: place.facts.name } : {}),
    ...(country ? { country } : {}),
    ...(place.facts.territoryNumber ? { territoryNumber: place.facts.territoryNumber } : {}),
    ...(place.lat !== undefined ? { lat: place.lat, lon: place.lon! } : {}),
  };
  const body = html`<h1>${place.label}</h1>
    <div class="place-summary">
      <div class="place-locator">${locatorMap(context, point, { link: false })}</div>
      <dl class="facts">
        ${country ? html`<dt>Country</dt><dd><a href="${href(context, `places/${place.countrySlug}/`)}">${country}</a></dd>` : ''}
        <dt>Entries</dt>
        <dd>${count(place.entries.length, 'entry', 'entries')}</dd>
        <dt>First visit</dt>
        <dd><a href="${href(context, view.urlOf(first))}">${formatDay(first.date)}</a></dd>
        ${
          place.entries.length > 1
            ? html`<dt>Last visit</dt>
                <dd><a href="${href(context, view.urlOf(last))}">${formatDay(last.date)}</a></dd>`
            : ''
        }
        <dt>Years</dt>
        <dd>
          ${[...years].map(
            ([year, n], index) =>
              html`${index > 0 ? ', ' : ''}<a href="${href(context, `${year}/`)}">${year}</a> (${n})`,
          )}
        </dd>
      </dl>
    </div>
    <h2>Entries here${pages > 1 ? `, page ${page} of ${pages}` : ''}</h2>
    ${entryList(context, view, entries, true, 3)} ${pager(context, place.url, page, pages)}
    ${
      nearby.length
        ? html`<section aria-labelledby="nearby-heading">
            <h2 id="nearby-heading">Nearby</h2>
            <ul class="place-list">
              ${nearby.map(
                ([other, km]) =>
                  html`<li>
                    <a href="${href(context, other.url)}">${other.label}</a>
                    <span class="count">${km < 10 ? km.toFixed(1) : Math.round(km)} km</span>
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }`;
  return basePage(context, {
    title: page > 1 ? `${place.label}, page ${page}` : place.label,
    crumbs: [
      { label: 'Places', url: 'places/' },
      { label: country ?? 'Elsewhere', url: `places/${place.countrySlug}/` },
      { label: place.label, url: place.url },
    ],
    body,
  });
}
