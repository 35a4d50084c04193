/**
 * The page shell every page shares. No script, no font or image from another host; the
 * robots meta keeps search engines away and the referrer meta keeps URLs out of other logs.
 */
import { escapeHtml, html, trusted, type Html } from '../src/shared/html.ts';
import { CARD_ROOT } from './shared-cards.ts';

export interface Site {
  title: string;
  owner: string;
  language: string;
  /** Links name index.html, for a site opened from disk (file://). */
  fileLinks?: boolean;
  /** Photos link their original file (media.originals, private builds only). */
  originals?: boolean;
  /** The path the site is served under (`pathPrefix` in inhale.yaml). @default '/' */
  pathPrefix?: string;
}

export interface PageContext {
  site: Site;
  /** Site-root-relative URL of this page: '' for home, '2014/03/' for a month. */
  url: string;
  /** Relative path from this page to the site root: './' or '../../'. */
  root: string;
}

export interface Crumb {
  label: string;
  /** Site-root-relative URL. */
  url: string;
}

/**
 * Nothing but this site: no inline script or style, no other host, forms only to this site, no
 * plugins, no <base>. In a meta tag `frame-ancestors` is ignored, so hosts should send it as a header.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'";

/** The first tags of every page's head, the unlock page's too: charset, CSP first, no indexing, no referrer. */
export const PRIVATE_HEAD = [
  '<meta charset="utf-8" />',
  `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
  '<meta name="viewport" content="width=device-width, initial-scale=1" />',
  '<meta name="robots" content="noindex, nofollow, noarchive, noimageindex" />',
  '<meta name="referrer" content="no-referrer" />',
].join('\n');

/** The way back to the site root from a page: `2014/03/` and `2014/03/05/a-walk.html` are 2 and 3 deep. */
export function rootOf(url: string): string {
  const depth = url.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/** A link from the current page to a site-root-relative URL. */
/**
 * The URL of page `n` of a list whose first page is `base`: `tags/walks/page/2/`; a list whose
 * first page is a file (`places/france/strasbourg.html`) continues in a folder of that name
 * (`places/france/strasbourg/page/2/`).
 */
export const pageUrl = (base: string, n: number): string =>
  n === 1 ? base : `${base.replace(/\.html$/, '/')}page/${n}/`;

export function href(context: PageContext, url: string): string {
  return context.root + pathOf(context.site, url);
}

/**
 * The same link as `href`, escaped for an attribute, with the page's root left as it is when it
 * is CARD_ROOT: a card rendered once for every page that lists it (`layouts/shared-cards.ts`)
 * keeps the marker for each page's root to replace.
 */
export function link(context: PageContext, url: string): Html {
  const path = escapeHtml(pathOf(context.site, url));
  return trusted(context.root === CARD_ROOT ? CARD_ROOT + path : escapeHtml(context.root) + path);
}

/** A site-root-relative URL as links name it: from file:// a folder does not open its index.html (--file-links). */
function pathOf(site: Site, url: string): string {
  const at = url.indexOf('#');
  const [path, fragment] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
  const target = site.fileLinks && (path === '' || path.endsWith('/')) ? `${path}index.html` : path;
  return target + fragment;
}

export function basePage(
  context: PageContext,
  page: { title: string; crumbs?: Crumb[]; body: Html; script?: Html },
): string {
  const { site } = context;
  const documentTitle = page.title === site.title ? site.title : `${page.title} · ${site.title}`;
  const crumbs = page.crumbs ?? [];
  return html`<!DOCTYPE html>
    <html lang="${site.language}">
      <head>
        ${trusted(PRIVATE_HEAD)}
        <title>${documentTitle}</title>
        <link rel="stylesheet" href="${href(context, 'assets/style.css')}" />
        <link rel="icon" href="data:," />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site-header">
          <a class="site-title" href="${href(context, '')}">${site.title}</a>
          <nav aria-label="Site">
            <ul>
              <li><a href="${href(context, 'years/')}">Years</a></li>
              <li><a href="${href(context, 'photos/')}">Photos</a></li>
              <li><a href="${href(context, 'places/')}">Places</a></li>
              <li><a href="${href(context, 'on-this-day/')}">On this day</a></li>
              <li><a href="${href(context, 'tags/')}">Tags</a></li>
              <li><a href="${href(context, 'people/')}">People</a></li>
              <li><a href="${href(context, 'sources/')}">Sources</a></li>
              <li><a href="${href(context, 'stats/')}">Stats</a></li>
              <li><a href="${href(context, 'search/')}">Search</a></li>
            </ul>
          </nav>
        </header>
        ${
          crumbs.length > 0
            ? html`<nav class="crumbs" aria-label="Breadcrumb">
                <ol>
                  ${crumbs.map(
                    (crumb, index) =>
                      html`<li>
                        ${
                          index === crumbs.length - 1
                            ? html`<span aria-current="page">${crumb.label}</span>`
                            : html`<a href="${href(context, crumb.url)}">${crumb.label}</a>`
                        }
                      </li>`,
                  )}
                </ol>
              </nav>`
            : ''
        }
        <main id="main">${page.body}</main>
        <footer class="site-footer">
          <p>
            ${site.owner ? `${site.owner}’s archive` : 'A personal archive'}, made with inhale.
            Private: not for search engines.
          </p>
        </footer>
        ${page.script ?? ''}
      </body>
    </html> `.value;
}
