/**
 * The demo's calendar and address book, written as the files a calendar and a contacts app
 * export: an iCalendar file (RFC 5545, as Google Calendar writes it, with a series, an EXDATE,
 * a moved occurrence, all-day and floating events) and a vCard file (a 2.1 card with
 * quoted-printable as Outlook writes it, 3.0 cards as Apple Contacts does, one 4.0). Everyone in
 * them is the demo's fictional cast (cast.ts); fixed dates, so the files are the same each run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { OWNER, PEOPLE } from './cast.ts';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const attendee = (key: keyof typeof PEOPLE) =>
  `ATTENDEE;CN=${PEOPLE[key].name};PARTSTAT=ACCEPTED:mailto:${PEOPLE[key].email}`;
const organizer = `ORGANIZER;CN=${OWNER.name}:mailto:${OWNER.email}`;

const EVENTS: string[][] = [
  [
    'UID:fell-walkers-club-night@demo.example',
    'DTSTART;TZID=Europe/London:20250107T193000',
    'DTEND;TZID=Europe/London:20250107T213000',
    'RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=10',
    'EXDATE;TZID=Europe/London:20250805T193000',
    'SUMMARY:Fell Walkers club night',
    'LOCATION:The Old Duke\\, King Street\\, Bristol',
    'GEO:51.4516;-2.5937',
    'CATEGORIES:walking',
    `ORGANIZER;CN=${PEOPLE.priya.name}:mailto:${PEOPLE.priya.email}`,
    attendee('priya'),
    `ATTENDEE;CN=${OWNER.name}:mailto:${OWNER.email}`,
    'DESCRIPTION:Planning the next trips. Bring maps.',
  ],
  [
    // The April club night moved to a Wednesday.
    'UID:fell-walkers-club-night@demo.example',
    'RECURRENCE-ID;TZID=Europe/London:20250401T193000',
    'DTSTART;TZID=Europe/London:20250402T193000',
    'DTEND;TZID=Europe/London:20250402T213000',
    'SUMMARY:Fell Walkers club night (Wednesday this time)',
    'LOCATION:The Old Duke\\, King Street\\, Bristol',
  ],
  [
    'UID:lena-birthday@demo.example',
    'DTSTART;VALUE=DATE:20190614',
    'DTEND;VALUE=DATE:20190615',
    'RRULE:FREQ=YEARLY',
    `SUMMARY:${PEOPLE.lena.name}’s birthday`,
    'CLASS:PRIVATE',
  ],
  [
    'UID:severn-inspection-2024@demo.example',
    'DTSTART:20240917T080000Z',
    'DTEND:20240917T150000Z',
    'SUMMARY:Bridge inspection',
    'LOCATION:Severn Bridge\\, Aust',
    'GEO:51.6094;-2.6394',
    organizer,
    attendee('dev'),
    'ATTENDEE;CUTYPE=RESOURCE;CN=Inspection van:mailto:van@severn-structures.example',
    'DESCRIPTION:Cable band survey\\, south tower. Hard hats and harnesses.',
    'URL:https://severn-structures.example/jobs/2024-017',
  ],
  [
    'UID:lisbon-2025@demo.example',
    'DTSTART;VALUE=DATE:20250522',
    'DTEND;VALUE=DATE:20250527',
    'SUMMARY:Lisbon',
    'LOCATION:Lisbon\\, Portugal',
    'CATEGORIES:travel',
    attendee('sam'),
  ],
  [
    'UID:dinner-sam-2025@demo.example',
    'DTSTART:20250912T193000',
    'DTEND:20250912T223000',
    'SUMMARY:Dinner at Sam’s',
    attendee('sam'),
    attendee('lena'),
  ],
];

export async function writeCalendarExport(file: string): Promise<void> {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${OWNER.name}`,
    'X-WR-TIMEZONE:Europe/London',
    ...EVENTS.flatMap((event) => [
      'BEGIN:VEVENT',
      'DTSTAMP:20261101T090000Z',
      ...event,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, crlf(lines));
}

/** Quoted-printable of UTF-8 text, as a vCard 2.1 writer does. */
const quotedPrintable = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      byte >= 33 && byte <= 126 && byte !== 61
        ? String.fromCharCode(byte)
        : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

export async function writeContactsExport(file: string): Promise<void> {
  const { lena, sam, priya, ama } = PEOPLE;
  const cards = [
    [
      'VERSION:2.1',
      `N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable('Fischer;Lena;;;')}`,
      `FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${quotedPrintable(lena.name)}`,
      `EMAIL;PREF;INTERNET:${lena.email}`,
      `X-TWITTER:@${lena.twitter}`,
      'NICKNAME:Lenchen',
    ],
    [
      'VERSION:3.0',
      `N:Ortega;Sam;;;`,
      `FN:${sam.name}`,
      `EMAIL;type=INTERNET;type=HOME;type=pref:${sam.email}`,
      `item1.URL;type=pref:https://mastodon.example/@${sam.mastodon.split('@')[0]}`,
      'item1.X-ABLabel:_$!<HomePage>!$_',
      'X-SOCIALPROFILE;type=instagram:https://instagram.com/sam.ortega.draws',
    ],
    [
      'VERSION:3.0',
      `FN:${priya.name}`,
      `EMAIL;TYPE=INTERNET:${priya.email}`,
      'TEL;TYPE=CELL:+44 7700 900123',
    ],
    [
      'VERSION:4.0',
      `FN:${ama.name}`,
      `EMAIL;TYPE=work:${ama.email}`,
      'URL:https://bsky.app/profile/ama-builds.bsky.example',
    ],
  ];
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, crlf(cards.flatMap((card) => ['BEGIN:VCARD', ...card, 'END:VCARD'])));
}
