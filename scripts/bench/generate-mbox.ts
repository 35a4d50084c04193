/** A synthetic mbox of N messages (~2 KB each, every 50th with a 200 KB attachment), for the mail benchmark. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';

export async function generateMbox(file: string, count: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const attachment = Buffer.alloc(200 * 1024, 7)
    .toString('base64')
    .replace(/.{76}/g, '$&\n');
  for (let index = 0; index < count; index++) {
    const date = new Date(Date.UTC(2010, 0, 1) + index * 3_600_000);
    const body = `Message ${index}. ${'The quick brown fox jumps over the lazy dog. '.repeat(30)}\nFrom the desk of nobody.\n`;
    const withFile = index % 50 === 0;
    const message = [
      `From sender${index % 97}@example.org ${date.toUTCString().replace(/^(\w{3}), (\d{2}) (\w{3}) (\d{4}) (\S+) GMT$/, '$1 $3 $2 $5 $4')}`,
      `Message-ID: <m${index}@bench.example>`,
      index > 0 && index % 5 ? `In-Reply-To: <m${index - 1}@bench.example>` : '',
      `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
      `From: Sender ${index % 97} <sender${index % 97}@example.org>`,
      'To: Me <me@example.org>',
      `Subject: Bench message ${index}`,
      `X-Gmail-Labels: Inbox,Label${index % 13}`,
      'MIME-Version: 1.0',
      withFile
        ? 'Content-Type: multipart/mixed; boundary="b"'
        : 'Content-Type: text/plain; charset=utf-8',
      '',
      withFile
        ? `--b\nContent-Type: text/plain; charset=utf-8\n\n${body}\n--b\nContent-Type: application/octet-stream; name="data.bin"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="data.bin"\n\n${attachment}\n--b--\n`
        : body.replace(/^From /gm, '>From '),
      '',
    ]
      .filter((line, position) => line !== '' || position > 3)
      .join('\n');
    if (!out.write(message)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
