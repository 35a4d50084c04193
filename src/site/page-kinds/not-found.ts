/**
 * The 404 page. A host shows it at the address that was not found, at any depth
 * (`/2014/03/nope/`), so it links from the site's path on the host (`pathPrefix`), not
 * relatively as every other page does; opened from disk (--file-links) no host shows it.
 */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { html } from '../../shared/html.ts';
import type { SitePageKind } from './page-kind.ts';

export const notFoundPages: SitePageKind = {
  name: 'not-found',
  *specs({ context }) {
    const home = context('');
    const root = home.site.fileLinks ? home.root : (home.site.pathPrefix ?? '/');
    yield { url: '404.html', key: 'site', render: () => notFoundPage({ ...home, root }) };
  },
};

export function notFoundPage(context: PageContext): string {
  return basePage(context, {
    title: 'Not found',
    body: html`<h1>Not found</h1>
      <p>There is no page here. Go to the <a href="${href(context, '')}">home page</a>.</p>`,
  });
}
