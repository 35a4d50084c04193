/**
 * The chat-day page: one chat's messages of one day as chat bubbles, each with its anchor, and
 * links to the chat's previous and next days. A message's own page links here (chat-days.ts).
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { entryCard, type CardView } from '../../../layouts/cards.ts';
import { nameOf } from '../../../layouts/labels.ts';
import { dayCrumbs, formatDay } from '../../../layouts/parts.ts';
import type { EntrySummary } from '../../shared/entry-types.ts';
import { html } from '../../shared/html.ts';
import { chatsOf, messageAnchor, type ChatDay } from '../chat-days.ts';
import type { SitePageKind } from './page-kind.ts';

export const chatDayPages: SitePageKind = {
  name: 'chat-day',
  *specs({ timeline, view, context }) {
    for (const days of chatsOf(timeline)) {
      for (const [index, day] of days.entries()) {
        const messages = day.ids.map((id) => timeline.byId.get(id)!);
        yield {
          url: day.url,
          key: day.key,
          render: () =>
            chatDayPage(context(day.url), view, day, messages, days[index - 1], days[index + 1]),
        };
      }
    }
  },
};

/** Who the owner chatted with: the senders of the messages they received, else the people named. */
export function chatPartners(messages: EntrySummary[], owner?: string): string[] {
  // As the cards tell the owner's bubbles from the others' (layouts/cards.ts).
  const senders = messages
    .filter((message) => message.direction !== 'sent' && message.from && message.from !== owner)
    .map((message) => nameOf(message.from!));
  const names = senders.length ? senders : messages.flatMap((message) => message.people);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

export function chatDayPage(
  context: PageContext,
  view: CardView,
  day: ChatDay,
  messages: EntrySummary[],
  previous: ChatDay | undefined,
  next: ChatDay | undefined,
): string {
  const partners = chatPartners(messages, context.site.owner);
  const chat = partners.length ? `Chat with ${partners.join(', ')}` : 'Chat';
  const title = `${chat} · ${formatDay(day.day)}`;
  const count = messages.length === 1 ? '1 message' : `${messages.length} messages`;
  const body = html`<h1>${chat}</h1>
    <p class="lead">${formatDay(day.day)} · ${count}</p>
    <section class="conversation chat" aria-label="Messages">
      <ol class="thread">
        ${messages.map((message, index) => {
          const previousMessage = messages[index - 1];
          const card = entryCard(context, view, message, {
            mode: 'full',
            level: 2,
            eager: index === 0,
            inThread: !!previousMessage && message.inReplyTo === previousMessage.id,
            withDay: false,
          });
          return html`<li id="${messageAnchor(message.id)}">${card}</li>`;
        })}
      </ol>
    </section>
    <nav class="prev-next" aria-label="Previous and next days of this chat">
      <ul>
        ${previous ? html`<li class="previous"><a rel="prev" href="${href(context, previous.url)}"><span>Earlier</span> ${formatDay(previous.day)}</a></li>` : ''}
        ${next ? html`<li class="next"><a rel="next" href="${href(context, next.url)}"><span>Later</span> ${formatDay(next.day)}</a></li>` : ''}
      </ul>
    </nav>`;
  return basePage(context, {
    title,
    crumbs: [...dayCrumbs(day.day), { label: chat, url: day.url }],
    body,
  });
}
