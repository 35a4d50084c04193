/** The layouts of the archive's pages. Each returns a whole HTML document. */
import type { EntryRecord, EntrySummary } from '../src/shared/entry-types.ts';
import { html, type Html } from '../src/shared/html.ts';
import { basePage, href, type Crumb, type PageContext } from './base.ts';
import { bodyHtml, lightboxScript, mediaGallery, needsLightbox, picture } from './media.ts';
import { capitalize, entryList, formatDay, monthName, pager, timeTag, titleOf } from './parts.ts';
import { type EntryView } from './entry-view.ts';

export interface Neighbours {
  previous?: EntrySummary;
  next?: EntrySummary;
  /** The entry this one replies to, when it is in the archive. */
  parent?: EntrySummary;
  /** Entries in the archive that answer this one. */
  thread?: EntrySummary[];
}

const dayCrumbs = (date: string): Crumb[] => {
  const [year, month, day] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  return [
    { label: year, url: `${year}/` },
    { label: monthName(month), url: `${year}/${month}/` },
    { label: String(Number(day)), url: `${year}/${month}/${day}/` },
  ];
};

function slugLinks(
  context: PageContext,
  folder: string,
  names: string[],
  slugOf: (name: string) => string,
): Html {
  return html`${names.map((name, index) => html`${index > 0 ? ', ' : ''}<a href="${href(context, `${folder}/${slugOf(name)}/`)}">${name}</a>`)}`;
}

export function entryPage(
  context: PageContext,
  view: EntryView & { slugOf: (name: string) => string },
  entry: EntryRecord,
  around: Neighbours,
): string {
  const title = titleOf(entry);
  const place = entry.place;
  const body = html`<article class="entry h-entry">
      <header>
        <h1 class="p-name">${title}</h1>
        <p class="meta">
          ${timeTag(entry)} ·
          <a href="${href(context, `sources/${view.slugOf(entry.source)}/`)}"
            >${view.sourceLabel(entry.source)}</a
          >
          · ${entry.kind}
        </p>
      </header>
      ${around.parent ? html`<p class="reply-to">In reply to <a href="${href(context, view.urlOf(around.parent))}">${titleOf(around.parent)}</a></p>` : entry.inReplyTo ? html`<p class="reply-to">In reply to a post that is not in this site</p>` : ''}
      ${mediaGallery(context, view, entry, true)}
      <div class="e-content">${bodyHtml(context, view, entry)}</div>
      <footer>
        <dl class="facts">
          ${
            entry.tags.length
              ? html`<dt>Tags</dt>
                  <dd>${slugLinks(context, 'tags', entry.tags, view.slugOf)}</dd>`
              : ''
          }
          ${
            entry.people.length
              ? html`<dt>People</dt>
                  <dd>${slugLinks(context, 'people', entry.people, view.slugOf)}</dd>`
              : ''
          }
          ${
            place
              ? html`<dt>Place</dt>
                  <dd>
                    ${place.name ?? ''}${place.lat !== undefined && place.lon !== undefined ? html` <span class="coords">(${place.lat.toFixed(3)}, ${place.lon.toFixed(3)})</span>` : ''}
                  </dd>`
              : ''
          }
          ${
            entry.url
              ? html`<dt>Original</dt>
                  <dd><a href="${entry.url}" rel="noreferrer">${entry.url}</a></dd>`
              : ''
          }
          ${cameraFacts(entry)}
          <dt>Visibility</dt>
          <dd>${entry.visibility}</dd>
        </dl>
      </footer>
    </article>
    ${around.thread?.length ? conversation(context, view, entry, around.thread) : ''}
    <nav class="prev-next" aria-label="Previous and next entries">
      <ul>
        ${
          around.previous
            ? html`<li class="previous">
                <a rel="prev" href="${href(context, view.urlOf(around.previous))}"
                  ><span>Earlier</span> ${titleOf(around.previous)}</a
                >
              </li>`
            : ''
        }
        ${
          around.next
            ? html`<li class="next">
                <a rel="next" href="${href(context, view.urlOf(around.next))}"
                  ><span>Later</span> ${titleOf(around.next)}</a
                >
              </li>`
            : ''
        }
      </ul>
    </nav>`;
  return basePage(context, {
    title,
    crumbs: [...dayCrumbs(entry.date), { label: title, url: view.urlOf(entry) }],
    body,
    ...(needsLightbox(view, [entry]) ? { script: lightboxScript(context) } : {}),
  });
}

