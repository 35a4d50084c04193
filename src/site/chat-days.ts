/**
 * A chat's days: a conversation of messages only gets one page per (chat, local day) listing
 * that day's messages, and each message's page links there instead of repeating its
 * neighbours (docs/performance.md, "Chats: one entry per message or per chat-day").
 */
import { shortHash } from '../archive/paths.ts';
import type { EntrySummary } from '../shared/entry-types.ts';
import type { Timeline } from './timeline.ts';

/** One chat on one day: its messages' ids, oldest first. */
export interface ChatDay {
  /** The page key: `chat:<chat>/<yyyy-mm-dd>`. */
  key: string;
  url: string;
  /** The chat's slug: a hash of its first message's id, stable while that message stays. */
  chat: string;
  /** `yyyy-mm-dd`, the messages' local day. */
  day: string;
  ids: string[];
}

// Conversations are shared arrays (every member maps to the same one), so this is per chat.
const slugs = new WeakMap<string[], string | null>();

/** The conversation `id` is in when every entry of it is a message (a chat), else undefined. */
export function chatOf(id: string, timeline: Timeline): string[] | undefined {
  const thread = timeline.threads.get(id);
  return thread && chatSlugOf(thread, timeline) ? thread : undefined;
}

function chatSlugOf(thread: string[], timeline: Timeline): string | undefined {
  let slug = slugs.get(thread);
  if (slug === undefined) {
    const isChat = thread.every((id) => timeline.byId.get(id)?.kind === 'message');
    slug = isChat ? shortHash(thread[0]!, 10) : null;
    slugs.set(thread, slug);
  }
  return slug ?? undefined;
}

export const chatDayUrl = (chat: string, day: string): string => `chats/${chat}/${day}/`;
export const chatDayKey = (chat: string, day: string): string => `chat:${chat}/${day}`;

/** The id attribute of a message on its chat-day page. */
export const messageAnchor = (id: string): string => `m-${shortHash(id, 10)}`;

/** The URL of `entry`'s chat-day page with the anchor of the message, when it is in a chat. */
export function chatDayLinkOf(entry: EntrySummary, timeline: Timeline): string | undefined {
  const thread = chatOf(entry.id, timeline);
  if (!thread) return undefined;
  return `${chatDayUrl(chatSlugOf(thread, timeline)!, entry.date.slice(0, 10))}#${messageAnchor(entry.id)}`;
}

/** The days of one chat, oldest first. */
export function daysOfChat(thread: string[], timeline: Timeline): ChatDay[] {
  const chat = chatSlugOf(thread, timeline);
  if (!chat) return [];
  const days = new Map<string, string[]>();
  for (const id of thread) {
    const day = timeline.byId.get(id)!.date.slice(0, 10);
    (days.get(day) ?? days.set(day, []).get(day)!).push(id);
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, ids]) => ({
      key: chatDayKey(chat, day),
      url: chatDayUrl(chat, day),
      chat,
      day,
      ids,
    }));
}

/** Every chat of the timeline, each as its days. */
export function chatsOf(timeline: Timeline): ChatDay[][] {
  const seen = new Set<string[]>();
  const chats: ChatDay[][] = [];
  for (const thread of timeline.threads.values()) {
    if (seen.has(thread)) continue;
    seen.add(thread);
    const days = daysOfChat(thread, timeline);
    if (days.length) chats.push(days);
  }
  return chats;
}

/** The keys of the chat-day pages an edit of `entry` changes: its day and the days beside it. */
export function chatDayKeysOf(entry: EntrySummary, timeline: Timeline): string[] {
  const thread = chatOf(entry.id, timeline);
  if (!thread) return [];
  const days = daysOfChat(thread, timeline);
  const at = days.findIndex((item) => item.day === entry.date.slice(0, 10));
  return days.slice(Math.max(0, at - 1), at + 2).map((item) => item.key);
}
