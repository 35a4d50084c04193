/**
 * The search page in the browser: results as you type, filters with counts, the query in the
 * URL, keyboard navigation. Bundled into `assets/search.js` (see bundle.ts). The index files are
 * scripts loaded with script tags, so search also works from disk (file://), where fetch cannot.
 */
import { SearchEngine, type Hit, type Results } from './engine.ts';
import type { Facet } from './facets.ts';
import type { IndexReader } from './index-format.ts';
import { SYNTAX_HELP } from './query-syntax.ts';

declare global {
  interface Window {
    inhaleSearchData?: (name: string, data: unknown) => void;
  }
}

const PAGE = 10;
const DEBOUNCE_MS = 120;
const FACETS: [keyof NonNullable<Results['facets']>, string][] = [
  ['from', 'Source'],
  ['kind', 'Kind'],
  ['year', 'Year'],
  ['tag', 'Tag'],
  ['person', 'Person'],
];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

const script = document.currentScript as HTMLScriptElement | null;
const root = script?.dataset['root'] ?? '../';
const fileLinks = script?.dataset['fileLinks'] === 'true';
const owner = script?.dataset['owner'] ?? '';

/** A title the entry has of its own; a camera's file name is none (as layouts/labels.ts). */
const title = (stored: { title: string }) =>
  /^(img|dsc|dscn|dscf|pxl|pict|p|dcim|mvi|vid|gopr|screenshot)[-_ ]?\d[\w-]*$/i.test(stored.title)
    ? ''
    : stored.title;

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The card's look by kind, as layouts/cards.ts `cardKind` (the summary's kinds only). */
function cardKindOf(kind: string, storedTitle: string): string {
  if (kind === 'email') return 'mail';
  if (['message', 'checkin', 'bookmark', 'article'].includes(kind)) return kind;
  if (['photo', 'video', 'album', 'gallery'].includes(kind)) return 'photo';
  return title({ title: storedTitle }) ? 'article' : 'post';
}