export function dayPage(
  context: PageContext,
  view: EntryView,
  date: string,
  entries: EntryRecord[],
  page: number,
  pages: number,
): string {
  const title = formatDay(date);
  const body = html`<h1>${title}</h1>
    <p class="lead">
      ${entries.length === 1 ? '1 entry' : `${entries.length} entries`}${pages > 1 ? ` (page ${page} of ${pages})` : ''}
    </p>
    ${entries.map(
      (entry, index) =>
        html`<article class="entry day-entry">
          <h2><a href="${href(context, view.urlOf(entry))}">${titleOf(entry)}</a></h2>
          <p class="meta">
            ${timeTag(entry, false)} · ${view.sourceLabel(entry.source)} · ${entry.kind}
          </p>
          ${mediaGallery(context, view, entry, index === 0)}
          <div class="e-content">${bodyHtml(context, view, entry)}</div>
        </article>`,
    )}
    ${pager(context, context.url.replace(/page\/\d+\/$/, ''), page, pages)}`;
  return basePage(context, {
    title,
    crumbs: dayCrumbs(date),
    body,
    ...(needsLightbox(view, entries) ? { script: lightboxScript(context) } : {}),
  });
}

export function monthPage(
  context: PageContext,
  view: EntryView,
  year: string,
  month: string,
  days: [string, EntryRecord[]][],
  page: number,
  pages: number,
): string {
  const title = `${monthName(month)} ${year}`;
  const pictures = days
    .flatMap(([, entries]) => entries)
    .filter((entry) => entry.images[0] && view.images.has(entry.images[0]));
  const body = html`<h1>${title}</h1>
    ${photoStrip(context, view, pictures)}
    ${days.map(
      ([day, entries]) =>
        html`<section class="day">
          <h2>
            <a href="${href(context, `${year}/${month}/${day}/`)}"
              >${formatDay(`${year}-${month}-${day}`)}</a
            >
          </h2>
          ${entryList(context, view, entries, false)}
        </section>`,
    )}
    ${pager(context, `${year}/${month}/`, page, pages)}`;
  return basePage(context, {
    title,
    crumbs: [
      { label: year, url: `${year}/` },
      { label: monthName(month), url: `${year}/${month}/` },
    ],
    body,
  });
}

export function yearPage(
  context: PageContext,
  view: EntryView,
  year: string,
  months: [string, Map<string, EntryRecord[]>][],
  sources: [string, number][],
): string {
  const withPictures = months
    .flatMap(([, days]) => [...days.values()].flat())
    .filter((entry) => entry.images[0] && view.images.has(entry.images[0]));
  const total = months.reduce(
    (sum, [, days]) => sum + [...days.values()].reduce((n, list) => n + list.length, 0),
    0,
  );
  const body = html`<h1>${year}</h1>
    <p class="lead">
      ${total} ${total === 1 ? 'entry' : 'entries'}:
      ${sources.map(([source, count], index) => `${index ? ', ' : ''}${count} from ${source}`)}
    </p>
    ${photoStrip(context, view, withPictures)}
    <ol class="months">
      ${months.map(([month, days]) => {
        const count = [...days.values()].reduce((n, list) => n + list.length, 0);
        return html`<li>
          <h2><a href="${href(context, `${year}/${month}/`)}">${monthName(month)}</a></h2>
          <p>
            ${count} ${count === 1 ? 'entry' : 'entries'} on ${days.size}
            ${days.size === 1 ? 'day' : 'days'}
          </p>
          <ol class="days">
            ${[...days].map(
              ([day, list]) =>
                html`<li>
                  <a
                    href="${href(context, `${year}/${month}/${day}/`)}"
                    title="${list.length} ${list.length === 1 ? 'entry' : 'entries'}"
                    >${Number(day)}</a
                  >
                </li>`,
            )}
          </ol>
        </li>`;
      })}
    </ol>`;
  return basePage(context, { title: year, crumbs: [{ label: year, url: `${year}/` }], body });
}

export function yearsPage(context: PageContext, years: [string, number][]): string {
  const body = html`<h1>Years</h1>
    <ol class="counts">
      ${years.map(([year, count]) => html`<li><a href="${href(context, `${year}/`)}">${year}</a> <span class="count">${count}</span></li>`)}
    </ol>`;
  return basePage(context, { title: 'Years', body });
}

