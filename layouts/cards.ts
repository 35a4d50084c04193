/**
 * The entry card: one component for every page that shows entries (day, month, tag, person,
 * source, home, the entry page and its conversation), and the same markup shape the search
 * page's script builds. Each kind looks like what it is: a post is its text (never a heading made
 * of it), an article its title and summary, a mail its header block, a photo its photos, a
 * check-in its place, a bookmark a link card, a message a chat bubble.
 */
import { factsOf, placeUrl } from '../src/places/place-key.ts';
import { routeMap } from './route-map.ts';
import type { EntryRecord, EntrySummary } from '../src/shared/entry-types.ts';
import { escapeHtml, html, trusted, type Html } from '../src/shared/html.ts';
import { link, type PageContext } from './base.ts';
import type { EntryView } from './entry-view.ts';
import {
  formatDay,
  formatTime,
  kindLabel,
  nameOf,
  summaryOf,
  titleOf,
  whenLabel,
  writtenTitle,
} from './labels.ts';
import { mailBody, mailHead } from './mail-card.ts';
import { bodyHtml, mediaGallery, picture } from './media.ts';
import {
  CARD_LEVEL,
  CARD_ROOT,
  cardWhen,
  type CardSlots,
  type SharedCards,
} from './shared-cards.ts';

/** How a card looks: its anatomy comes from the entry's kind. */
export type CardKind = 'post' | 'article' | 'mail' | 'photo' | 'checkin' | 'bookmark' | 'message';

/**
 * Cards may look up the entry a reply answers; with `cards`, the lists of summaries render each
 * entry's card once for every page that lists it (a build's pages of summaries share them).
 */
export type CardView = EntryView & {
  find?: (id: string | undefined) => EntrySummary | undefined;
  cards?: SharedCards;
};

export interface CardOptions {
  /**
   * `full`: the whole entry (its page, its conversation); `feed`: short entries whole, long ones
   * summarised with "Read more" (day and month pages); `summary`: a summary's text (lists).
   * @default 'summary'
   */
  mode?: 'full' | 'feed' | 'summary';
  /** Level of the card's heading (visible for a written title, else visually hidden). @default 3 */
  level?: number;
  /** The time with its day, where the page is not one day's. @default true */
  withDay?: boolean;
  /** The first image loads at once (it is above the fold). @default false */
  eager?: boolean;
  /** In a conversation: the entry it replies to is shown above it already. @default false */
  inThread?: boolean;
  /** The page's own `<h1>` names the entry already (its page): no heading of its own. @default false */
  named?: boolean;
  /**
   * Rendering a card once for every page that lists it (shared-cards.ts): the heading's level
   * and the words that depend on `withDay` are left as markers, those words kept here.
   */
  slots?: CardSlots;
}

/** Text longer than this is summarised on day and month pages. */
const FEED_LENGTH = 700;

const isRecord = (entry: EntrySummary | EntryRecord): entry is EntryRecord => 'html' in entry;

export function cardKind(entry: EntrySummary): CardKind {
  switch (entry.kind) {
    case 'email':
      return 'mail';
    case 'message':
      return 'message';
    case 'checkin':
      return 'checkin';
    case 'bookmark':
      return 'bookmark';
    case 'photo':
    case 'video':
    case 'album':
    case 'gallery':
      return entry.images.length > 0 || !writtenTitle(entry) ? 'photo' : 'article';
    case 'article':
      return 'article';
  }
  return writtenTitle(entry) ? 'article' : 'post';
}

