import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { safeExtension, sniffBytes } from '../../src/archive/file-kind.ts';
import { syntheticMedia } from '../helpers/media-bytes.ts';
import {
  HTML_BYTES,
  jpegBytes,
  JS_BYTES,
  PDF_BYTES,
  SVG_BYTES,
  XML_BYTES,
} from '../helpers/hostile-media.ts';

const bytes = (text: string) => Buffer.from(text);

describe('a file’s type from its bytes', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, string, string][] = [
    ['a JPEG', jpegBytes, 'image', 'jpg'],
    ['an MP4', () => syntheticMedia('mp4', 'clip'), 'video', 'mp4'],
    ['an M4A', () => syntheticMedia('m4a', 'memo'), 'audio', 'm4a'],
    ['a PDF', () => bytes(PDF_BYTES), 'file', 'pdf'],
    ['HTML', () => bytes(HTML_BYTES), 'file', 'bin'],
    ['SVG', () => bytes(SVG_BYTES), 'file', 'bin'],
    ['XML and XHTML', () => bytes(XML_BYTES), 'file', 'bin'],
    ['JavaScript', () => bytes(JS_BYTES), 'file', 'bin'],
    ['an empty file', () => Buffer.alloc(0), 'file', 'bin'],
  ];
  for (const [name, make, kind, extension] of cases)
    it(`reads ${name} as ${kind === 'file' ? 'a file' : `a ${kind}`} stored as .${extension}`, async () => {
      assert.deepEqual(await sniffBytes(await make()), { kind, extension });
    });

  it('keeps a name of the kind the bytes are, and gives any other name the bytes’ extension', () => {
    const jpeg = { kind: 'image', extension: 'jpg' } as const;
    const html = { kind: 'file', extension: 'bin' } as const;
    assert.equal(safeExtension('IMG_1.JPEG', jpeg), 'jpeg');
    assert.equal(safeExtension('x.html', jpeg), 'jpg');
    assert.equal(safeExtension('clip.mov', { kind: 'video', extension: 'mp4' }), 'mov');
    assert.equal(safeExtension('clip.mp4', html), 'bin');
    assert.equal(safeExtension('invoice.html', html), 'bin');
    assert.equal(safeExtension('no-extension', jpeg), 'jpg');
  });
});
