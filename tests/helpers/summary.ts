/** Entry summaries for the card and page tests. */
import type { EntrySummary } from '../../src/shared/entry-types.ts';

/** A public post of 22 March 2019 (`twitter:1`), with `fields` over it. */
export const summaryOf = (fields: Partial<EntrySummary> = {}): EntrySummary => ({
  file: 'twitter/2019/03/22-a.md',
  id: 'twitter:1',
  source: 'twitter',
  kind: 'post',
  date: '2019-03-22T10:38:00+00:00',
  instant: 0,
  slug: 'a',
  tags: [],
  people: [],
  visibility: 'public',
  text: 'A short post about the ridge.',
  images: [],
  ...fields,
});