/** One entry as a card. */
export function entryCard(
  context: PageContext,
  view: CardView,
  entry: EntrySummary | EntryRecord,
  options: CardOptions = {},
): Html {
  const kind = cardKind(entry);
  const level = options.slots ? CARD_LEVEL : headingLevel(options.level);
  const url = link(context, view.urlOf(entry));
  const title = writtenTitle(entry);
  const sent = entry.direction === 'sent' || (!!entry.from && entry.from === context.site.owner);
  const classes = `entry-card kind-${kind}${kind === 'message' ? (sent ? ' mine' : ' theirs') : ''}`;
  const heading = options.named
    ? ''
    : // A bookmark's title is its link card's: said once.
      // A message's title is its conversation's name, not words anyone wrote in it.
      title && kind !== 'bookmark' && kind !== 'message'
      ? html`${open(level, 'card-title')}<a href="${url}">${title}</a>${close(level)}`
      : html`${open(level, 'visually-hidden')}${(kind !== 'message' && title) || cardLabel(context, entry, options)}${close(level)}`;
  const body = cardBody(context, view, entry, kind, options);
  const media = cardMedia(context, view, entry, kind, options);
  return html`<article class="${classes}">
    ${kind === 'mail' ? html`${heading}${mailHead(context, view, entry, mailWhen(entry, options))}` : html`${cardHead(context, view, entry, kind, options)}${heading}`}
    ${entry.inReplyTo && kind !== 'mail' && kind !== 'message' ? repliedTo(context, view, entry, options) : ''}
    ${kind === 'checkin' ? placeBlock(context, entry.place) : ''}
    ${factsList(entry, options.mode === 'full')}
    ${options.mode === 'feed' && entry.kind === 'track' && isRecord(entry) && entry.route ? routeMap(entry.route, 'Map of the day’s track') : ''}
    ${kind === 'photo' ? html`${media}${body}` : html`${body}${media}`}
    ${countsLine(entry)}
  </article>`;
}

/** The name of an untitled card for screen readers: "Post by Robin, 10:38". */
function cardLabel(context: PageContext, entry: EntrySummary, options: CardOptions): Html | string {
  const by = entry.from ? nameOf(entry.from) : context.site.owner;
  return byDay(
    options,
    () => titleOf(entry, context.site.owner),
    () =>
      `${kindLabel(entry.kind)}${by ? ` by ${by}` : ''}${entry.dayOnly ? '' : `, ${formatTime(entry.date)}`}`,
  );
}

/** What a mail's header block says of its date: the day and time, or the time alone. */
const mailWhen = (entry: EntrySummary, options: CardOptions) =>
  byDay(
    options,
    () => `${formatDay(entry.date)}, ${formatTime(entry.date)}`,
    () => formatTime(entry.date),
  );

/**
 * Words that say the day (`withDay`) or not: the ones `options` ask for, or, for a card
 * rendered once for every page, a marker, and both kept in its slots.
 */
function byDay(options: CardOptions, withDay: () => string, without: () => string): Html | string {
  if (!options.slots) return (options.withDay ?? true) ? withDay() : without();
  const { whens } = options.slots;
  whens.push([escapeHtml(withDay()), escapeHtml(without())]);
  return trusted(cardWhen(whens.length - 1));
}

/** A heading's level as its tag says it: `3` of `<h3>`. */
const headingLevel = (level = 3) => String(Math.min(6, Math.max(1, level)));
const open = (level: string, className: string) => trusted(`<h${level} class="${className}">`);
const close = (level: string) => trusted(`</h${level}>`);

/** Who, when (the link to the entry's page) and where from. */
function cardHead(
  context: PageContext,
  view: CardView,
  entry: EntrySummary | EntryRecord,
  kind: CardKind,
  options: CardOptions,
): Html {
  const words = byDay(
    options,
    () => whenLabel(entry, true),
    () => whenLabel(entry, false),
  );
  // timeTag's markup, with its words by day.
  const time = html`<time datetime="${entry.dayOnly ? entry.date.slice(0, 10) : entry.date}">${words}</time>`;
  const when = html`<a class="permalink" href="${link(context, view.urlOf(entry))}"
    >${time}</a
  >`;
  const repost = entry.kind === 'repost' ? repostOf(entry) : undefined;
  // A boost names no author: the owner did not write it, so the card names no one.
  const name = repost && !repost.author ? '' : entry.from ? nameOf(entry.from) : context.site.owner;
  const isPostLike = kind === 'post' || kind === 'message' || kind === 'photo';
  const handle = isRecord(entry) && !entry.from ? handleOf(entry.url) : undefined;
  return html`${repost ? html`<p class="reposted"><span aria-hidden="true">↻</span> ${context.site.owner || 'You'} reposted</p>` : ''}
    <p class="card-head">
      ${
        isPostLike && (name || repost?.author)
          ? html`<span class="avatar" aria-hidden="true">${initial(repost?.author ?? name)}</span
              ><span class="who">${repost?.author ?? name}</span>${!repost && handle ? html` <span class="handle">${handle}</span>` : ''}
              · `
          : ''
      }${when} · <span class="via">${view.sourceLabel(entry.source)}</span>${kind === 'post' || kind === 'article' ? '' : html` · <span class="kind">${kindLabel(entry.kind)}</span>`}
    </p>`;
}

