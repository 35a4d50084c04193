/**
 * Robin's Facebook as its JSON "Download your information" export (the 2023+ layout): posts,
 * check-ins, photos with their tagged people, a life event, and Messenger threads, every
 * string written as Meta writes it (UTF-8 bytes escaped one by one, which the importer repairs).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { OWNER, PEOPLE, PLACES, type PersonKey } from './cast.ts';
import type { Calendar } from './calendar.ts';
import { drawPhoto } from './draw.ts';
import { FACEBOOK_POSTS, MESSENGER } from './facebook.ts';

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const nameOf = (who: PersonKey | 'robin') => (who === 'robin' ? OWNER.name : PEOPLE[who].name);

/** JSON as Meta writes it: each UTF-8 byte of a non-ASCII character as its own `\u00XX`. */
function metaJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return text.replace(/[^\u0000-\u007f]/g, (char) =>
    [...Buffer.from(char, 'utf8')].map((byte) => `\\u00${byte.toString(16)}`).join(''),
  );
}

export async function writeFacebookExport(folder: string, calendar: Calendar): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  const activity = path.join(folder, 'your_facebook_activity');
  await mkdir(path.join(activity, 'posts', 'media'), { recursive: true });
  await mkdir(path.join(folder, 'personal_information', 'profile_information'), {
    recursive: true,
  });
  await writeFile(
    path.join(folder, 'personal_information', 'profile_information', 'profile_information.json'),
    metaJson({
      profile_v2: { name: { full_name: OWNER.name, first_name: 'Robin', last_name: 'Ashby' } },
    }),
  );
  const posts = [];
  for (const [index, post] of FACEBOOK_POSTS.entries()) {
    const date = calendar.date(post.when, post.checkin ? PLACES[post.checkin].zone : undefined);
    const timestamp = seconds(date);
    const attachments: { data: Record<string, unknown>[] }[] = [];
    for (const [number, photo] of (post.photos ?? []).entries()) {
      const uri = `your_facebook_activity/posts/media/Timeline_photos_${index}/${timestamp}${number}.jpg`;
      await mkdir(path.join(folder, path.dirname(uri)), { recursive: true });
      await writeFile(
        path.join(folder, uri),
        await drawPhoto({ scene: photo.scene, seed: timestamp + number }),
      );
      attachments.push({
        data: [
          {
            media: {
              uri,
              creation_timestamp: timestamp,
              title: 'Timeline photos',
              description: photo.caption ?? '',
            },
          },
        ],
      });
    }
    if (post.checkin) {
      const place = PLACES[post.checkin];
      attachments.push({
        data: [
          {
            place: {
              name: place.name,
              coordinate: { latitude: place.lat, longitude: place.lon },
              address: '',
            },
          },
        ],
      });
    }
    if (post.lifeEvent)
      attachments.push({
        data: [
          {
            life_event: {
              title: post.lifeEvent,
              start_date: {
                year: Number(date.slice(0, 4)),
                month: Number(date.slice(5, 7)),
                day: Number(date.slice(8, 10)),
              },
            },
          },
        ],
      });
    const item: Record<string, unknown> = {
      timestamp,
      attachments,
      data: post.text ? [{ post: post.text }] : [],
      title: post.checkin
        ? `${OWNER.name} was at ${PLACES[post.checkin].name}.`
        : post.photos
          ? `${OWNER.name} added ${post.photos.length === 1 ? 'a new photo' : `${post.photos.length} new photos`}.`
          : `${OWNER.name} updated their status.`,
    };
    if (post.tagged) item.tags = post.tagged.map((who) => ({ name: PEOPLE[who].name }));
    posts.push(item);
  }
  await writeFile(
    path.join(activity, 'posts', 'your_posts__check_ins__photos_and_videos_1.json'),
    metaJson(posts.reverse()),
  );
  for (const conversation of MESSENGER) {
    const thread = path.join(activity, 'messages', 'inbox', conversation.folder);
    await mkdir(thread, { recursive: true });
    const messages = conversation.messages
      .map((item) => ({
        sender_name: nameOf(item.from),
        timestamp_ms: Date.parse(calendar.date(item.when)),
        content: item.text,
        is_geoblocked_for_viewer: false,
      }))
      .reverse();
    await writeFile(
      path.join(thread, 'message_1.json'),
      metaJson({
        participants: conversation.participants.map((who) => ({ name: nameOf(who) })),
        messages,
        title: conversation.title,
        is_still_participant: true,
        thread_path: `inbox/${conversation.folder}`,
      }),
    );
  }
}
