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
    docs: (chunk) => load(`docs/${chunk}`),
    meta: () => load('meta'),
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
        engine
          .search(query, { typing, limit: 0, facets: true })
          .then((counted) => mine === generation && renderFacets(counted))
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

  const renderHit = (hit: Hit): HTMLLIElement => {
    const { stored } = hit;
    const text = stored.text?.replace(/\s+/g, ' ') ?? '';
    const title =
      stored.title ||
      (text.length > 70 ? `${text.slice(0, 70).replace(/\s+\S*$/, '')}…` : text) ||
      `${stored.kind}, ${formatDate(stored.date)}`;
    const snippet = element('p', { class: 'snippet' });
    for (const piece of hit.snippet)
      snippet.append(piece.mark ? element('mark', {}, piece.text) : piece.text);
    const meta = element(
      'p',
      { class: 'result-meta' },
      element('time', { datetime: stored.date }, formatDate(stored.date)),
      ` · ${stored.source} · ${stored.kind}`,
    );
    const item = element(
      'li',
      { class: 'result' },
      element('h2', {}, element('a', { href: link(stored.url) }, title)),
      meta,
    );
    if (hit.snippet.length > 0 && text !== title) item.append(snippet);
    if (stored.thumb)
      item.prepend(
        element('img', {
          src: root + stored.thumb,
          alt: '',
          class: 'result-thumb',
          loading: 'lazy',
          width: '64',
          height: '64',
        }),
      );
    return item;
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
    const links = [...list.querySelectorAll<HTMLAnchorElement>('li h2 a')];
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
