/** The entry page: one entry, whole, with its conversation and its neighbours in time. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import type { EntryView } from '../../../layouts/entry-view.ts';
import { bodyHtml, lightboxScript, mediaGallery, needsLightbox } from '../../../layouts/media.ts';
import { locatorMap } from '../../../layouts/map.ts';
import { dayCrumbs, timeTag, titleOf } from '../../../layouts/parts.ts';
import type { EntryRecord, EntrySummary } from '../../shared/entry-types.ts';
import { html, type Html } from '../../shared/html.ts';
import type { ShardPageKind } from './page-kind.ts';

export const entryPages: ShardPageKind = {
  name: 'entry',
  *specs({ records, input, find, view, context }) {
    for (const entry of records) {
      // Without links (an edit elsewhere) an entry gets no page here; it still counts on its year's.
      const link = input.links.get(entry.id);
      if (!link) continue;
      const around = {
        previous: find(link.previous),
        next: find(link.next),
        parent: find(link.parent),
        thread: (link.thread ?? []).map(find).filter((item): item is EntrySummary => !!item),
      };
      yield {
        url: link.url,
        key: `entry:${entry.id}`,
        render: () => entryPage(context(link.url), view, entry, around),
      };
    }
  },
};

export interface Neighbours {
  previous?: EntrySummary;
  next?: EntrySummary;
  /** The entry this one replies to, when it is in the archive. */
  parent?: EntrySummary;
  /** Entries in the archive that answer this one. */
  thread?: EntrySummary[];
}

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
                    ${locatorMap(context, place)}
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
