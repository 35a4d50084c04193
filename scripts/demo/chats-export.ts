/**
 * The demo's WhatsApp chat with Sam and a few days of Spotify listening, written as the
 * services export them: WhatsApp's iOS "Export chat" (`_chat.txt`, `[dd/mm/yyyy, hh:mm:ss]
 * Name: text` lines in local time, direction marks before WhatsApp's own text, an attached
 * photo drawn by draw.ts) and Spotify's extended streaming history
 * (`Streaming_History_Audio_2025_0.json`, `ts` the end of each play in UTC). Made up by hand.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { drawPhoto } from './draw.ts';

const LRM = '\u200e';

/** Lines of the chat: [dd/mm/yyyy, hh:mm:ss, sender, text]; the photo's line names its file. */
const CHAT: [string, string, 'Robin Ashby' | 'Sam Ortega', string][] = [
  [
    '14/06/2025',
    '09:12:04',
    'Sam Ortega',
    `${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`,
  ],
  ['14/06/2025', '09:12:04', 'Sam Ortega', 'Are we still on for the harbour walk?'],
  ['14/06/2025', '09:15:40', 'Robin Ashby', 'Yes! Meet at the M Shed at 11?'],
  ['14/06/2025', '09:16:02', 'Sam Ortega', 'Perfect. I will bring the good coffee'],
  [
    '14/06/2025',
    '13:48:31',
    'Robin Ashby',
    `${LRM}<attached: 00000004-PHOTO-2025-06-14-13-48-31.jpg>`,
  ],
  [
    '14/06/2025',
    '13:49:10',
    'Sam Ortega',
    'The cranes look better in your photo than in real life',
  ],
  [
    '14/06/2025',
    '13:50:22',
    'Robin Ashby',
    'Everything looks better after two flat whites\nand a pasty',
  ],
  ['15/06/2025', '20:05:13', 'Sam Ortega', 'Thanks for today. Same again next month?'],
  ['15/06/2025', '20:30:47', 'Robin Ashby', 'Definitely. Your turn to choose the route'],
  ['15/06/2025', '20:31:02', 'Robin Ashby', `${LRM}This message was deleted.`],
  [
    '02/07/2025',
    '18:44:09',
    'Sam Ortega',
    'Route chosen: Leigh Woods and back over the bridge. Saturday?',
  ],
  [
    '02/07/2025',
    '18:52:55',
    'Robin Ashby',
    'Over the bridge! You know me too well. Saturday it is',
  ],
];

/** Plays: [start in UTC, minutes, track, artist]; the export records when each ended. */
const PLAYS: [string, number, string, string][] = [
  ['2025-06-14T07:40:00Z', 4.2, 'Harbour Lights', 'The Brunel Quartet'],
  ['2025-06-14T07:45:00Z', 3.6, 'Iron and Stone', 'The Brunel Quartet'],
  ['2025-06-14T07:49:00Z', 5.1, 'Suspension', 'Clifton Drift'],
  ['2025-06-14T21:10:00Z', 6.8, 'Low Tide Nocturne', 'Avon Strings'],
  ['2025-06-15T08:05:00Z', 0.2, 'Iron and Stone', 'The Brunel Quartet'],
  ['2025-06-15T08:06:00Z', 3.9, 'Morning Over the Gorge', 'Clifton Drift'],
  ['2025-06-15T08:10:00Z', 4.4, 'Suspension', 'Clifton Drift'],
  ['2025-06-15T08:15:00Z', 3.3, 'Cables', 'Clifton Drift'],
  ['2025-07-02T17:20:00Z', 4.0, 'Leigh Woods', 'Avon Strings'],
  ['2025-07-02T17:24:00Z', 4.5, 'Harbour Lights', 'The Brunel Quartet'],
];

export async function writeWhatsAppExport(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  const chat = path.join(folder, 'WhatsApp Chat - Sam Ortega');
  await mkdir(chat, { recursive: true });
  const lines = CHAT.map(([day, time, sender, text]) => {
    const mark = text.startsWith(LRM) ? LRM : '';
    return `${mark}[${day}, ${time}] ${sender}: ${text.replace(/\n/g, '\r\n')}`;
  });
  await writeFile(path.join(chat, '_chat.txt'), `${lines.join('\r\n')}\r\n`);
  await writeFile(
    path.join(chat, '00000004-PHOTO-2025-06-14-13-48-31.jpg'),
    // WhatsApp sends photos without their EXIF: no time, no place.
    await drawPhoto({ scene: 'harbour', seed: 20250614 }),
  );
}

export async function writeSpotifyExport(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  const history = path.join(folder, 'Spotify Extended Streaming History');
  await mkdir(history, { recursive: true });
  const plays = PLAYS.map(([start, minutes, track, artist]) => {
    const ms = Math.round(minutes * 60000);
    return {
      ts: new Date(Date.parse(start) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      platform: 'android',
      ms_played: ms,
      conn_country: 'GB',
      ip_addr: '192.0.2.1',
      master_metadata_track_name: track,
      master_metadata_album_artist_name: artist,
      master_metadata_album_album_name: artist,
      spotify_track_uri: null,
      episode_name: null,
      episode_show_name: null,
      spotify_episode_uri: null,
      reason_start: 'trackdone',
      reason_end: ms < 30000 ? 'fwdbtn' : 'trackdone',
      shuffle: false,
      skipped: ms < 30000,
      offline: false,
      offline_timestamp: null,
      incognito_mode: false,
    };
  });
  await writeFile(
    path.join(history, 'Streaming_History_Audio_2025_0.json'),
    `${JSON.stringify(plays, null, 2)}\n`,
  );
}
