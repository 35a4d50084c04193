/**
 * A small archive with one entry of every kind the cards draw (post, reply, repost, article,
 * mail with a quote and a signature, photo, check-in, bookmark, messages) and two conversations,
 * for the card and conversation tests.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import sharp from 'sharp';

import { temporaryFolder } from './paths.ts';

/** A tweet's text longer than any cut a list ever made (70 characters), with a link. */
export const LONG_POST =
  'Spent the whole afternoon on the ridge above the valley, watching the weather come in from the west, and wrote it all down at https://example.org/ridge';

export const MAIL_QUOTE = 'the quoted line from Tom';
export const MAIL_SIGNATURE = 'Robin, sent from the hills';

const ENTRIES: Record<string, string> = {
  'twitter/2021/03/22-post.md': `---
id: twitter:1
source: twitter
kind: post
date: 2021-03-22T09:00:00+00:00
url: https://x.com/robin_example/status/1
counts:
  likes: 12
  reposts: 3
visibility: public
---
${LONG_POST}
`,
  'twitter/2021/03/22-reply.md': `---
id: twitter:2
source: twitter
kind: reply
date: 2021-03-22T09:30:00+00:00
inReplyTo: twitter:1
url: https://x.com/robin_example/status/2
visibility: public
---
And then the rain arrived, exactly on time, as the forecast had promised all week long.
`,
  'twitter/2021/03/22-reply-2.md': `---
id: twitter:3
source: twitter
kind: reply
date: 2021-03-22T10:15:00+00:00
inReplyTo: twitter:2
url: https://x.com/robin_example/status/3
visibility: public
---
Home now, dry socks, hot tea. The third and last part of the thread.
`,
  'twitter/2021/03/23-repost.md': `---
id: twitter:4
source: twitter
kind: repost
date: 2021-03-23T08:00:00+00:00
visibility: public
---
RT @ana_example: The library opens on Sundays from next month, tell everyone
`,
  'feed/2021/03/23-on-ridges.md': `---
id: feed:1
source: feed
kind: article
date: 2021-03-23T12:00:00+00:00
title: On ridges and valleys
url: https://robin.example/ridges
visibility: public
---
${'A long article about walking on ridges, the wind and the way the valley looks from above. '.repeat(12)}
`,
  'mail/2021/03/24-re-plans.md': `---
id: mail:1
source: mail
kind: email
date: 2021-03-24T18:00:00+00:00
title: "Re: plans for the weekend"
from: Robin Example <robin@example.org>
to:
  - Tom Example <tom@example.org>
direction: sent
visibility: private
---
Hi Tom,\\
\\
Saturday works for me.\\
\\
On Tue, 23 Mar 2021, Tom Example <tom@example.org> wrote:\\
\\> ${MAIL_QUOTE}\\
\\> and another\\
\\
-- \\
${MAIL_SIGNATURE}
`,
  'photos/2021/03/25-IMG_1234.md': `---
id: photos:1
source: photos
kind: photo
date: 2021-03-25T15:00:00+00:00
title: IMG_1234
media:
  - path: IMG_1234.jpg
    alt: A green hill under a grey sky
visibility: public
---
The hill after the rain.
`,
  'checkins/2021/03/26-at-the-harbour.md': `---
id: checkins:1
source: checkins
kind: checkin
date: 2021-03-26T11:00:00+00:00
title: At the harbour café
place:
  name: Harbour café, Porto
  lat: 41.141
  lon: -8.613
visibility: public
---
`,
  'bookmarks/2021/03/27-maps.md': `---
id: bookmarks:1
source: bookmarks
kind: bookmark
date: 2021-03-27T20:00:00+00:00
title: Every map is an argument
url: https://www.example.net/maps/argument
visibility: public
---
An essay on how maps choose what to show.
`,
  'messages/2021/03/28-m1.md': `---
id: messages:1
source: messages
kind: message
date: 2021-03-28T19:00:00+00:00
from: Lena Example
thread: chat-lena
visibility: private
---
Are you coming on Sunday?
`,
  'messages/2021/03/28-m2.md': `---
id: messages:2
source: messages
kind: message
date: 2021-03-28T19:02:00+00:00
from: Robin Example
thread: chat-lena
visibility: private
---
Yes! I'll bring the bread.
`,
};

/** Writes the archive and returns its folder. */
export async function kindsArchive(): Promise<string> {
  const archive = path.join(temporaryFolder(), 'kinds');
  await mkdir(archive, { recursive: true });
  await writeFile(
    path.join(archive, 'inhale.yaml'),
    'title: Kinds\nowner: Robin Example\ntimeZone: UTC\ndefaultVisibility: public\n',
  );
  for (const [file, text] of Object.entries(ENTRIES)) {
    await mkdir(path.dirname(path.join(archive, file)), { recursive: true });
    await writeFile(path.join(archive, file), text);
  }
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#4a7' } })
    .jpeg()
    .toFile(path.join(archive, 'photos/2021/03/IMG_1234.jpg'));
  return archive;
}
