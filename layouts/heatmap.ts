/**
 * A calendar heatmap, as GitHub draws contributions: a column per week, a row per weekday, a
 * square per day shaded by its number of entries, drawn as static SVG at build time. Each day
 * with entries links to its day page and says its count in its `<title>`; a table month by month
 * repeats the numbers for screen readers.
 */
import { html, type Html } from '../src/shared/html.ts';
import { LEVELS, shadeClass } from '../src/shared/shades.ts';
import { href, type PageContext } from './base.ts';
import { formatDay, MONTHS } from './parts.ts';

/** Weeks start on Monday (ISO 8601); 0 would start them on Sunday. */
export const WEEK_START = 1;
export { LEVELS };

export interface HeatmapDay {
  /** `2024-03-05` */
  date: string;
  count: number;
  /** 0 (no entry) to LEVELS. */
  level: number;
  /** Week, from 0. */
  column: number;
  /** Weekday row, 0 = the week's first day. */
  row: number;
}

export interface HeatmapGrid {
  days: HeatmapDay[];
  columns: number;
  /** Where each month's label goes: its first day's column. */
  months: { label: string; column: number }[];
  max: number;
  total: number;
}

const DAY = 86_400_000;
const utc = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The day `days` after (or before, when negative) `date`, both `YYYY-MM-DD`. */
export const addDays = (date: string, days: number) => isoDay(utc(date) + days * DAY);

/** 0 = Sunday … 6 = Saturday, of a `YYYY-MM-DD` calendar date. */
export const weekdayOf = (date: string) => new Date(utc(date)).getUTCDay();

/**
 * The shade of a day: 0 for none, else 1…LEVELS on a logarithmic scale up to the period's busiest
 * day (counted as at least LEVELS entries), so a few very busy days do not wash every other day
 * out to the lightest shade.
 */
export function heatmapLevel(count: number, max: number): number {
  if (count <= 0) return 0;
  // A quiet period (a busiest day of one or two entries) is not drawn in the darkest shade.
  const top = Math.max(max, LEVELS);
  return Math.min(LEVELS, Math.max(1, Math.ceil((LEVELS * Math.log1p(count)) / Math.log1p(top))));
}

/** The grid of the days from `start` to `end` (inclusive, `YYYY-MM-DD`), with their counts. */
export function heatmapGrid(
  start: string,
  end: string,
  counts: ReadonlyMap<string, number>,
  weekStart = WEEK_START,
): HeatmapGrid {
  const offset = (weekdayOf(start) - weekStart + 7) % 7;
  const length = Math.round((utc(end) - utc(start)) / DAY) + 1;
  const dates = Array.from({ length }, (_, index) => addDays(start, index));
  const max = Math.max(0, ...dates.map((date) => counts.get(date) ?? 0));
  const days = dates.map((date, index) => {
    const count = counts.get(date) ?? 0;
    const cell = offset + index;
    return {
      date,
      count,
      level: heatmapLevel(count, max),
      column: Math.floor(cell / 7),
      row: cell % 7,
    };
  });
  const months: HeatmapGrid['months'] = [];
  for (const day of days) {
    if (!day.date.endsWith('-01') && day !== days[0]) continue;
    // A label needs three columns of room: a month that starts the period late gives its room up.
    if (months.length > 0 && day.column - months[months.length - 1]!.column < 3) months.pop();
    months.push({
      label: MONTHS[Number(day.date.slice(5, 7)) - 1]!.slice(0, 3),
      column: day.column,
    });
  }
  return {
    days,
    columns: Math.floor((offset + length - 1) / 7) + 1,
    months,
    max,
    total: days.reduce((sum, day) => sum + day.count, 0),
  };
}

/** A calendar year, 1 January to 31 December. */
export const yearGrid = (year: string, counts: ReadonlyMap<string, number>) =>
  heatmapGrid(`${year}-01-01`, `${year}-12-31`, counts);

/** The 53 weeks that end with the week of `end`: a year of days, whole weeks. */
export function lastYearGrid(end: string, counts: ReadonlyMap<string, number>): HeatmapGrid {
  const weekEnd = addDays(end, (WEEK_START + 6 - weekdayOf(end)) % 7);
  return heatmapGrid(addDays(weekEnd, -53 * 7 + 1), end, counts);
}

const entries = (count: number) =>
  `${count.toLocaleString('en')} ${count === 1 ? 'entry' : 'entries'}`;
