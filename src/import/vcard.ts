/**
 * vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350) read with ical.js, one card at a time so a bad
 * card costs only itself. ical.js reads 3.0 and 4.0; vCard 2.1 (Outlook, Android, older
 * phones) is first brought to 3.0's shape here: quoted-printable values (soft line breaks
 * `=` at the end of a line, `CHARSET=`) decoded, and bare parameters (`TEL;WORK;VOICE`,
 * `PHOTO;JPEG;BASE64`) written as `TYPE=` and `ENCODING=b`.
 */
import ICAL from 'ical.js';

type Component = InstanceType<typeof ICAL.Component>;

/** The text of each card (`BEGIN:VCARD` … `END:VCARD`, any case), in order. */
export function cardBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] | undefined;
  // Blank lines mean nothing inside a card (iOS ends lines with CR CR LF): left out, so the
  // folded lines after them still continue their property.
  for (const line of text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '')) {
    if (/^BEGIN:VCARD\s*$/i.test(line)) current = [];
    if (current) current.push(line);
    if (/^END:VCARD\s*$/i.test(line) && current) {
      blocks.push(current.join('\r\n'));
      current = undefined;
    }
  }
  return blocks;
}

/** One card as ical.js's component; throws with ical.js's message when it cannot be read. */
export function parseCard(block: string): Component {
  const jcal = ICAL.parse(`${normalize(block)}\r\n`) as unknown[];
  return new ICAL.Component((Array.isArray(jcal[0]) ? jcal[0] : jcal) as unknown[]);
}

const isQuotedPrintable = (head: string) => /;(ENCODING=)?QUOTED-PRINTABLE(?=;|$)/i.test(head);

/** A 2.1 card in 3.0's shape; a 3.0 or 4.0 card as it is, but for bare parameters. */
function normalize(block: string): string {
  const lines = block.split('\r\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!;
    const colon = headEnd(line);
    if (colon < 0) {
      out.push(line);
      continue;
    }
    let head = line.slice(0, colon);
    let value = line.slice(colon + 1);
    if (isQuotedPrintable(head)) {
      // A soft line break: the value goes on in the next line, which is not indented.
      while (value.endsWith('=') && index + 1 < lines.length)
        value = value.slice(0, -1) + lines[++index];
      const charset = /;CHARSET=([^;:]+)/i.exec(head)?.[1] ?? 'utf-8';
      value = escapeText(decodeQuotedPrintable(value, charset));
    }
    head = head
      .split(';')
      .map((part, position) => (position === 0 ? part : parameter(part)))
      .filter((part) => part !== '')
      .join(';');
    line = `${head}:${value}`;
    out.push(line);
  }
  return out.join('\r\n');
}

/** Where the property's name and parameters end: the first `:` outside double quotes. */
function headEnd(line: string): number {
  if (/^\s/.test(line)) return -1;
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    if (line[index] === '"') quoted = !quoted;
    else if (line[index] === ':' && !quoted) return index;
  }
  return -1;
}

function parameter(part: string): string {
  if (/^(ENCODING=)?QUOTED-PRINTABLE$/i.test(part) || /^CHARSET=/i.test(part)) return '';
  if (/^(ENCODING=)?BASE64$/i.test(part) || /^ENCODING=B$/i.test(part)) return 'ENCODING=b';
  if (!part.includes('=')) return `TYPE=${part}`;
  return part;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const hex =
      value[index] === '=' ? /^[0-9A-F]{2}/i.exec(value.slice(index + 1, index + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      index += 2;
    } else for (const byte of Buffer.from(value[index]!, 'utf8')) bytes.push(byte);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().replace(/^"|"$/g, ''));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(Uint8Array.from(bytes));
}

/** Decoded text as a 3.0 value: line breaks escaped (`;` and `,` keep their structure). */
const escapeText = (text: string) => text.replace(/\r\n|\r|\n/g, '\\n');