export function homePage(
  context: PageContext,
  view: EntryView,
  recent: EntrySummary[],
  years: [string, number][],
  sources: [string, string, number][],
  total: number,
): string {
  const { site } = context;
  const first = years[0]?.[0];
  const last = years[years.length - 1]?.[0];
  const body = html`<h1>${site.title}</h1>
    <p class="lead">${total} entries${first ? ` from ${first} to ${last}` : ''}.</p>
    <section aria-labelledby="years-heading">
      <h2 id="years-heading">Years</h2>
      <ol class="counts">
        ${years.map(([year, count]) => html`<li><a href="${href(context, `${year}/`)}">${year}</a> <span class="count">${count}</span></li>`)}
      </ol>
    </section>
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ul class="counts">
        ${sources.map(([slug, label, count]) => html`<li><a href="${href(context, `sources/${slug}/`)}">${label}</a> <span class="count">${count}</span></li>`)}
      </ul>
    </section>
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent entries</h2>
      ${entryList(context, view, recent)}
    </section>`;
  return basePage(context, { title: site.title, body });
}

export function groupIndexPage(
  context: PageContext,
  title: string,
  folder: string,
  groups: { name: string; slug: string; count: number }[],
): string {
  const body = html`<h1>${title}</h1>
    ${
      groups.length === 0
        ? html`<p>None yet.</p>`
        : html`<ul class="counts cloud">
            ${groups.map((group) => html`<li><a href="${href(context, `${folder}/${group.slug}/`)}">${group.name}</a> <span class="count">${group.count}</span></li>`)}
          </ul>`
    }`;
  return basePage(context, { title, crumbs: [{ label: title, url: `${folder}/` }], body });
}

export function groupPage(
  context: PageContext,
  view: EntryView,
  heading: { title: string; folderTitle: string; folder: string; slug: string; total: number },
  entries: EntrySummary[],
  page: number,
  pages: number,
): string {
  const base = `${heading.folder}/${heading.slug}/`;
  const body = html`<h1>${heading.title}</h1>
    <p class="lead">
      ${heading.total} ${heading.total === 1 ? 'entry' : 'entries'}, newest
      first${pages > 1 ? ` (page ${page} of ${pages})` : ''}.
    </p>
    ${entryList(context, view, entries, true, 2)} ${pager(context, base, page, pages)}`;
  return basePage(context, {
    title: page > 1 ? `${heading.title}, page ${page}` : heading.title,
    crumbs: [
      { label: heading.folderTitle, url: `${heading.folder}/` },
      { label: heading.title, url: base },
    ],
    body,
  });
}

/** The whole conversation, oldest first, with this entry marked. */
function conversation(
  context: PageContext,
  view: EntryView,
  entry: EntryRecord,
  thread: EntrySummary[],
): Html {
  return html`<section class="conversation" aria-labelledby="conversation-heading">
    <h2 id="conversation-heading">Conversation (${thread.length})</h2>
    <ol>
      ${thread.map((item) =>
        item.id === entry.id
          ? html`<li aria-current="page"><strong>${titleOf(item)}</strong> <span class="meta">${timeTag(item)}</span></li>`
          : html`<li><a href="${href(context, view.urlOf(item))}">${titleOf(item)}</a> <span class="meta">${timeTag(item)}</span></li>`,
      )}
    </ol>
  </section>`;
}

/** Camera, lens and exposure, when the photo importer found them in EXIF. */
function cameraFacts(entry: EntryRecord): Html {
  return html`${(entry.photoFacts ?? []).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}`;
}

/** Up to twelve pictures, spread over the period, each linking to its entry. */
function photoStrip(context: PageContext, view: EntryView, entries: EntrySummary[]): Html {
  if (entries.length === 0) return html``;
  const step = Math.max(1, Math.ceil(entries.length / 12));
  const shown = entries.filter((_, index) => index % step === 0).slice(0, 12);
  return html`<ul class="photo-strip" aria-label="Pictures">
    ${shown.map((entry) => html`<li><a href="${href(context, view.urlOf(entry))}">${picture(context, view, entry.images[0]!, titleOf(entry), '6rem')}</a></li>`)}
  </ul>`;
}

