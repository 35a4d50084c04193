/** The search page; its index is written beside the pages by the site (src/search/build-index.ts). */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { html } from '../../shared/html.ts';
import type { SitePageKind } from './page-kind.ts';

export const searchPages: SitePageKind = {
  name: 'search',
  *specs({ context }) {
    yield { url: 'search/', key: 'site', render: () => searchPage(context('search/')) };
  },
};

/** The search page: the form works without script (it reloads with ?q=); assets/search.js runs it. */
export function searchPage(context: PageContext): string {
  return basePage(context, {
    title: 'Search',
    body: html`<h1>Search</h1>
      <form id="search-form" class="search-form" role="search" action="${href(context, 'search/')}">
        <label for="q">Search the archive</label>
        <input id="q" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-status" />
        <button type="submit">Search</button>
      </form>
      <p id="search-status" class="search-status" role="status">
        Search runs in your browser. Try <code>from:twitter</code>, <code>year:2014</code>,
        <code>tag:travel</code>, <code>"exact phrase"</code> or <code>-word</code>.
      </p>
      <noscript><p>Search needs JavaScript, which this browser has turned off.</p></noscript>
      <div class="search-layout">
        <ol id="results" class="results"></ol>
        <aside id="facets" class="facets" aria-label="Filters"></aside>
      </div>
      <button id="more" class="more" type="button" hidden>More results</button>`,
    script: html`<script
      src="${href(context, 'assets/search.js')}"
      data-root="${context.root}"
      data-owner="${context.site.owner}"
      data-file-links="${context.site.fileLinks ? 'true' : 'false'}"
    ></script>`,
  });
}
