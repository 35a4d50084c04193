/**
 * A page per person (`people/<slug>/`): who they are (names, handles, avatar from the people
 * file), when you were in touch month by month, your conversations, photos and places with
 * them, then everything involving them, newest first and paginated. And the People index,
 * sorted by how much of your life each person is in.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { writtenTitle } from '../../../layouts/labels.ts';
import {
  entryList,
  formatDay,
  pager,
  photoStrip,
  summaryOf,
  titleOf,
} from '../../../layouts/parts.ts';
import type { PersonCard } from '../../people/cards.ts';
import { describeIdentity } from '../../people/identities.ts';
import { monthCounts, monthStrip } from '../../people/month-strip.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html, type Html } from '../../shared/html.ts';
import { countBy, type Group, type Timeline } from '../timeline.ts';
import { PAGE_SIZE, paginate, type SitePageKind } from './page-kind.ts';

/** People on a page of the index: a few hundred bytes each (an avatar is a file it links). */
const INDEX_PAGE_SIZE = 200;

/** Conversations and places shown on a person's first page. */
const SHOWN = { conversations: 12, places: 12 };

export const personPages: SitePageKind = {
  name: 'person',
  *specs({ timeline, view, context }) {
    const cards = new Map(timeline.persons.map((card) => [view.slugOf(card.name), card]));
    for (const group of timeline.people) {
      const newestFirst = [...group.entries].reverse();
      const about = aboutOf(group, timeline, cards.get(group.slug));
      yield* paginate(
        `people/${group.slug}/`,
        `person:${group.slug}`,
        newestFirst,
        PAGE_SIZE.group,
        (url, chunk, page, pages) => personPage(context(url), view, about, chunk, page, pages),
      );
    }
    const everyone = timeline.people
      .map((group) => aboutOf(group, timeline, cards.get(group.slug)))
      .sort(byPresence);
    yield* paginate('people/', 'site', everyone, INDEX_PAGE_SIZE, (url, chunk, page, pages) =>
      peopleIndexPage(context(url), view, chunk, everyone.length, page, pages),
    );
    // Each avatar once, as the file the person's pages and the index link to.
    const avatars = new Map(
      everyone.flatMap(({ card }) => (card?.avatar ? [[card.avatar.url, card.avatar]] : [])),
    );
    for (const avatar of avatars.values())
      yield { url: avatar.url, key: 'site', render: () => avatar.bytes };
  },
};

/** What a person's pages and their line in the index say about them. */
interface About {
  group: Group;
  card?: PersonCard;
  sources: [string, number][];
  first: string;
  last: string;
  years: number;
  timeline: Timeline;
}