/** Every entry with a picture, newest first, as a grid of thumbnails. */
export function photosPage(
  context: PageContext,
  view: EntryView,
  entries: EntrySummary[],
  total: number,
  page: number,
  pages: number,
): string {
  const body = html`<h1>Photos</h1>
    <p class="lead">${total} ${total === 1 ? 'entry' : 'entries'} with pictures, newest first${pages > 1 ? ` (page ${page} of ${pages})` : ''}.</p>
    <ul class="photo-grid">
      ${entries.map(
        (entry) =>
          html`<li><a href="${href(context, view.urlOf(entry))}">${picture(context, view, entry.images[0]!, titleOf(entry), '12rem')}</a></li>`,
      )}
    </ul>
    ${pager(context, 'photos/', page, pages)}`;
  return basePage(context, {
    title: page > 1 ? `Photos, page ${page}` : 'Photos',
    crumbs: [{ label: 'Photos', url: 'photos/' }],
    body,
  });
}

/** Everything from one calendar day, across the years, newest year first. */
export function onThisDayPage(
  context: PageContext,
  view: EntryView,
  day: string,
  entries: EntrySummary[],
): string {
  const title = `On ${Number(day.slice(3))} ${monthName(day.slice(0, 2))}`;
  const years = [...new Set(entries.map((entry) => entry.date.slice(0, 4)))].sort().reverse();
  const body = html`<h1>${title}</h1>
    <p class="lead">${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} in ${years.length} ${years.length === 1 ? 'year' : 'years'}.</p>
    ${years.map(
      (year) => html`<section>
        <h2><a href="${href(context, `${year}/${day.slice(0, 2)}/${day.slice(3)}/`)}">${year}</a></h2>
        ${entryList(
          context,
          view,
          entries.filter((entry) => entry.date.startsWith(year)),
          false,
        )}
      </section>`,
    )}`;
  return basePage(context, {
    title,
    crumbs: [
      { label: 'On this day', url: 'on-this-day/' },
      { label: title, url: context.url },
    ],
    body,
  });
}

/** The calendar of days that have entries, month by month. */
export function onThisDayIndex(context: PageContext, counts: [string, number][]): string {
  const months = [...new Set(counts.map(([day]) => day.slice(0, 2)))];
  const body = html`<h1>On this day</h1>
    <p class="lead">What happened on a day of the year, across all years.</p>
    <ol class="months">
      ${months.map(
        (month) => html`<li>
          <h2>${monthName(month)}</h2>
          <ol class="days">
            ${counts
              .filter(([day]) => day.startsWith(month))
              .map(
                ([day, count]) =>
                  html`<li><a href="${href(context, `on-this-day/${day}/`)}" title="${count} ${count === 1 ? 'entry' : 'entries'}">${Number(day.slice(3))}</a></li>`,
              )}
          </ol>
        </li>`,
      )}
    </ol>`;
  return basePage(context, {
    title: 'On this day',
    crumbs: [{ label: 'On this day', url: 'on-this-day/' }],
    body,
  });
}

export function notFoundPage(context: PageContext): string {
  return basePage(context, {
    title: 'Not found',
    body: html`<h1>Not found</h1>
      <p>There is no page here. Go to the <a href="${href(context, '')}">home page</a>.</p>`,
  });
}

/** The search page: the form works without script (it reloads with ?q=); assets/search.js runs it. */
export function searchPage(context: PageContext): string {
  return basePage(context, {
    title: 'Search',
    body: html`<h1>Search</h1>
      <form id="search-form" class="search-form" role="search" action="${href(context, 'search/')}">
        <label for="q">Search the archive</label>
        <input id="q" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-status" />
        <button type="submit">Search</button>
      </form>
      <p id="search-status" class="search-status" role="status">
        Search runs in your browser. Try <code>from:twitter</code>, <code>year:2014</code>,
        <code>tag:travel</code>, <code>"exact phrase"</code> or <code>-word</code>.
      </p>
      <noscript><p>Search needs JavaScript, which this browser has turned off.</p></noscript>
      <div class="search-layout">
        <ol id="results" class="results"></ol>
        <aside id="facets" class="facets" aria-label="Filters"></aside>
      </div>
      <button id="more" class="more" type="button" hidden>More results</button>`,
    script: html`<script
      src="${href(context, 'assets/search.js')}"
      data-root="${context.root}"
      data-file-links="${context.site.fileLinks ? 'true' : 'false'}"
    ></script>`,
  });
}

export { capitalize };
