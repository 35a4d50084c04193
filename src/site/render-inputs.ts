/**
 * What each shard needs to render its pages: the links of its entries (their URL, neighbours,
 * parent and conversation) and the summaries of the entries it links to but does not hold.
 */
import type { Site } from '../../layouts/base.ts';
import type { EntrySummary } from '../shared/entry-types.ts';
import { chatDayLinkOf } from './chat-days.ts';
import type { EntryLinks, ShardRenderInput, ShownRecords } from './page-kinds/page-kind.ts';
import type { Timeline } from './timeline.ts';

/**
 * One input per shard; `holders` says which shard holds each entry. With `keys` (an edit) only
 * the entries the pages of those keys show get links.
 */
export function shardRenderInputs(
  timeline: Timeline,
  site: Site,
  shardCount: number,
  holders: Map<string, number>,
  keys?: string[],
): ShardRenderInput[] {
  const inputs = Array.from({ length: shardCount }, (): ShardRenderInput => ({
    site,
    links: new Map(),
    others: new Map(),
  }));
  const { entries, byId, urlOf } = timeline;
  const withUrl = (summary: EntrySummary | undefined) =>
    summary && { ...summary, url: urlOf.get(summary.id)! };
  const isNeeded = neededFor(keys);
  entries.forEach((entry, index) => {
    if (!isNeeded(entry)) return;
    const holder = holders.get(entry.id)!;
    const input = inputs[holder]!;
    const link: EntryLinks = { url: urlOf.get(entry.id)! };
    const previousEntry = entries[index - 1];
    const nextEntry = entries[index + 1];
    const parent = entry.inReplyTo ? byId.get(entry.inReplyTo) : undefined;
    if (previousEntry) link.previous = previousEntry.id;
    if (nextEntry) link.next = nextEntry.id;
    if (parent) link.parent = parent.id;
    // A chat's message links to its chat-day page instead of listing its neighbours.
    const chatDay = chatDayLinkOf(entry, timeline);
    if (chatDay) link.chatDay = chatDay;
    // Long conversations (a mailing-list thread) list the 100 entries nearest this one.
    const whole = chatDay ? [] : (timeline.threads.get(entry.id) ?? []);
    const at = whole.indexOf(entry.id);
    const thread = whole.slice(Math.max(0, at - 50), at + 50).map((id) => byId.get(id)!);
    if (thread.length > 0) link.thread = thread.map((item) => item.id);
    input.links.set(entry.id, link);
    // A shard renders a year at a time: an entry of another year is a summary, as one another
    // shard holds.
    const year = entry.date.slice(0, 4);
    for (const other of [previousEntry, nextEntry, parent, ...thread]) {
      if (
        other &&
        (holders.get(other.id) !== holder || other.date.slice(0, 4) !== year || !isNeeded(other))
      ) {
        input.others.set(other.id, withUrl(other)!);
      }
    }
  });
  return inputs;
}

/**
 * Gives each input the records of the conversation entries and reply parents its pages show but
 * it does not render (held by another shard, or in an edit not sent to it), asking each holder
 * once: a message is shown whole on every page, whichever shard renders it.
 */
export async function addShownRecords(
  inputs: ShardRenderInput[],
  holders: Map<string, number>,
  shownRecords: (shard: number, ids: string[]) => Promise<ShownRecords>,
): Promise<void> {
  const wanted = inputs.map((input) => {
    const ids = new Set<string>();
    for (const link of input.links.values())
      for (const id of [link.parent, ...(link.thread ?? [])])
        if (id && input.others.has(id)) ids.add(id);
    return ids;
  });
  const byHolder = new Map<number, Set<string>>();
  for (const ids of wanted)
    for (const id of ids) {
      const holder = holders.get(id)!;
      (byHolder.get(holder) ?? byHolder.set(holder, new Set()).get(holder)!).add(id);
    }
  const answers = new Map(
    await Promise.all(
      [...byHolder].map(
        async ([holder, ids]) => [holder, await shownRecords(holder, [...ids])] as const,
      ),
    ),
  );
  inputs.forEach((input, index) => {
    if (wanted[index]!.size === 0) return;
    const shown: ShownRecords = { records: new Map(), images: new Map(), streams: new Map() };
    for (const id of wanted[index]!) {
      const answer = answers.get(holders.get(id)!)!;
      const record = answer.records.get(id);
      if (!record) continue;
      shown.records.set(id, record);
      for (const item of [...record.images, ...record.media.map((each) => each.path)]) {
        const image = answer.images.get(item);
        const stream = answer.streams.get(item);
        if (image) shown.images.set(item, image);
        if (stream) shown.streams.set(item, stream);
      }
    }
    input.shown = shown;
  });
}

/** Which entries the pages of `keys` show; every entry without keys (a full build). */
function neededFor(keys: string[] | undefined): (entry: EntrySummary) => boolean {
  // With keys (an edit), only entries shown on the pages to re-render need links: the edited
  // entries, their neighbours, and the entries of the affected months (their cards link to them).
  const months = new Set(
    keys
      ?.filter((key) => /^(day|month):/.test(key))
      .map((key) => key.slice(key.indexOf(':') + 1, key.indexOf(':') + 8)),
  );
  const entryIds = new Set(
    keys?.filter((key) => key.startsWith('entry:')).map((key) => key.slice(6)),
  );
  // A year page's photo strip links to pictures from all over the year.
  const years = new Set(keys?.filter((key) => key.startsWith('year:')).map((key) => key.slice(5)));
  return (entry: EntrySummary) =>
    !keys ||
    entryIds.has(entry.id) ||
    months.has(entry.date.slice(0, 7)) ||
    (entry.images.length > 0 && years.has(entry.date.slice(0, 4)));
}
