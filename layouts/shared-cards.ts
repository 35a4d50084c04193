/**
 * Cards rendered once per build for every list that shows them: an entry is on its source's
 * page, its tags', its people's and its day's of the year, and a card depends on the page only
 * through the way back to the site root (`context.root`), its heading's level and whether it
 * says the day. So each card is rendered once with markers for those, kept split at them, and
 * joined with each page's: at 100,000 entries 365,000 cards of the tag, source, person and
 * on-this-day pages are 100,000 renders.
 */
import { escapeHtml } from '../src/shared/html.ts';

/**
 * The root of a card rendered for every page: `link` (base.ts) writes it as it is, where it
 * escapes everything else, so no text of an entry can hold it (its `<` would be `&lt;`); the
 * other markers are written only by the card's own markup.
 */
export const CARD_ROOT = '<\u0000root\u0000>';
/** Its heading's level: `<h` and this. */
export const CARD_LEVEL = '<\u0000level\u0000>';
/** Words that say the day or not (`withDay`), both kept: the `n`th of a card's. */
export const cardWhen = (n: number) => `<\u0000when ${n}\u0000>`;

const MARKERS = /(<\u0000(?:root|level|when \d+)\u0000>)/;
/** How a marker reads in a card that escaped it: an entry's text, or a link made with `href`. */
const ESCAPED = /&lt;\u0000(?:root|level|when \d+)\u0000&gt;/;

/** What a card rendered once keeps of its words by day: escaped, with the day and without. */
export interface CardSlots {
  whens: [string, string][];
}

/**
 * A card split at its markers: `pieces` between them, and for each marker what it stands for
 * (ROOT, LEVEL, or the index of its words in `whens`).
 */
interface SplitCard {
  pieces: string[];
  markers: number[];
  whens: [string, string][];
}

const ROOT = -1;
const LEVEL = -2;

/** What a page gives the cards it lists. */
export interface CardPage {
  root: string;
  /** Its cards' headings' level, as the tag says it: `3`. */
  level: string;
  withDay: boolean;
}

export class SharedCards {
  /** Per variant of a card's other options, each entry's card. */
  private readonly variants = new Map<number, Map<object, SplitCard | undefined>>();
  /** How many cards were rendered with markers, and how many times one was used (for tests). */
  rendered = 0;
  used = 0;

  /**
   * `entry`'s card in `variant` (a number for the options `render` must not vary by) for
   * `page`: rendered by `render` with slots the first time, then joined. `render` without
   * slots renders the card for the page itself.
   */
  card(
    entry: object,
    variant: number,
    page: CardPage,
    render: (slots?: CardSlots) => string,
  ): string {
    const cards = this.variants.get(variant) ?? this.variants.set(variant, new Map()).get(variant)!;
    let card = cards.get(entry);
    if (card === undefined && !cards.has(entry)) {
      const slots: CardSlots = { whens: [] };
      const text = render(slots);
      this.rendered++;
      // A card that shows a marker escaped is rendered for each page instead, to be safe.
      card = ESCAPED.test(text) ? undefined : splitCard(text, slots);
      cards.set(entry, card);
    }
    if (card === undefined) return render();
    this.used++;
    // Not String.replace: a root is text, never a replacement pattern (`$&`). And concatenated,
    // not joined: the page is one string when it is written, and a join would copy each card.
    const { pieces, markers, whens } = card;
    const root = escapeHtml(page.root);
    const day = page.withDay ? 0 : 1;
    let out = pieces[0]!;
    for (let index = 0; index < markers.length; index++) {
      const marker = markers[index]!;
      out += marker === ROOT ? root : marker === LEVEL ? page.level : whens[marker]![day];
      out += pieces[index + 1]!;
    }
    return out;
  }

  /** Drops every card kept (they are garbage once the last page listing them is written). */
  clear(): void {
    this.variants.clear();
  }
}

function splitCard(text: string, slots: CardSlots): SplitCard {
  const split = text.split(MARKERS);
  const pieces: string[] = [];
  const markers: number[] = [];
  split.forEach((piece, index) => {
    if (index % 2 === 0) pieces.push(piece);
    else
      markers.push(
        piece === CARD_ROOT ? ROOT : piece === CARD_LEVEL ? LEVEL : Number(piece.slice(7, -2)),
      );
  });
  return { pieces, markers, whens: slots.whens };
}
