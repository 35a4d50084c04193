/**
 * A mail as a mail client shows it: From, To, Cc and the date in a header block (the subject is
 * the card's heading), the body as written, quoted text and the signature folded in `<details>`.
 */
import { ROOT_MARKER, type EntryRecord, type EntrySummary } from '../src/shared/entry-types.ts';
import { html, trusted, type Html } from '../src/shared/html.ts';
import { link, type PageContext } from './base.ts';
import type { EntryView } from './entry-view.ts';
import { bodyHtml } from './media.ts';

/** The header block. A summary knows its sender only; a whole mail its recipients too. */
export function mailHead(
  context: PageContext,
  view: EntryView,
  entry: EntrySummary | EntryRecord,
  /** What it says of the date: `1 September 2026, 10:38`, or the time alone on a day's page. */
  when: Html | string,
): Html {
  const record = 'html' in entry ? entry : undefined;
  const from = entry.from ?? (entry.direction === 'sent' ? context.site.owner : undefined);
  const row = (label: string, value: string | undefined) =>
    value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : '';
  return html`<dl class="mail-head">
    ${row('From', from)} ${row('To', record?.to?.join(', '))} ${row('Cc', record?.cc?.join(', '))}
    <div>
      <dt>Date</dt>
      <dd>
        <a class="permalink" href="${link(context, view.urlOf(entry))}"
          ><time datetime="${entry.date}"
            >${when}</time
          ></a
        >
        · <span class="via">${view.sourceLabel(entry.source)}</span>
      </dd>
    </div>
  </dl>`;
}

const FOLDS = { quote: 'Show quoted text', signature: 'Show signature' } as const;

/** The whole body, its quotes and signature folded. */
export function mailBody(context: PageContext, view: EntryView, entry: EntryRecord): Html {
  if (!entry.mailParts || entry.contentWarning)
    return html`<div class="card-text mail-body e-content">${bodyHtml(context, view, entry)}</div>`;
  const root = (source: string) => trusted(source.split(ROOT_MARKER).join(context.root));
  return html`<div class="card-text mail-body e-content">
    ${entry.mailParts.map((part) =>
      part.part === 'text'
        ? root(part.html)
        : html`<details class="mail-${part.part}">
            <summary>${FOLDS[part.part]}</summary>
            ${root(part.html)}
          </details>`,
    )}
  </div>`;
}
