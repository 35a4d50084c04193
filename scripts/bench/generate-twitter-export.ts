/**
 * A synthetic Twitter/X archive folder with N tweets in the 2019+ layout (data/tweets.js,
 * data/account.js), for measuring import throughput. Deterministic.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { pick, random } from '../random.ts';

const WORDS =
  'morning walk harbour river light coffee train city friend garden bread music book rain sun market bridge street evening letter project idea mountain sea road photo song kitchen soup holiday station museum library'.split(
    ' ',
  );
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export async function generateTwitterExport(folder: string, count: number): Promise<void> {
  const next = random(42);
  await mkdir(path.join(folder, 'data'), { recursive: true });
  await writeFile(
    path.join(folder, 'data', 'account.js'),
    `window.YTD.account.part0 = [ { "account" : { "username" : "bench_user", "accountId" : "1" } } ]\n`,
  );
  const start = Date.UTC(2010, 0, 1);
  const tweets: string[] = [];
  for (let index = 0; index < count; index++) {
    const date = new Date(start + index * 4_700_000 + Math.floor(next() * 600_000));
    const created = `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, '0')} ${date.toISOString().slice(11, 19)} +0000 ${date.getUTCFullYear()}`;
    const words = Array.from({ length: 6 + Math.floor(next() * 30) }, () => pick(next, WORDS));
    const tag = pick(next, WORDS);
    const id = String(1_000_000_000_000 + index);
    const reply =
      index > 0 && next() < 0.2
        ? `"in_reply_to_status_id_str" : "${1_000_000_000_000 + index - 1}", "in_reply_to_screen_name" : "bench_user",`
        : '';
    const link = next() < 0.3 ? ' https://t.co/x' + index : '';
    const urls = link
      ? `{ "url" : "https://t.co/x${index}", "expanded_url" : "https://example.org/${tag}/${index}", "display_url" : "example.org/${tag}" }`
      : '';
    tweets.push(`  {
    "tweet" : {
      "retweeted" : false,
      "entities" : { "hashtags" : [ { "text" : "${tag}" } ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ${urls} ] },
      "id_str" : "${id}", "id" : "${id}", ${reply}
      "created_at" : "${created}",
      "full_text" : "${words.join(' ')} &amp; more #${tag}${link}",
      "lang" : "en"
    }
  }`);
  }
  await writeFile(
    path.join(folder, 'data', 'tweets.js'),
    `window.YTD.tweets.part0 = [\n${tweets.join(',\n')}\n]\n`,
  );
}
