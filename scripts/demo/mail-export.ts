/**
 * Robin's mail as Google Takeout writes it: one mbox, each message with the envelope line,
 * Gmail's labels and thread id, Message-ID, In-Reply-To and References; each reply quotes the
 * message it answers under "On … wrote:", and each sender signs with their signature.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { inZone } from '../../src/archive/dates.ts';
import { OWNER, PEOPLE, type PersonKey } from './cast.ts';
import { type Calendar, rfc2822 } from './calendar.ts';
import { MAIL, SPAM } from './mail.ts';

type Who = PersonKey | 'robin';

const nameOf = (who: Who) => (who === 'robin' ? OWNER.name : PEOPLE[who].name);
const emailOf = (who: Who) => (who === 'robin' ? OWNER.email : PEOPLE[who].email);
const address = (who: Who) => `${nameOf(who)} <${emailOf(who)}>`;
const signatureOf = (who: Who) =>
  who === 'robin' ? 'Robin Ashby\nhttps://robin.example/' : PEOPLE[who].signature;

/**
 * Where each correspondent was when they wrote: Ama's times are written in Vancouver's (she
 * moved in 2025), everyone else's in Bristol's; Lena and Jonas date their mail in Germany's.
 */
function zoneOf(who: Who, when: string): { written: string; sent: string } {
  if (who === 'ama' && when >= '2025-02')
    return { written: 'America/Vancouver', sent: 'America/Vancouver' };
  if (who === 'lena' || who === 'jonas') return { written: 'Europe/London', sent: 'Europe/Berlin' };
  return { written: 'Europe/London', sent: 'Europe/London' };
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** `Sun, 10 Feb 2019 at 20:14` for the quote line. */
const quoteDate = (iso: string) => {
  const [weekday, day, month, year, time] = rfc2822(iso).replace(',', '').split(' ');
  return `${weekday}, ${day} ${month} ${year} at ${time!.slice(0, 5)}`;
};

function envelope(iso: string, id: string): string {
  const utc = new Date(Date.parse(iso)).toUTCString().replace(',', '').split(' ');
  const [weekday, day, month, year, time] = utc;
  return `From ${BigInt(`0x${id.slice(0, 15)}`)}@xxx ${weekday} ${month} ${day} ${time} +0000 ${year}`;
}

function message(headers: [string, string][], body: string): string {
  // mboxrd: a body line starting "From " gains a ">".
  const escaped = body.replace(/^(>*From )/gm, '>$1');
  return `${headers.map(([key, value]) => `${key}: ${value}`).join('\n')}\n\n${escaped}\n`;
}

export async function writeMbox(file: string, calendar: Calendar): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const out: string[] = [];
  for (const thread of MAIL) {
    const ids: string[] = [];
    const threadId = String(BigInt(`0x${hash(thread.subject).slice(0, 14)}`));
    let previous: { text: string; date: string; from: Who } | undefined;
    for (const [index, mail] of thread.messages.entries()) {
      const zones = zoneOf(mail.from, mail.when);
      const date = inZone(calendar.date(mail.when, zones.written), zones.sent);
      const id = `${hash(`${thread.subject}\n${index}`).slice(0, 24)}@${emailOf(mail.from)!.split('@')[1]}`;
      const text = `${mail.body}\n\n-- \n${signatureOf(mail.from)}`;
      const quoted = previous
        ? `\n\nOn ${quoteDate(previous.date)}, ${address(previous.from)} wrote:\n${previous.text
            .split('\n')
            .map((line) => (line.startsWith('>') ? `>${line}` : `> ${line}`).trimEnd())
            .join('\n')}`
        : '';
      const labels = [mail.from === 'robin' ? 'Sent' : 'Inbox', 'Opened', ...(thread.labels ?? [])];
      const headers: [string, string][] = [
        ['X-GM-THRID', threadId],
        ['X-Gmail-Labels', labels.join(',')],
        ['MIME-Version', '1.0'],
        ['Date', rfc2822(date)],
        ['Message-ID', `<${id}>`],
        ['Subject', index === 0 ? thread.subject : `Re: ${thread.subject}`],
        ['From', address(mail.from)],
        ['To', mail.to.map(address).join(', ')],
      ];
      if (mail.cc) headers.push(['Cc', mail.cc.map(address).join(', ')]);
      if (ids.length > 0)
        headers.push(
          ['In-Reply-To', `<${ids.at(-1)}>`],
          ['References', ids.map((one) => `<${one}>`).join(' ')],
        );
      headers.push(
        ['Content-Type', 'text/plain; charset="UTF-8"'],
        ['Content-Transfer-Encoding', '8bit'],
      );
      out.push(`${envelope(date, hash(id))}\n${message(headers, text + quoted)}`);
      ids.push(id);
      previous = { text: text + quoted, date, from: mail.from };
    }
  }
  const spamDate = calendar.date(SPAM.when);
  out.push(
    `${envelope(spamDate, hash(SPAM.subject))}\n${message(
      [
        ['X-Gmail-Labels', 'Spam'],
        ['Date', rfc2822(spamDate)],
        ['Message-ID', `<${hash(SPAM.subject).slice(0, 24)}@lottery.example>`],
        ['Subject', SPAM.subject],
        ['From', SPAM.from],
        ['To', OWNER.email],
        ['Content-Type', 'text/plain; charset="UTF-8"'],
      ],
      SPAM.body,
    )}`,
  );
  await writeFile(file, out.join('\n'));
}
