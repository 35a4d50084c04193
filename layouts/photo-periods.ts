/** The navigation of the Photos pages: a month's URL and name, the months before and after, every month. */
import type { EntrySummary } from '../src/shared/entry-types.ts';
import { html, type Html } from '../src/shared/html.ts';
import { href, type PageContext } from './base.ts';
import { monthName } from './parts.ts';

/** A month with photos: its entries that have some, newest first. */
export interface PhotoMonth {
  year: string;
  month: string;
  entries: EntrySummary[];
  count: number;
}

/** The URL of a part of a month's photos: `photos/2014/03/`, then `photos/2014/03/page/2/`. */
export const monthUrl = (month: Pick<PhotoMonth, 'year' | 'month'>, part = 1) =>
  `photos/${month.year}/${month.month}/${part > 1 ? `page/${part}/` : ''}`;

export const periodOf = (month: Pick<PhotoMonth, 'year' | 'month'>) =>
  `${monthName(month.month)} ${month.year}`;
export const photoCount = (count: number) =>
  `${count.toLocaleString('en')} ${count === 1 ? 'photo' : 'photos'}`;

/** Links to the months before and after. */
export function monthSteps(
  context: PageContext,
  { earlier, later }: { earlier?: PhotoMonth; later?: PhotoMonth },
): Html {
  if (!earlier && !later) return html``;
  return html`<nav class="prev-next" aria-label="Other months">
    <ul>
      ${later ? html`<li><a rel="prev" href="${href(context, monthUrl(later))}"><span>Later</span>${periodOf(later)}</a></li>` : ''}
      ${earlier ? html`<li class="next"><a rel="next" href="${href(context, monthUrl(earlier))}"><span>Earlier</span>${periodOf(earlier)}</a></li>` : ''}
    </ul>
  </nav>`;
}

/** `Mar` shown, `March 2021` read: the rest of the name is there for screen readers. */
function shortMonth(month: PhotoMonth): Html {
  const name = monthName(month.month);
  return html`${name.slice(0, 3)}<span class="visually-hidden">${name.slice(3)} ${month.year}</span>`;
}

/**
 * Every year with photos, newest first, and the months of the year shown (the current page's,
 * else the newest): a few dozen links at twenty years, where every month would be hundreds.
 */
export function periodIndex(
  context: PageContext,
  months: PhotoMonth[],
  current?: PhotoMonth,
  currentYear?: string,
): Html {
  const years = new Map<string, PhotoMonth[]>();
  for (const month of months)
    (years.get(month.year) ?? years.set(month.year, []).get(month.year)!).push(month);
  const open = current?.year ?? currentYear ?? months[0]?.year;
  return html`<nav class="photo-periods" aria-labelledby="photo-periods">
    <h2 id="photo-periods">Photos by year and month</h2>
    <ol>
      ${[...years].map(
        ([year, ofYear]) =>
          html`<li>
            <a class="year" href="${href(context, `photos/${year}/`)}" ${year === currentYear ? html`aria-current="page"` : ''}>${year}</a>
            ${
              year === open
                ? html`<ol>
                  ${[...ofYear]
                    .reverse()
                    .map(
                      (month) =>
                        html`<li><a href="${href(context, monthUrl(month))}" ${month === current ? html`aria-current="page"` : ''}>${shortMonth(month)}</a></li>`,
                    )}
                </ol>`
                : ''
            }
          </li>`,
      )}
    </ol>
  </nav>`;
}
