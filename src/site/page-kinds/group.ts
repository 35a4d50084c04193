/**
 * Pages of a group of entries (a tag, a person, a source): one per group, newest first and
 * paginated, and an index of the groups with their counts. `tag.ts`, `person.ts` and
 * `source.ts` are its three kinds.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { entryList, pager } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import type { Group, Timeline } from '../timeline.ts';
import { PAGE_SIZE, paginate, type SitePageKind } from './page-kind.ts';

export interface GroupKindOptions {
  /** The kind's name, also the key of its pages: `tag` → `tag:<slug>`. */
  name: string;
  /** The URL folder and the index's title: `tags`, `Tags`. */
  folder: string;
  folderTitle: string;
  groupsOf: (timeline: Timeline) => Group[];
  /** A group's page title: `#walking`. */
  title: (name: string) => string;
  /** A group's name in the index. */
  label: (name: string) => string;
}

export function groupPageKind(options: GroupKindOptions): SitePageKind {
  const { name, folder, folderTitle } = options;
  return {
    name,
    *specs({ timeline, view, context }) {
      const list = options.groupsOf(timeline);
      for (const group of list) {
        const newestFirst = [...group.entries].reverse();
        const title = options.title(group.name);
        const heading = {
          title,
          folderTitle,
          folder,
          slug: group.slug,
          total: group.entries.length,
        };
        yield* paginate(
          `${folder}/${group.slug}/`,
          `${name}:${group.slug}`,
          newestFirst,
          PAGE_SIZE.group,
          (url, chunk, page, pages) => groupPage(context(url), view, heading, chunk, page, pages),
        );
      }
      const summary = list.map((group) => ({
        name: options.label(group.name),
        slug: group.slug,
        count: group.entries.length,
      }));
      yield {
        url: `${folder}/`,
        key: 'site',
        render: () => groupIndexPage(context(`${folder}/`), folderTitle, folder, summary),
      };
    },
  };
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
