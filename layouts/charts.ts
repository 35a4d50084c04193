/**
 * Small charts drawn as static SVG at build time: bar lists, stacked bars per year, the
 * punchcard of the week's hours. Every chart shows or tables its numbers too, so no reader needs
 * to see the shapes; colours come from the stylesheet (light and dark), never inline styles.
 */
import { html, type Html } from '../src/shared/html.ts';
import { WEEK_START } from './heatmap.ts';

export interface Bar {
  label: string;
  value: number;
  /** Site-relative link already made with `href`, or none. */
  link?: string;
  /** Shown instead of the number, e.g. "1,204 words". */
  text?: string;
}

export const formatNumber = (value: number) => value.toLocaleString('en');

/** A list of labelled horizontal bars, each with its number beside it. */
export function barList(bars: Bar[], label: string, className = ''): Html {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return html`<ol class="bars ${className}" aria-label="${label}">
    ${bars.map(
      (bar) =>
        html`<li>
          <span class="bar-label">${bar.link ? html`<a href="${bar.link}">${bar.label}</a>` : bar.label}</span>
          <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect width="${((100 * bar.value) / max).toFixed(2)}" height="10" /></svg>
          <span class="bar-value">${bar.text ?? formatNumber(bar.value)}</span>
        </li>`,
    )}
  </ol>`;
}

/** How many series get a colour of their own; the rest are "other". */
export const SERIES_COLOURS = 8;

/**
 * Columns per year, each stacked from its series (sources), with a legend and the numbers in a
 * table. `series` is in the order of the legend; at most SERIES_COLOURS colours.
 */
export function stackedBars(
  rows: [string, Map<string, number>][],
  series: { key: string; label: string }[],
  caption: string,
): Html {
  const totals = rows.map(([, values]) => [...values.values()].reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const width = 34;
  const plot = 160;
  const top = 16;
  const svgWidth = Math.max(rows.length * width, 200);
  const svgHeight = top + plot + 20;
  const labelEvery = Math.ceil(rows.length / 16);
  const columns = rows.map(([year, values], index) => {
    let y = top + plot;
    const x = index * width + 4;
    const parts = series.map((item, serie) => {
      const value = values.get(item.key) ?? 0;
      const height = (plot * value) / max;
      y -= height;
      return value > 0
        ? html`<rect x="${x}" y="${y.toFixed(1)}" width="${width - 8}" height="${height.toFixed(1)}" class="s${serie}" />`
        : '';
    });
    const total = totals[index]!;
    return html`<g>
      <title>${year}: ${formatNumber(total)}</title>
      ${parts}
      ${index % labelEvery === 0 ? html`<text x="${x + (width - 8) / 2}" y="${top + plot + 14}" text-anchor="middle">${year}</text>` : ''}
    </g>`;
  });
  return html`<figure class="chart stacked">
    <figcaption>${caption}</figcaption>
    <svg viewBox="0 0 ${svgWidth} ${svgHeight}" width="${svgWidth}" height="${svgHeight}" role="img" aria-label="${caption}; the table below gives the numbers">
      <line x1="0" x2="${svgWidth}" y1="${top + plot + 0.5}" y2="${top + plot + 0.5}" class="axis" />
      <text x="0" y="10">${formatNumber(max)}</text>
      ${columns}
    </svg>
    <ul class="chart-legend" aria-label="Colours">
      ${series.map((item, serie) => html`<li><svg width="11" height="11" aria-hidden="true"><rect width="11" height="11" class="s${serie}" /></svg> ${item.label}</li>`)}
    </ul>
    <details class="chart-table">
      <summary>The numbers</summary>
      <div class="table-scroll" tabindex="0" role="region" aria-label="${caption}, as a table">
        <table>
          <thead>
            <tr><th scope="col">Year</th>${series.map((item) => html`<th scope="col">${item.label}</th>`)}<th scope="col">All</th></tr>
          </thead>
          <tbody>
            ${rows.map(
              ([year, values], index) =>
                html`<tr><th scope="row">${year}</th>${series.map((item) => html`<td>${formatNumber(values.get(item.key) ?? 0)}</td>`)}<td>${formatNumber(totals[index]!)}</td></tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </figure>`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The week's hours as discs, larger for more entries; `grid[weekday][hour]`, weekday 0 = Sunday. */
export function punchcardChart(grid: number[][], caption: string): Html {
  const step = 22;
  const left = 34;
  const top = 18;
  const max = Math.max(1, ...grid.flat());
  const order = Array.from({ length: 7 }, (_, index) => (index + WEEK_START) % 7);
  const width = left + 24 * step;
  const height = top + 7 * step;
  const discs = order.flatMap((weekday, row) =>
    grid[weekday]!.map((count, hour) =>
      count > 0
        ? html`<circle cx="${left + hour * step + step / 2}" cy="${top + row * step + step / 2}" r="${(1.5 + 8 * Math.sqrt(count / max)).toFixed(1)}"><title>${formatNumber(count)} on ${WEEKDAYS[weekday]}s at ${hour}h</title></circle>`
        : '',
    ),
  );
  return html`<figure class="chart punchcard">
    <figcaption>${caption}</figcaption>
    <svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${caption}; the table below gives the numbers">
      ${order.map((weekday, row) => html`<text x="0" y="${top + row * step + 15}">${WEEKDAYS[weekday]!.slice(0, 3)}</text>`)}
      ${[0, 3, 6, 9, 12, 15, 18, 21].map((hour) => html`<text x="${left + hour * step + step / 2}" y="11" text-anchor="middle">${hour}h</text>`)}
      ${discs}
    </svg>
    <details class="chart-table">
      <summary>The numbers</summary>
      <div class="table-scroll" tabindex="0" role="region" aria-label="${caption}, as a table">
        <table>
          <thead>
            <tr><th scope="col">Day</th>${Array.from({ length: 24 }, (_, hour) => html`<th scope="col">${hour}h</th>`)}</tr>
          </thead>
          <tbody>
            ${order.map((weekday) => html`<tr><th scope="row">${WEEKDAYS[weekday]}</th>${grid[weekday]!.map((count) => html`<td>${count}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    </details>
  </figure>`;
}
