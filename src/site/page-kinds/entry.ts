/** The entry page: one entry, whole, with its conversation and its neighbours in time. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { entryCard } from '../../../layouts/cards.ts';
import { kindLabel, writtenTitle } from '../../../layouts/labels.ts';
import { lightboxScript, needsLightbox } from '../../../layouts/media.ts';
import { dayCrumbs, titleOf } from '../../../layouts/parts.ts';
import { locatorMap } from '../../../layouts/map.ts';
import { routeMap } from '../../../layouts/route-map.ts';
import type { EntryRecord, EntrySummary } from '../../shared/entry-types.ts';
import { html, type Html } from '../../shared/html.ts';
import type { PageView, ShardPageKind } from './page-kind.ts';

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
        ...(link.chatDay ? { chatDay: link.chatDay } : {}),
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
  /** A chat's message: its chat-day page, anchored to it. */
  chatDay?: string;
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
  view: PageView,
  entry: EntryRecord,
  around: Neighbours,
): string {
  const owner = context.site.owner;
  const title = titleOf(entry, owner);
  const written = writtenTitle(entry);
  // The page's name: the title the person wrote, else an honest one ("Post by Robin · 22 March
  // 2019") for screen readers and the tab, never the start of the text.
  const heading = written
    ? html`<h1 class="p-name">${written}</h1>`
    : html`<h1 class="visually-hidden">${title}</h1>`;
  const thread = around.thread ?? [];
  const inThread = thread.length > 1 && thread.some((item) => item.id === entry.id);
  const body = html`${heading}
    ${
      inThread
        ? conversation(context, view, entry, thread)
        : html`<div class="entry-main h-entry">
            ${entryCard(context, view, entry, { mode: 'full', level: 2, eager: true, named: true })}
          </div>`
    }
    ${
      around.chatDay
        ? html`<p class="thread-more">
            <a href="${href(context, around.chatDay)}">This day of the chat</a>
          </p>`
        : ''
    }
    ${facts(context, view, entry)}
    <nav class="prev-next" aria-label="Previous and next entries">
      <ul>
        ${
          around.previous
            ? html`<li class="previous">
                <a rel="prev" href="${href(context, view.urlOf(around.previous))}"
                  ><span>Earlier</span> ${titleOf(around.previous, owner)}</a
                >
              </li>`
            : ''
        }
        ${
          around.next
            ? html`<li class="next">
                <a rel="next" href="${href(context, view.urlOf(around.next))}"
                  ><span>Later</span> ${titleOf(around.next, owner)}</a
                >
              </li>`
            : ''
        }
      </ul>
    </nav>`;
  return basePage(context, {
    title,
    crumbs: [
      ...dayCrumbs(entry.date),
      { label: written ?? kindLabel(entry.kind), url: view.urlOf(entry) },
    ],
    body,
    ...(needsLightbox(view, [entry]) ? { script: lightboxScript(context) } : {}),
  });
}

/** Tags, people, place, the original, the camera and who may see it. */
function facts(context: PageContext, view: PageView, entry: EntryRecord): Html {
  const place = entry.place;
  return html`<footer class="entry-facts">
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
      ${entry.route ? html`<dt>Route</dt><dd>${routeMap(entry.route, entry.kind === 'track' ? 'Map of the day’s track' : 'Map of the route')}</dd>` : ''}
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
  </footer>`;
}

/** Most messages a conversation shows on one page: the ones nearest this entry. */
const THREAD_SHOWN = 40;
/** HTML of the other messages shown whole; the rest are summarised (pages stay under ~500 KB). */
const THREAD_BYTES = 300_000;

/**
 * The whole conversation, oldest first, every message whole from its record (another shard's
 * are sent with the render input, `shown`), this entry marked.
 */
function conversation(
  context: PageContext,
  view: PageView,
  entry: EntryRecord,
  thread: EntrySummary[],
): Html {
  const at = thread.findIndex((item) => item.id === entry.id);
  const start = Math.max(0, Math.min(at - THREAD_SHOWN / 2, thread.length - THREAD_SHOWN));
  const shown = thread.slice(start, start + THREAD_SHOWN);
  const earlier = thread[start - 1];
  const later = thread[start + THREAD_SHOWN];
  const isChat = thread.every((item) => item.kind === 'message');
  let budget = THREAD_BYTES;
  return html`<section class="conversation${isChat ? ' chat' : ''}" aria-labelledby="conversation-heading">
    <h2 id="conversation-heading">Conversation${earlier || later ? '' : ` · ${thread.length} ${isChat ? 'messages' : 'entries'}`}</h2>
    ${earlier ? html`<p class="thread-more"><a href="${href(context, view.urlOf(earlier))}">Earlier in this conversation</a></p>` : ''}
    <ol class="thread">
      ${shown.map((item, index) => {
        const current = item.id === entry.id;
        const previous = shown[index - 1];
        // Past the budget, the others are summarised, so a thread of long mails stays small.
        const whole = current || budget > 0;
        const card = entryCard(context, view, current ? entry : item, {
          mode: whole ? 'full' : 'summary',
          level: 3,
          eager: current,
          // A reply right after what it answers needs no inset; one further down still does.
          inThread: !!previous && item.inReplyTo === previous.id,
          withDay: !previous || previous.date.slice(0, 10) !== item.date.slice(0, 10),
        });
        if (!current) budget -= card.value.length;
        return current
          ? html`<li class="current h-entry" aria-current="page">${card}</li>`
          : html`<li>${card}</li>`;
      })}
    </ol>
    ${later ? html`<p class="thread-more"><a href="${href(context, view.urlOf(later))}">Later in this conversation</a></p>` : ''}
  </section>`;
}

/** Camera, lens and exposure, when the photo importer found them in EXIF. */
function cameraFacts(entry: EntryRecord): Html {
  return html`${(entry.photoFacts ?? []).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}`;
}
