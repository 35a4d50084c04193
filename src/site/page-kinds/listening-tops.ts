/**
 * What was listened to most (Spotify's days of listening): on the stats page the top artists
 * and tracks of all time and each year's; on a year in review the year's and each month's top
 * artist. Minutes heard rank them; bars show the minutes, the text beside them the plays too.
 */
import { href, type PageContext } from '../../../layouts/base.ts';
import { barList, formatNumber } from '../../../layouts/charts.ts';
import { monthName } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html, type Html } from '../../shared/html.ts';
import {
  listeningByMonth,
  listeningByYear,
  listeningTops,
  type Listened,
  type ListeningTops,
} from '../listening-stats.ts';

/** How many artists and tracks a top list shows. */
const TOP = 10;

const heard = (item: { minutes: number; plays: number }) =>
  `${formatNumber(item.minutes)} min, ${formatNumber(item.plays)} ${item.plays === 1 ? 'play' : 'plays'}`;

const trackName = (item: Listened) =>
  item.artist ? `${item.track} — ${item.artist}` : item.track!;

/** The stats page's listening: all time's top artists and tracks, and a table of the years. */
export function statsListening(context: PageContext, entries: EntrySummary[]): Html | '' {
  const tops = listeningTops(entries, TOP);
  if (!tops) return '';
  const years = listeningByYear(entries);
  return html`${topSections('stats', 'of all time', tops)}
    <section aria-labelledby="stats-listening-years">
      <h2 id="stats-listening-years">Listening per year</h2>
      ${table(
        'Listening per year: minutes, plays, the top artist and track',
        ['Year', 'Minutes', 'Plays', 'Top artist', 'Top track'],
        [...years].map(([year, top]) => [
          html`<a href="${href(context, `${year}/review/`)}">${year}</a>`,
          formatNumber(top.minutes),
          formatNumber(top.plays),
          top.artists[0]?.artist ?? '',
          top.tracks[0] ? trackName(top.tracks[0]) : '',
        ]),
      )}
    </section>`;
}

/** A year in review's listening: the year's top artists and tracks, and each month's top artist. */
export function reviewListening(entries: EntrySummary[]): Html | '' {
  const tops = listeningTops(entries, TOP);
  if (!tops) return '';
  const months = listeningByMonth(entries);
  return html`${topSections('review', 'of the year', tops)}
    <section aria-labelledby="review-listening-months">
      <h2 id="review-listening-months">Top artist each month</h2>
      ${table(
        'Top artist each month, with minutes listened',
        ['Month', 'Top artist', 'Its minutes', 'All minutes'],
        [...months].map(([month, top]) => [
          monthName(month.slice(5, 7)),
          top.artists[0]?.artist ?? '',
          top.artists[0] ? formatNumber(top.artists[0].minutes) : '',
          formatNumber(top.minutes),
        ]),
      )}
    </section>`;
}

function topSections(page: 'stats' | 'review', when: string, tops: ListeningTops): Html {
  const list = (items: Listened[], name: (item: Listened) => string, label: string) =>
    barList(
      items.map((item) => ({ label: name(item), value: item.minutes, text: heard(item) })),
      label,
      'listening',
    );
  return html`<section aria-labelledby="${page}-top-artists">
      <h2 id="${page}-top-artists">Top artists <span class="meta">${when}</span></h2>
      <p class="meta">${heard(tops)} on ${formatNumber(tops.days)} ${tops.days === 1 ? 'day' : 'days'}.</p>
      ${list(tops.artists, (item) => item.artist, `Top artists ${when}, by minutes listened`)}
    </section>
    <section aria-labelledby="${page}-top-tracks">
      <h2 id="${page}-top-tracks">Top tracks <span class="meta">${when}</span></h2>
      ${list(tops.tracks, trackName, `Top tracks ${when}, by minutes listened`)}
    </section>`;
}

/** A small table of names and numbers, scrolling sideways on a phone. */
function table(caption: string, headers: string[], rows: (string | Html)[][]): Html {
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}">
    <table class="tops-table">
      <thead><tr>${headers.map((header) => html`<th scope="col">${header}</th>`)}</tr></thead>
      <tbody>
        ${rows.map(
          ([first, ...rest]) =>
            html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
