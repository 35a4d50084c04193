/**
 * When you were in touch with someone: one row per year, one square per month, darker for more
 * entries, as SVG drawn at build time. The picture is an image with its own description; the
 * same numbers are in a table below it, month by month, with links.
 */
import { html, trusted, type Html } from '../shared/html.ts';
import { MONTHS as MONTH_NAMES } from '../shared/calendar-names.ts';
import { LEVELS, shadeClass } from '../shared/shades.ts';

const MONTH_LETTERS = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
const CELL = 16;
const GAP = 3;
const LABEL = 40;
const TOP = 16;

/** `yyyy-mm` → entries, from entry dates as written. */
export function monthCounts(dates: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  return counts;
}

/** 0 for none, then 1–LEVELS by equal parts of the busiest month (at least one step per entry). */
export function levelOf(count: number, busiest: number): number {
  if (count === 0) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((count / Math.max(1, busiest)) * LEVELS)));
}

const plural = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** The strip for a person, with an id prefix unique on the page. */
export function monthStrip(
  name: string,
  counts: Map<string, number>,
  hrefOf: (month: string) => string,
): Html {
  const months = [...counts.keys()].sort();
  if (months.length === 0) return html``;
  const first = Number(months[0]!.slice(0, 4));
  const last = Number(months.at(-1)!.slice(0, 4));
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const busiest = Math.max(...counts.values());
  const width = LABEL + 12 * (CELL + GAP);
  const height = TOP + years.length * (CELL + GAP);
  const busy = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const description = `Entries with ${name} per month, ${first} to ${last}: ${months.length} months with entries; the busiest was ${MONTH_NAMES[Number(busy[0].slice(5, 7)) - 1]} ${busy[0].slice(0, 4)} with ${plural(busy[1])}.`;
  const squares = years.flatMap((year, row) =>
    MONTH_LETTERS.map((_, column) => {
      const key = `${year}-${String(column + 1).padStart(2, '0')}`;
      const count = counts.get(key) ?? 0;
      const x = LABEL + column * (CELL + GAP);
      const y = TOP + row * (CELL + GAP);
      return `<rect class="${shadeClass(levelOf(count, busiest))}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="3"><title>${count === 0 ? 'No entries' : plural(count)} in ${MONTH_NAMES[column]} ${year}</title></rect>`;
    }),
  );
  const labels = [
    ...MONTH_LETTERS.map(
      (letter, column) =>
        `<text class="strip-label" x="${LABEL + column * (CELL + GAP) + CELL / 2}" y="${TOP - 5}" text-anchor="middle">${letter}</text>`,
    ),
    ...years.map(
      (year, row) =>
        `<text class="strip-label" x="0" y="${TOP + row * (CELL + GAP) + CELL - 3}">${year}</text>`,
    ),
  ];
  // Only numbers and fixed words go into the SVG's markup; the name is escaped by html``.
  return html`<figure class="person-strip">
    <svg
      viewBox="0 0 ${width} ${height}"
      width="${width}"
      height="${height}"
      role="img"
      aria-labelledby="strip-title"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="strip-title">${description}</title>
      ${trusted(labels.join(''))}${trusted(squares.join(''))}
    </svg>
    <figcaption>
      <span class="strip-key" aria-hidden="true"
        >Fewer
        ${Array.from(
          { length: LEVELS + 1 },
          (_, level) =>
            html`<svg width="12" height="12" viewBox="0 0 12 12"><rect class="${shadeClass(level)}" width="12" height="12" rx="2"></rect></svg>`,
        )}
        more</span
      >
      <details>
        <summary>Month by month</summary>
        <table class="strip-table">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Entries</th>
            </tr>
          </thead>
          <tbody>
            ${months.map(
              (month) =>
                html`<tr>
                  <th scope="row"><a href="${hrefOf(month)}">${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}</a></th>
                  <td>${counts.get(month)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figcaption>
  </figure>`;
}
