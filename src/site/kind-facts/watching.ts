/**
 * YouTube and Reddit (youtube/, reddit.ts): a day of watching (its videos, the channel watched
 * most), a day's searches, a comment (the video it is on, its channel), and the subreddit of a
 * Reddit post, comment or saved post.
 */
// Typed from the schema, not index.ts's FactPicker: index.ts imports this file.
import type { EntryData } from '../../archive/schema.ts';
import type { KindFact } from '../../shared/entry-types.ts';
import { valueText as textOf } from './rating.ts';

export const watchingFacts = (data: EntryData): KindFact[] => [
  { label: 'Videos', value: textOf(data.videos) ?? '', card: true },
  { label: 'Top channel', value: textOf(data.topChannel) ?? '', card: true },
];

export const searchFacts = (data: EntryData): KindFact[] => [
  { label: 'Searches', value: textOf(data.searches) ?? '', card: true },
];

/** `r/AskHistorians`, where the entry says its subreddit. */
export function subredditFacts(data: EntryData): KindFact[] {
  const subreddit = textOf(data.subreddit);
  return subreddit ? [{ label: 'Subreddit', value: `r/${subreddit}`, card: true }] : [];
}

export const commentFacts = (data: EntryData): KindFact[] => [
  ...subredditFacts(data),
  { label: 'On', value: textOf(data.video) ?? '', card: true },
  { label: 'Channel', value: textOf(data.channel) ?? '', card: true },
];
