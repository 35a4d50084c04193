/**
 * Cards rendered once per build for every list that shows them: an entry is on its source's
 * page, its tags' and its people's, and a card depends on the page only through the way back
 * to the site root (`context.root`). So each card is rendered once with CARD_ROOT for its root,
 * kept split at the marker, and joined with each page's root: at 100,000 entries 265,000 cards
 * of the tag, source and person pages are 100,000 renders.
 */
import { escapeHtml } from '../src/shared/html.ts';

/**
 * The root of a card rendered for every page: `link` (base.ts) writes it as it is, where it
 * escapes everything else, so no text of an entry can hold it (its `<` would be `&lt;`).
 */
export const CARD_ROOT = '<\u0000root\u0000>';

/** How the marker reads in a card that escaped it: an entry's text, or a link made with `href`. */
const ESCAPED = escapeHtml(CARD_ROOT);

export class SharedCards {
  /** Per variant of a card's options, each entry's card split at CARD_ROOT. */
  private readonly variants = new Map<number, Map<object, string[] | undefined>>();
  /** How many cards were rendered at CARD_ROOT, and how many times one was used (for tests). */
  rendered = 0;
  used = 0;

  /**
   * `entry`'s card in `variant` (a number for its options, which `render` must not vary from)
   * for a page whose root is `root`: rendered by `render` at CARD_ROOT the first time.
   */
  card(entry: object, variant: number, root: string, render: (root: string) => string): string {
    const cards = this.variants.get(variant) ?? this.variants.set(variant, new Map()).get(variant)!;
    let parts = cards.get(entry);
    if (parts === undefined && !cards.has(entry)) {
      const card = render(CARD_ROOT);
      this.rendered++;
      // A card that shows the marker escaped is rendered for each page instead, to be safe.
      parts = card.includes(ESCAPED) ? undefined : card.split(CARD_ROOT);
      cards.set(entry, parts);
    }
    if (parts === undefined) return render(root);
    this.used++;
    // Not String.replace: a root is text, never a replacement pattern (`$&`). And concatenated,
    // not joined: the page is one string when it is written, and a join would copy each card.
    const escaped = escapeHtml(root);
    let card = parts[0]!;
    for (let index = 1; index < parts.length; index++) card += escaped + parts[index]!;
    return card;
  }
}
