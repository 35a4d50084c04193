import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';

import { buildSite } from '../../src/cli/build-site.ts';
import { chatPartners } from '../../src/site/page-kinds/chat-day.ts';
import { chatDayKeysOf, chatDayLinkOf, chatsOf, messageAnchor } from '../../src/site/chat-days.ts';
import { pageFilesOf, touch, touchChats } from '../../src/site/page-keys.ts';
import type { EntrySummary } from '../../src/shared/entry-types.ts';
import { buildTimeline } from '../../src/site/timeline.ts';
import { quietly } from '../helpers/console.ts';
import { kindsArchive } from '../helpers/kinds-archive.ts';
import { temporaryFolder } from '../helpers/paths.ts';

function summary(id: string, date: string, fields: Partial<EntrySummary> = {}): EntrySummary {
  return {
    id,
    file: `chat/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}-${id}.md`,
    source: 'chat',
    kind: 'message',
    date: `${date}+00:00`,
    instant: Date.parse(`${date}Z`),
    slug: id,
    tags: [],
    people: [],
    media: [],
    images: [],
    visibility: 'private',
    html: '',
    text: id,
    thread: 'chat-a',
    ...fields,
  } as unknown as EntrySummary;
}

const chat = [
  summary('a1', '2024-01-01T09:00:00', { from: 'Ana <ana@example.org>' }),
  summary('a2', '2024-01-01T09:05:00', { direction: 'sent' }),
  summary('a3', '2024-01-03T10:00:00', { from: 'Ana <ana@example.org>' }),
  summary('a4', '2024-01-07T11:00:00', { direction: 'sent' }),
];
const mixed = [
  summary('p1', '2024-01-02T08:00:00', { kind: 'post', thread: 'thread-p' }),
  summary('p2', '2024-01-02T08:30:00', { thread: 'thread-p' }),
];

describe('chat-days', () => {
  const timeline = buildTimeline([...chat, ...mixed]);

  it('gives a chat (a conversation of messages only) one page per day, oldest first', () => {
    const chats = chatsOf(timeline);
    assert.equal(chats.length, 1, 'a conversation with a post in it is not a chat');
    const days = chats[0]!;
    assert.deepEqual(
      days.map((day) => [day.day, day.ids]),
      [
        ['2024-01-01', ['a1', 'a2']],
        ['2024-01-03', ['a3']],
        ['2024-01-07', ['a4']],
      ],
    );
    const chatSlug = days[0]!.chat;
    assert.match(chatSlug, /^[0-9a-f]{10}$/);
    assert.equal(days[1]!.url, `chats/${chatSlug}/2024-01-03/`);
    assert.equal(days[1]!.key, `chat:${chatSlug}/2024-01-03`);
  });

  it('links a message to its chat-day page at its own anchor, and a post in a thread nowhere', () => {
    const [day] = chatsOf(timeline)[0]!;
    assert.equal(chatDayLinkOf(chat[1]!, timeline), `${day!.url}#${messageAnchor('a2')}`);
    assert.equal(chatDayLinkOf(mixed[1]!, timeline), undefined);
    assert.notEqual(messageAnchor('a1'), messageAnchor('a2'));
  });

  it('re-renders the chat-day of an edited message and the days linking to it', () => {
    const days = chatsOf(timeline)[0]!;
    assert.deepEqual(
      chatDayKeysOf(chat[2]!, timeline),
      days.map((day) => day.key),
    );
    assert.deepEqual(
      chatDayKeysOf(chat[3]!, timeline),
      days.slice(1).map((day) => day.key),
    );
  });

  it('touches a chat message’s own page and chat-days, not every message of the chat', () => {
    const keys = new Set<string>();
    touch(keys, chat[3], timeline);
    assert.ok(keys.has('entry:a4'));
    assert.ok(!keys.has('entry:a1'), 'the first message’s page does not list the fourth');
    assert.ok(keys.has(chatsOf(timeline)[0]![2]!.key));
  });

  it('renders every page of a chat again when its first message (its name) is deleted', () => {
    const after = buildTimeline([...chat.slice(1), ...mixed]);
    const keys = new Set<string>();
    touchChats(keys, new Set(['a1']), timeline, after);
    for (const entry of chat.slice(1)) assert.ok(keys.has(`entry:${entry.id}`));
    for (const day of [...chatsOf(timeline)[0]!, ...chatsOf(after)[0]!])
      assert.ok(keys.has(day.key));
    const none = new Set<string>();
    touchChats(none, new Set(['a3']), timeline, timeline);
    assert.deepEqual([...none], [], 'a patched timeline changed no chat');
  });

  it('owns the chat-day page’s file under its key', () => {
    const day = chatsOf(timeline)[0]![1]!;
    const [own] = pageFilesOf(day.key, timeline);
    assert.ok(own!(`${day.url}index.html`));
    assert.ok(!own!(`chats/${day.chat}/2024-01-07/index.html`));
  });

  it('names the chat after who wrote to the owner, else the people named', () => {
    assert.deepEqual(chatPartners(chat), ['Ana']);
    assert.deepEqual(
      chatPartners([summary('x', '2024-01-01T00:00:00', { direction: 'sent', people: ['Bo'] })]),
      ['Bo'],
    );
  });
});

describe('chat-day pages and audiences', () => {
  it('builds no chat-day page for friends: messages are private', async () => {
    const archive = await kindsArchive();
    for (const audience of ['private', 'friends'] as const) {
      const out = path.join(temporaryFolder(), audience);
      const { site } = await quietly(async () => buildSite(archive, out, { audience }));
      await site.close();
      const chats = (await readdir(out, { recursive: true })).filter((file) =>
        file.startsWith('chats'),
      );
      if (audience === 'private') assert.ok(chats.length > 0, 'the private build has them');
      else assert.deepEqual(chats, []);
    }
  });
});
