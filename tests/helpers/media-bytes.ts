/**
 * Synthetic media that start with a real format's magic number, so the writer, which decides a
 * file's type from its bytes, sees them as what their names say.
 */
const MAGIC = {
  jpg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00],
  // An ISO base media file: `ftyp` box, brand isom.
  mp4: [0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')],
  m4a: [0, 0, 0, 0x18, ...Buffer.from('ftypM4A '), 0, 0, 2, 0, ...Buffer.from('M4A isom')],
};

export function syntheticMedia(format: keyof typeof MAGIC, label: string): Buffer {
  return Buffer.concat([Buffer.from(MAGIC[format]), Buffer.from(`synthetic media: ${label}`)]);
}