function scriptReader(): IndexReader {
  const waiting = new Map<string, (data: unknown) => void>();
  window.inhaleSearchData = (name, data) => {
    waiting.get(name)?.(data);
    waiting.delete(name);
  };
  const load = <T>(name: string) =>
    new Promise<T>((resolve, reject) => {
      waiting.set(name, resolve as (data: unknown) => void);
      const tag = document.createElement('script');
      tag.src = `${root}search/${name}.js`;
      tag.onerror = () => {
        waiting.delete(name);
        reject(new Error(`The search index file search/${name}.js could not be loaded`));
      };
      tag.onload = () => tag.remove();
      document.head.append(tag);
    });
  return {
    manifest: () => load('manifest'),
    part: (file) => load(`terms/${file}`),
    positions: (file) => load(`positions/${file}`),
    rest: (file) => load(`rest/${file}`),
    pairs: (file) => load(`pairs/${file}`),
    docs: (chunk) => load(`docs/${chunk}`),
    counts: (file) => load(`counts/${file}`),
    meta: () => load('meta'),
    days: () => load('days'),
    groups: () => load('groups'),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function formatDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

function link(url: string): string {
  return root + url + (fileLinks && (url === '' || url.endsWith('/')) ? 'index.html' : '');
}

function start(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('results') as HTMLOListElement | null;
  const facets = document.getElementById('facets');
  const more = document.getElementById('more') as HTMLButtonElement | null;
  if (!form || !input || !status || !list || !facets || !more) return;
  const engine = new SearchEngine(scriptReader());
  let timer: number | undefined;
  let generation = 0;
  let shown = 0;
  let current = '';

  const run = async (typing: boolean, append = false) => {
    const query = input.value;
    const mine = ++generation;
    if (!query.trim()) {
      list.replaceChildren();
      facets.replaceChildren();
      more.hidden = true;
      status.textContent = `Type to search. Syntax: ${SYNTAX_HELP}`;
      return;
    }
    try {
      const started = performance.now();
      const results = await engine.search(query, {
        typing,
        offset: append ? shown : 0,
        limit: PAGE,
      });
      if (mine !== generation) return; // a newer query has started
      const took = Math.round(performance.now() - started);
      if (!append) {
        list.replaceChildren();
        shown = 0;
        // Filters come second: their counts need the facet file, the results do not.
        facets.replaceChildren();
        // Tags and people wait until their filters are opened when counting them would load
        // the groups file, the largest of the index (#22).
        engine
          .search(query, { typing, limit: 0, facets: true, groups: false })
          .then((counted) => {
            if (mine !== generation) return;
            renderFacets(counted);
            if (counted.groupsLeftOut) renderLaterFacets(query, typing, mine);
          })
          .catch(() => {});
      }
      list.append(...results.hits.map(renderHit));
      shown += results.hits.length;
      more.hidden = shown >= results.total;
      const problems = results.query.problems.join('. ');
      status.textContent =
        `${results.total.toLocaleString('en')} ${results.total === 1 ? 'result' : 'results'} (${took} ms)` +
        (problems ? `. ${problems}.` : '');
      current = query;
    } catch (error) {
      if (mine === generation) status.textContent = (error as Error).message;
    }
  };

  /**
   * A result as the site's entry card (layouts/cards.ts): who, when and where from, then a title
   * only when the entry has one of its own, then the text with the matched words marked. The
   * main link of each card is `.result-link`, for the keyboard.
   */
  const renderHit = (hit: Hit): HTMLLIElement => {
    const { stored } = hit;
    const text = stored.text?.replace(/\s+/g, ' ') ?? '';
    const kind = cardKindOf(stored.kind, stored.title);
    const url = link(stored.url);
    const when = element(
      'a',
      { class: title(stored) ? 'permalink' : 'permalink result-link', href: url },
      element('time', { datetime: stored.date }, formatDate(stored.date)),
    );
    const head = element('p', { class: 'card-head' });
    if (owner && (kind === 'post' || kind === 'photo'))
      head.append(
        element('span', { class: 'avatar', 'aria-hidden': 'true' }, owner.charAt(0).toUpperCase()),
        element('span', { class: 'who' }, owner),
        ' · ',
      );
    head.append(when, ` · ${stored.source}`, kind === 'post' ? '' : ` · ${stored.kind}`);
    const heading = title(stored)
      ? element(
          'h2',
          { class: 'card-title' },
          element('a', { class: 'result-link', href: url }, title(stored)),
        )
      : element(
          'h2',
          { class: 'visually-hidden' },
          `${capitalize(stored.kind)}${owner ? ` by ${owner}` : ''} · ${formatDate(stored.date)}`,
        );
    const body = element('p', { class: 'card-text snippet' });
    if (hit.snippet.length > 0)
      for (const piece of hit.snippet)
        body.append(piece.mark ? element('mark', {}, piece.text) : piece.text);
    else body.append(text);
    const card = element('article', { class: `entry-card kind-${kind}` }, head, heading);
    if (body.textContent) card.append(body);
    if (stored.thumb)
      card.append(
        element(
          'div',
          { class: 'card-media' },
          element('img', {
            src: root + stored.thumb,
            alt: '',
            class: 'result-thumb',
            loading: 'lazy',
            width: '64',
            height: '64',
          }),
        ),
      );
    return element('li', { class: 'card result' }, card);
  };

  const renderFacets = (results: Results) => {
    facets.replaceChildren();
    if (!results.facets) return;
    const terms = current.split(/\s+/);
    for (const [name, label] of FACETS) {
      const values: Facet[] = results.facets[name];
      if (values.length === 0) continue;
      const group = element('section', { class: 'facet' }, element('h2', {}, label));
      const items = element('ul', {});
      for (const facet of values.slice(0, 12)) {
        const token = `${name}:${/\s/.test(facet.value) ? `"${facet.value}"` : facet.value}`;
        const active = input.value.split(/\s+/).includes(token) || terms.includes(token);
        const button = element(
          'button',
          { type: 'button', 'aria-pressed': String(active), 'data-token': token },
          `${facet.value} `,
          element('span', { class: 'count' }, facet.count.toLocaleString('en')),
        );
        items.append(element('li', {}, button));
      }
      group.append(items);
      facets.append(group);
    }
  };

  /** Tag and Person as closed groups: opening one counts them (loading the groups file). */
  const renderLaterFacets = (query: string, typing: boolean, mine: number) => {
    const groups = FACETS.filter(([name]) => name === 'tag' || name === 'person').map(([, label]) =>
      element(
        'details',
        { class: 'facet' },
        element('summary', {}, `${label} `, element('span', { class: 'hint' }, 'show counts')),
      ),
    );
    const count = () => {
      for (const group of groups) group.removeEventListener('toggle', count);
      engine
        .search(query, { typing, limit: 0, facets: true })
        .then((counted) => mine === generation && renderFacets(counted))
        .catch(() => {});
    };
    for (const group of groups) group.addEventListener('toggle', count);
    facets.append(...groups);
  };

  // The last word counts as a prefix unless a space follows it (filters go first, so it stays last).
  const update = (typing = !/\s$/.test(input.value)) => {
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(typing);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    update();
  });
  more.addEventListener('click', () => void run(!/\s$/.test(input.value), true));
  facets.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    const token = button?.dataset['token'];
    if (!token) return;
    const words = input.value.split(/\s+/).filter(Boolean);
    input.value = (
      words.includes(token) ? words.filter((word) => word !== token) : [token, ...words]
    ).join(' ');
    update();
  });
  // Keyboard: ↓ from the box into the results, ↑/↓ between them, Escape back to the box.
  document.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li .result-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === '/' && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    } else if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.focus();
      else links[at - 1]?.focus();
    } else if (event.key === 'Escape' && at >= 0) input.focus();
  });
  window.addEventListener('popstate', () => {
    input.value = new URL(location.href).searchParams.get('q') ?? '';
    void run(!/\s$/.test(input.value));
  });

  input.value = new URL(location.href).searchParams.get('q') ?? '';
  void run(!/\s$/.test(input.value));
}

start();