const CELL = 11;
const STEP = 13;
const LEFT = 30;
const TOP = 16;
const WEEKDAY_LABELS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The heatmap as a figure: its caption, the SVG (each day a square, each day with entries a
 * link), a legend of the shades, and the numbers month by month in a table.
 */
export function heatmap(
  context: PageContext,
  grid: HeatmapGrid,
  caption: string,
  id: string,
): Html {
  const width = LEFT + grid.columns * STEP;
  const height = TOP + 7 * STEP;
  const activeDays = grid.days.filter((day) => day.count > 0).length;
  const first = grid.days[0]?.date ?? '';
  const last = grid.days[grid.days.length - 1]?.date ?? '';
  const summary = `${entries(grid.total)} on ${activeDays} of ${grid.days.length} days, from ${formatDay(first)} to ${formatDay(last)}`;
  const square = (day: HeatmapDay) => {
    const x = LEFT + day.column * STEP;
    const y = TOP + day.row * STEP;
    const label = `${day.count ? entries(day.count) : 'No entries'} on ${formatDay(day.date)}`;
    const rect = html`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2" class="${shadeClass(day.level)}"><title>${label}</title></rect>`;
    return day.count > 0
      ? html`<a href="${href(context, `${day.date.replaceAll('-', '/')}/`)}">${rect}</a>`
      : rect;
  };
  return html`<figure class="heatmap" id="${id}">
    <figcaption>${caption}: ${summary}.</figcaption>
    <div class="heatmap-frame">
      <svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title ${id}-desc">
        <title id="${id}-title">${caption}</title>
        <desc id="${id}-desc">${summary}. Each square is a day; the darker, the more entries. The table below gives the numbers month by month.</desc>
        ${grid.months.map((month) => html`<text x="${LEFT + month.column * STEP}" y="10" aria-hidden="true">${month.label}</text>`)}
        ${[0, 2, 4].map((row) => html`<text x="0" y="${TOP + row * STEP + 9}" aria-hidden="true">${WEEKDAY_LABELS[(row + WEEK_START) % 7]}</text>`)}
        ${grid.days.map(square)}
      </svg>
    </div>
    ${legend(grid.max)}
    ${monthTable(grid)}
  </figure>`;
}

/** "Fewer ■■■■■ more", with the counts each shade stands for. */
function legend(max: number): Html {
  const ranges: string[] = ['none'];
  for (let level = 1; level <= LEVELS; level++) {
    const counts = Array.from({ length: max }, (_, index) => index + 1).filter(
      (count) => heatmapLevel(count, max) === level,
    );
    const low = counts[0];
    const high = counts[counts.length - 1];
    ranges.push(low === undefined ? '' : low === high ? String(low) : `${low}–${high}`);
  }
  return html`<ul class="heatmap-legend" aria-label="Shades">
    ${ranges.map((range, level) =>
      range
        ? html`<li><svg width="11" height="11" aria-hidden="true"><rect width="11" height="11" rx="2" class="${shadeClass(level)}" /></svg> ${range}</li>`
        : '',
    )}
  </ul>`;
}

/** Month, entries, days with entries and the busiest day, for readers who cannot see the squares. */
function monthTable(grid: HeatmapGrid): Html {
  const months = new Map<string, HeatmapDay[]>();
  for (const day of grid.days) {
    const key = day.date.slice(0, 7);
    (months.get(key) ?? months.set(key, []).get(key)!).push(day);
  }
  return html`<details class="chart-table">
    <summary>The numbers, month by month</summary>
    <table>
      <thead><tr><th scope="col">Month</th><th scope="col">Entries</th><th scope="col">Days with entries</th><th scope="col">Busiest day</th></tr></thead>
      <tbody>
        ${[...months].map(([month, days]) => {
          const busiest = days.reduce(
            (best, day) => (day.count > best.count ? day : best),
            days[0]!,
          );
          return html`<tr>
            <th scope="row">${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}</th>
            <td>${days.reduce((sum, day) => sum + day.count, 0)}</td>
            <td>${days.filter((day) => day.count > 0).length}</td>
            <td>${busiest.count > 0 ? `${formatDay(busiest.date)} (${busiest.count})` : '–'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </details>`;
}

/** Entries per calendar day (`YYYY-MM-DD`, in each entry's own offset). */
export function countByDay(entries: Iterable<{ date: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const day = entry.date.slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}