function aboutOf(group: Group, timeline: Timeline, card: PersonCard | undefined): About {
  const first = group.entries[0]!.date;
  const last = group.entries.at(-1)!.date;
  return {
    group,
    ...(card ? { card } : {}),
    sources: countBy(group.entries, (entry) => entry.source),
    first,
    last,
    years: Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1,
    timeline,
  };
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function span(about: About): string {
  const [from, to] = [about.first.slice(0, 4), about.last.slice(0, 4)];
  return from === to ? from : `${from}–${to}`;
}

/** The avatar, or the first letter of their name in a circle. */
function portrait(context: PageContext, about: About, size: 'large' | 'small'): Html {
  const name = about.card?.name ?? about.group.name;
  if (about.card?.avatar)
    return html`<img class="avatar avatar-${size}" src="${href(context, about.card.avatar.url)}" alt="" width="${size === 'large' ? 96 : 40}" height="${size === 'large' ? 96 : 40}">`;
  const letter = [...name.replace(/^[@\s]+/, '')][0]?.toUpperCase() ?? '?';
  return html`<span class="avatar avatar-${size} initial" aria-hidden="true">${letter}</span>`;
}

function identities(card: PersonCard | undefined, view: EntryView): Html {
  if (!card) return html``;
  const items = [
    ...card.names.slice(1),
    ...card.handles.map(([source, handle]) =>
      source === '*'
        ? handle
        : describeIdentity(`${source}:${handle}`).replace(
            / on \S+$/,
            ` on ${view.sourceLabel(source)}`,
          ),
    ),
    ...card.emails,
  ];
  return items.length === 0
    ? html``
    : html`<ul class="person-handles" aria-label="Also known as">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
}

function personPage(
  context: PageContext,
  view: EntryView,
  about: About,
  entries: EntrySummary[],
  page: number,
  pages: number,
): string {
  const { group } = about;
  const base = `people/${group.slug}/`;
  const total = group.entries.length;
  const header = html`<header class="person-head">
    ${portrait(context, about, 'large')}
    <div>
      <h1>${group.name}</h1>
      ${identities(about.card, view)}
      <p class="lead">
        ${plural(total, 'entry', 'entries')}
        ${about.years > 1 ? `over ${plural(about.years, 'year')}, ` : 'in '}${span(about)}:
        ${about.sources.map(([source, count]) => `${count} ${view.sourceLabel(source)}`).join(', ')}.
      </p>
    </div>
  </header>
  ${firstAndLatest(context, view, group)}`;
  const body =
    page === 1
      ? html`${header}
          <section aria-labelledby="in-touch">
            <h2 id="in-touch">When you were in touch</h2>
            ${monthStrip(
              group.name,
              monthCounts(group.entries.map((entry) => entry.date)),
              (month) => href(context, `${month.replace('-', '/')}/`),
            )}
          </section>
          ${conversations(context, view, about)} ${photos(context, view, about)} ${places(about)}
          <section aria-labelledby="everything">
            <h2 id="everything">Everything, newest first</h2>
            ${entryList(context, view, entries, true, 3)} ${pager(context, base, page, pages)}
          </section>`
      : html`<h1>${group.name}</h1>
          <p class="lead">${plural(total, 'entry', 'entries')}, newest first (page ${page} of ${pages}).</p>
          ${entryList(context, view, entries, true, 2)} ${pager(context, base, page, pages)}`;
  return basePage(context, {
    title: page > 1 ? `${group.name}, page ${page}` : group.name,
    crumbs: [
      { label: 'People', url: 'people/' },
      { label: group.name, url: base },
    ],
    body,
  });
}

/** A written title, else the start of the text: the date is beside it already. */
function shortTitle(entry: EntrySummary): string {
  const title = writtenTitle(entry);
  if (title || entry.contentWarning || !entry.text) return titleOf(entry);
  return summaryOf(entry.text, 70);
}

/** The first and the latest entry with them: where it began, and where it stands. */
function firstAndLatest(context: PageContext, view: EntryView, group: Group): Html {
  const [first, latest] = [group.entries[0]!, group.entries.at(-1)!];
  const link = (entry: EntrySummary) =>
    html`<a href="${href(context, view.urlOf(entry))}">${shortTitle(entry)}</a>, ${formatDay(entry.date)}`;
  return html`<dl class="person-span">
    <div><dt>First</dt><dd>${link(first)}</dd></div>
    ${first === latest ? '' : html`<div><dt>Latest</dt><dd>${link(latest)}</dd></div>`}
  </dl>`;
}

/** Threads that involve them: each once, the latest first, with its size and span. */
function conversations(context: PageContext, view: EntryView, about: About): Html {
  const { timeline, group } = about;
  const seen = new Set<string>();
  const threads: { first: EntrySummary; last: EntrySummary; count: number }[] = [];
  for (const entry of group.entries) {
    const ids = timeline.threads.get(entry.id);
    if (!ids || seen.has(ids[0]!)) continue;
    seen.add(ids[0]!);
    threads.push({
      first: timeline.byId.get(ids[0]!)!,
      last: timeline.byId.get(ids.at(-1)!)!,
      count: ids.length,
    });
  }
  if (threads.length === 0) return html``;
  threads.sort((a, b) => b.last.instant - a.last.instant);
  const shown = threads.slice(0, SHOWN.conversations);
  return html`<section aria-labelledby="conversations">
    <h2 id="conversations">Conversations</h2>
    <ul class="person-threads">
      ${shown.map(
        (thread) =>
          html`<li>
            <a href="${href(context, view.urlOf(thread.first))}">${shortTitle(thread.first)}</a>
            <span class="meta"
              >${plural(thread.count, 'message')} · ${view.sourceLabel(thread.first.source)} ·
              ${formatDay(thread.first.date)}${thread.count > 1 && thread.last.date.slice(0, 10) !== thread.first.date.slice(0, 10) ? ` to ${formatDay(thread.last.date)}` : ''}</span
            >
          </li>`,
      )}
    </ul>
    ${
      threads.length > shown.length
        ? html`<p class="meta">And ${plural(threads.length - shown.length, 'more conversation')}, in the list below.</p>`
        : ''
    }
  </section>`;
}

function photos(context: PageContext, view: EntryView, about: About): Html {
  const withPhotos = about.group.entries.filter((entry) => entry.images[0] && entry.thumb);
  if (withPhotos.length === 0) return html``;
  return html`<section aria-labelledby="photos">
    <h2 id="photos">Photos together</h2>
    <p class="meta">${plural(withPhotos.length, 'entry', 'entries')} with pictures.</p>
    ${photoStrip(context, view, withPhotos)}
  </section>`;
}

/** Places of the entries with them, by name, the most shared first. */
function places(about: About): Html {
  const named = about.group.entries
    .map((entry) => entry.place?.name)
    .filter((name): name is string => !!name);
  if (named.length === 0) return html``;
  const counts = new Map<string, number>();
  for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SHOWN.places);
  return html`<section aria-labelledby="places">
    <h2 id="places">Places together</h2>
    <ul class="counts">
      ${top.map(([name, count]) => html`<li>${name} <span class="count">${count}</span></li>`)}
    </ul>
  </section>`;
}

/** How much of your life someone is in: entries first, then the years they span. */
export function byPresence(a: About, b: About): number {
  return (
    b.group.entries.length - a.group.entries.length ||
    b.years - a.years ||
    a.group.name.localeCompare(b.group.name, 'en')
  );
}

function peopleIndexPage(
  context: PageContext,
  view: EntryView,
  people: About[],
  total: number,
  page: number,
  pages: number,
): string {
  const body = html`<h1>People</h1>
    ${
      total === 0
        ? html`<p>None yet.</p>`
        : html`<p class="lead">
              ${plural(total, 'person', 'people')}, the ones most in your life
              first${pages > 1 ? ` (page ${page} of ${pages})` : ''}.
            </p>
            <ol class="people-index" start="${(page - 1) * INDEX_PAGE_SIZE + 1}">
              ${people.map(
                (about) =>
                  html`<li>${portrait(context, about, 'small')}<div><a href="${href(context, `people/${about.group.slug}/`)}">${about.group.name}</a><p class="meta">${plural(about.group.entries.length, 'entry', 'entries')} · ${span(about)} · ${about.sources.map(([source]) => view.sourceLabel(source)).join(', ')}</p></div></li>`,
              )}
            </ol>
            ${pager(context, 'people/', page, pages)}`
    }`;
  return basePage(context, {
    title: page > 1 ? `People, page ${page}` : 'People',
    crumbs: [{ label: 'People', url: 'people/' }],
    body,
  });
}