const initial = (name: string) => (name.replace(/^@/, '').trim().charAt(0) || '?').toUpperCase();

/** `@robin` from x.com/robin/status/1, `@robin@social.example` from social.example/@robin/1. */
export function handleOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const twitter = /^https:\/\/(?:x|twitter)\.com\/(\w{1,15})\/status\//.exec(url);
  if (twitter && twitter[1] !== 'i') return `@${twitter[1]}`;
  const mastodon = /^https:\/\/([^/]+)\/@(\w+)\/\d+/.exec(url);
  return mastodon ? `@${mastodon[2]}@${mastodon[1]}` : undefined;
}

/** A repost's original author and text: Twitter's `RT @ana: text`, or whose post `from` says (Bluesky). */
function repostOf(entry: EntrySummary): { author?: string; text: string } {
  const match = /^RT (@\w+):\s*/.exec(entry.text);
  if (match) return { author: match[1]!, text: entry.text.slice(match[0].length) };
  return entry.from ? { author: nameOf(entry.from), text: entry.text } : { text: entry.text };
}

function cardBody(
  context: PageContext,
  view: CardView,
  entry: EntrySummary | EntryRecord,
  kind: CardKind,
  options: CardOptions,
): Html {
  const mode = options.mode ?? 'summary';
  const url = link(context, view.urlOf(entry));
  if (kind === 'bookmark') return linkCard(entry);
  const whole =
    isRecord(entry) && (mode === 'full' || (mode === 'feed' && entry.text.length <= FEED_LENGTH));
  if (whole) {
    if (kind === 'mail') return mailBody(context, view, entry);
    let body = bodyHtml(context, view, entry);
    // A Twitter repost's text without the "RT @ana:" its author line now says.
    if (entry.kind === 'repost') body = trusted(body.value.replace(/^<p>RT @\w+:\s*/, '<p>'));
    return html`<div class="card-text e-content">${body}</div>`;
  }
  if (!entry.text) return html``;
  // A summary: posts and messages as much as was kept, longer kinds two lines' worth.
  const short = kind === 'post' || kind === 'message' || kind === 'photo' || kind === 'checkin';
  const text = entry.kind === 'repost' ? repostOf(entry).text : entry.text;
  // A summary in a conversation is shown as far as it was kept: a conversation reads whole.
  const asKept = !isRecord(entry) && (short || mode === 'full');
  const cut = isRecord(entry) || !!entry.cut || (!asKept && text.length > 220);
  const shown = asKept ? text : summaryOf(text, 220);
  const more = cut
    ? html` <a class="read-more" href="${url}"
          >Read more<span class="visually-hidden">: ${titleOf(entry, context.site.owner)}</span></a
        >`
    : '';
  const paragraph = html`<p class="card-text">${shown}${shown.endsWith('…') || !cut ? '' : '…'}${more}</p>`;
  return entry.contentWarning
    ? html`<details class="content-warning"><summary>Content warning: ${entry.contentWarning}</summary>${paragraph}</details>`
    : paragraph;
}

/** Photos and videos: the gallery for a whole entry, the first picture for a summary. */
function cardMedia(
  context: PageContext,
  view: CardView,
  entry: EntrySummary | EntryRecord,
  kind: CardKind,
  options: CardOptions,
): Html {
  if (isRecord(entry) && (options.mode ?? 'summary') !== 'summary')
    return mediaGallery(context, view, entry, options.eager);
  const first = entry.images[0];
  if (!first || !view.images.has(first)) return html``;
  const sizes = kind === 'photo' ? '(min-width: 48rem) 46rem, 100vw' : '12rem';
  return html`<div class="card-media${kind === 'photo' ? ' photo-first' : ''}">
    <a href="${link(context, view.urlOf(entry))}" tabindex="-1" aria-hidden="true"
      >${picture(context, view, first, '', sizes, options.eager)}</a
    >
  </div>`;
}

/** What a reply answers: the parent inset when it is in the archive. */
function repliedTo(
  context: PageContext,
  view: CardView,
  entry: EntrySummary,
  options: CardOptions,
): Html {
  if (options.inThread || !entry.inReplyTo) return html``;
  const parent = view.find?.(entry.inReplyTo);
  if (!parent) return html`<p class="replying-to">In reply to a post that is not in this site</p>`;
  const name = parent.from ? nameOf(parent.from) : context.site.owner;
  return html`<blockquote class="replied-to">
    <p class="card-head">
      Replying to${name ? html` <span class="who">${name}</span>` : ''} ·
      <a href="${link(context, view.urlOf(parent))}"
        ><time datetime="${parent.date}">${formatDay(parent.date)}</time></a
      >
    </p>
    <p>${parent.contentWarning ? `Content warning: ${parent.contentWarning}` : summaryOf(writtenTitle(parent) ?? parent.text, 280)}</p>
  </blockquote>`;
}

