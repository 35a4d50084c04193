/**
 * Synthetic JPEGs carrying the EXIF and XMP a test asks for, written by hand after the
 * formats' documents (CIPA DC-008 Exif 2.32: a little-endian TIFF structure in an APP1
 * segment; Adobe XMP Part 3: an APP1 segment named by the XMP namespace), so a test can hold
 * exactly the bytes a camera or editor writes: NUL padding, UCS-2 Windows fields, UserComment.
 */
import sharp from 'sharp';

export interface ExifField {
  tag: number;
  /** 1 BYTE, 2 ASCII, 7 UNDEFINED. */
  type: 1 | 2 | 7;
  bytes: Buffer;
}

/** An ASCII field, NUL-terminated as EXIF wants (pass a string with its own NULs to test them). */
export const ascii = (tag: number, text: string): ExifField => ({
  tag,
  type: 2,
  bytes: Buffer.from(`${text}\0`, 'latin1'),
});

/** A Windows XP field (XPTitle 0x9c9b, XPComment 0x9c9c): UCS-2 little-endian, NUL-terminated. */
export const xp = (tag: number, text: string): ExifField => ({
  tag,
  type: 1,
  bytes: Buffer.from(`${text}\0`, 'utf16le'),
});

/** UserComment (0x9286): 8 bytes naming the code, then the text. */
export const userComment = (text: string, code: 'ASCII' | 'UNICODE' = 'ASCII'): ExifField => ({
  tag: 0x9286,
  type: 7,
  bytes: Buffer.concat([
    Buffer.from(code.padEnd(8, '\0'), 'latin1'),
    Buffer.from(text, code === 'ASCII' ? 'latin1' : 'utf16le'),
  ]),
});

export const TAGS = {
  ImageDescription: 0x010e,
  Make: 0x010f,
  Model: 0x0110,
  DateTime: 0x0132,
  XPTitle: 0x9c9b,
  XPComment: 0x9c9c,
  DateTimeOriginal: 0x9003,
  CreateDate: 0x9004,
  OffsetTime: 0x9010,
  OffsetTimeOriginal: 0x9011,
  OffsetTimeDigitized: 0x9012,
} as const;

/** A little-endian TIFF structure: IFD0 and, when given, the Exif IFD it points to. */
function tiff(ifd0: ExifField[], exif: ExifField[]): Buffer {
  const withPointer = exif.length > 0 ? ifd0.length + 1 : ifd0.length;
  const ifd0Size = 2 + 12 * withPointer + 4;
  const exifSize = exif.length > 0 ? 2 + 12 * exif.length + 4 : 0;
  let data = 8 + ifd0Size + exifSize;
  const chunks: Buffer[] = [];
  const ifd = (fields: ExifField[], pointer?: number) => {
    const sorted = [...fields].sort((a, b) => a.tag - b.tag);
    const count = sorted.length + (pointer === undefined ? 0 : 1);
    const out = Buffer.alloc(2 + 12 * count + 4);
    out.writeUInt16LE(count, 0);
    const entries: [number, number, number, Buffer | number][] = sorted.map((field) => [
      field.tag,
      field.type,
      field.bytes.length,
      field.bytes,
    ]);
    if (pointer !== undefined) entries.push([0x8769, 4, 1, pointer]);
    entries.sort((a, b) => a[0] - b[0]);
    entries.forEach(([tag, type, length, value], index) => {
      const at = 2 + 12 * index;
      out.writeUInt16LE(tag, at);
      out.writeUInt16LE(type, at + 2);
      out.writeUInt32LE(length, at + 4);
      if (typeof value === 'number') out.writeUInt32LE(value, at + 8);
      else if (value.length <= 4) value.copy(out, at + 8);
      else {
        out.writeUInt32LE(data, at + 8);
        chunks.push(value);
        data += value.length;
      }
    });
    return out;
  };
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  const first = ifd(ifd0, exif.length > 0 ? 8 + ifd0Size : undefined);
  const second = exif.length > 0 ? ifd(exif) : Buffer.alloc(0);
  return Buffer.concat([header, first, second, ...chunks]);
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** An 8×8 JPEG (its colour makes its bytes distinct) with the EXIF fields and XMP packet given. */
export async function exifJpeg(
  options: { ifd0?: ExifField[]; exif?: ExifField[]; xmp?: string; colour?: string } = {},
): Promise<Buffer> {
  const jpeg = await sharp({
    create: { width: 8, height: 8, channels: 3, background: options.colour ?? '#808080' },
  })
    .jpeg()
    .toBuffer();
  const segments: Buffer[] = [];
  if (options.ifd0?.length || options.exif?.length)
    segments.push(
      segment(
        0xffe1,
        Buffer.concat([
          Buffer.from('Exif\0\0', 'latin1'),
          tiff(options.ifd0 ?? [], options.exif ?? []),
        ]),
      ),
    );
  if (options.xmp)
    segments.push(
      segment(
        0xffe1,
        Buffer.concat([
          Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'),
          Buffer.from(options.xmp),
        ]),
      ),
    );
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** An XMP packet with a dc:description and dc:title. */
export function xmpPacket(description: string, title?: string): string {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${text}</rdf:li></rdf:Alt>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${alt(description)}</dc:description>${title ? `<dc:title>${alt(title)}</dc:title>` : ''}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}
