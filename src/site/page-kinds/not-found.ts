/** The 404 page. */
import { basePage, href, type PageContext } from '../../../layouts/base.ts';
import { html } from '../../shared/html.ts';
import type { SitePageKind } from './page-kind.ts';

export const notFoundPages: SitePageKind = {
  name: 'not-found',
  *specs({ context }) {
    yield { url: '404.html', key: 'site', render: () => notFoundPage(context('')) };
  },
};

export function notFoundPage(context: PageContext): string {
  return basePage(context, {
    title: 'Not found',
    body: html`<h1>Not found</h1>
      <p>There is no page here. Go to the <a href="${href(context, '')}">home page</a>.</p>`,
  });
}