/**
 * A check-in's place, named prominently and linking to the place's page (its entries over
 * time, its map); every card and entry page of a check-in goes through it.
 */
export function placeBlock(context: PageContext, place: EntrySummary['place']): Html {
  if (!place?.name) return html``;
  const facts = factsOf(place);
  return html`<p class="place-block">
    <svg class="pin" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
      <path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z" />
    </svg>
    <a class="place-name" href="${link(context, placeUrl(facts))}">${facts.country ? `${place.name}, ${facts.country}` : place.name}</a>
  </p>`;
}

/** A bookmark: title, domain and description, linking to the page it keeps. */
function linkCard(entry: EntrySummary | EntryRecord): Html {
  const link = isRecord(entry) ? entry.url : entry.link;
  const domain = link ? domainOf(link) : undefined;
  const description = entry.text ? summaryOf(entry.text, 300) : '';
  if (!link) return description ? html`<p class="card-text">${description}</p>` : html``;
  return html`<a class="link-card" href="${link}" rel="noreferrer"
    ><span class="link-title">${writtenTitle(entry) ?? domain ?? link}</span
    ><span class="link-domain">${domain ?? ''}</span
    >${description ? html`<span class="link-description">${description}</span>` : ''}</a
  >`;
}

function domainOf(link: string): string | undefined {
  try {
    return new URL(link).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Likes, reposts and replies in small type, where the export counted them. */
/** A kind's facts (src/site/kind-facts/): an event's start and end, a book's rating. */
function factsList(entry: EntrySummary, full: boolean): Html {
  const facts = full ? entry.facts : entry.facts?.filter((fact) => fact.card !== false);
  if (!facts || facts.length === 0) return html``;
  return html`<dl class="card-facts">${facts.map((fact) => html`<div><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`)}</dl>`;
}

function countsLine(entry: EntrySummary): Html {
  const counts = entry.counts;
  if (!counts) return html``;
  const parts = (
    [
      [counts.replies, 'reply', 'replies'],
      [counts.reposts, 'repost', 'reposts'],
      [counts.likes, 'like', 'likes'],
    ] as const
  )
    .filter(([count]) => count !== undefined && count > 0)
    .map(([count, one, many]) => `${count!.toLocaleString('en')} ${count === 1 ? one : many}`);
  return parts.length > 0 ? html`<p class="card-counts">${parts.join(' · ')}</p>` : html``;
}

/** A list of cards, each in a `<li class="card">`. */
export function cardList(
  context: PageContext,
  view: CardView,
  entries: (EntrySummary | EntryRecord)[],
  options: CardOptions = {},
): Html {
  // Summaries' cards are the view's shared cards, when it has them (not a first eager image).
  const cards =
    !options.eager && (options.mode ?? 'summary') === 'summary' ? view.cards : undefined;
  // What a shared card leaves to each page: its root, its heading's level, whether it says the day.
  const page = {
    root: context.root,
    level: headingLevel(options.level),
    withDay: options.withDay ?? true,
  };
  const variant = options.named ? 2 : 0;
  return html`<ol class="cards entry-cards">
    ${entries.map((entry, index) => {
      // A reply right after what it answers needs no inset.
      const inThread =
        !!options.inThread || (!!entry.inReplyTo && entries[index - 1]?.id === entry.inReplyTo);
      const card =
        cards && !isRecord(entry)
          ? trusted(
              cards.card(entry, variant + (inThread ? 1 : 0), page, (slots) =>
                slots
                  ? entryCard({ ...context, root: CARD_ROOT }, view, entry, {
                      ...options,
                      inThread,
                      slots,
                    }).value
                  : entryCard(context, view, entry, { ...options, inThread }).value,
              ),
            )
          : entryCard(context, view, entry, {
              ...options,
              eager: options.eager && index === 0,
              inThread,
            });
      return html`<li class="card">
          ${card}
        </li>`;
    })}
  </ol>`;
}
