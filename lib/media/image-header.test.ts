import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isMeasured, readImageHeader } from './image-header';

// Real files, made by sharp, in every format the header reader meets; then damaged ones.
const blank = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({
    create: { width, height, channels, background: { r: 10, g: 120, b: 200, alpha: channels === 4 ? 0.5 : 1 } },
  });

describe('readImageHeader', () => {
  it.each([
    [
      'an RGB PNG',
      () => blank(300, 200).png().toBuffer(),
      { format: 'png', width: 300, height: 200, alpha: false, palette: false },
    ],
    [
      'a PNG with alpha',
      () => blank(17, 9, 4).png().toBuffer(),
      { format: 'png', width: 17, height: 9, alpha: true, palette: false },
    ],
    [
      'a palette PNG',
      () => blank(64, 32).png({ palette: true }).toBuffer(),
      { format: 'png', width: 64, height: 32, alpha: false, palette: true },
    ],
    [
      'a JPEG',
      () => blank(1601, 1203).jpeg().toBuffer(),
      { format: 'jpeg', width: 1601, height: 1203, alpha: false, palette: false },
    ],
    [
      'a progressive JPEG',
      () => blank(640, 480).jpeg({ progressive: true }).toBuffer(),
      { format: 'jpeg', width: 640, height: 480, alpha: false, palette: false },
    ],
    [
      'a lossy WebP',
      () => blank(500, 333).webp().toBuffer(),
      { format: 'webp', width: 500, height: 333, alpha: false, palette: false },
    ],
    [
      'a lossless WebP with alpha',
      () => blank(123, 45, 4).webp({ lossless: true }).toBuffer(),
      { format: 'webp', width: 123, height: 45, alpha: true, palette: false },
    ],
    [
      'a lossy WebP with alpha (VP8X)',
      () => blank(99, 77, 4).webp().toBuffer(),
      { format: 'webp', width: 99, height: 77, alpha: true, palette: false },
    ],
  ])('measures %s', async (_, make, expected) => {
    const header = readImageHeader(await make());
    expect(header).toEqual(expected);
    expect(isMeasured(header)).toBe(true);
  });

  it.each([
    [6, 300, 400],
    [8, 300, 400],
    [5, 300, 400],
    [7, 300, 400],
    [3, 400, 300],
    [2, 400, 300],
    [1, 400, 300],
  ])(
    'measures a 400 × 300 JPEG with EXIF orientation %i as %i × %i, the size a reader sees',
    async (orientation, width, height) => {
      const file = await blank(400, 300).jpeg().withMetadata({ orientation }).toBuffer();
      expect(readImageHeader(file)).toEqual({ format: 'jpeg', width, height, alpha: false, palette: false });
    },
  );

  it.each([
    ['a GIF', () => blank(10, 10).gif().toBuffer(), 'gif'],
    ['an AVIF', () => blank(10, 10).avif().toBuffer(), 'avif'],
    ['a TIFF', () => blank(10, 10).tiff().toBuffer(), 'tiff'],
    ['an SVG', async () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'svg'],
    ['nothing', async () => Buffer.alloc(0), 'unknown'],
    ['text', async () => Buffer.from('not an image at all'), 'unknown'],
    ['a PNG cut after its signature', async () => (await blank(8, 8).png().toBuffer()).subarray(0, 12), 'unknown'],
    [
      'a JPEG cut before its frame header',
      async () => (await blank(8, 8).jpeg().toBuffer()).subarray(0, 20),
      'unknown',
    ],
    [
      'a PNG that claims zero width',
      async () => {
        const png = Buffer.from(await blank(8, 8).png().toBuffer());
        png.writeUInt32BE(0, 16);
        return png;
      },
      'unknown',
    ],
  ])('names %s without measuring it', async (_, make, format) => {
    const header = readImageHeader(await make());
    expect(header).toEqual({ format });
    expect(isMeasured(header)).toBe(false);
  });
});

describe('readImageHeader and EXIF orientation', () => {
  /** A TIFF header and its IFD's entries: Make, then `tag` of `type` and `value`, in either byte order. */
  function tiff(order: 'II' | 'MM', { tag = 0x0112, type = 3, value = 6, entries = 1 } = {}) {
    const b = new Uint8Array(8 + 2 + 12 * entries);
    const v = new DataView(b.buffer);
    const little = order === 'II';
    b.set([order.charCodeAt(0), order.charCodeAt(1)]);
    v.setUint16(2, 42, little);
    v.setUint32(4, 8, little);
    v.setUint16(8, entries, little);
    for (let i = 0; i < entries; i++) {
      const at = 10 + i * 12;
      v.setUint16(at, i === entries - 1 ? tag : 0x010f, little); // Make, then the tag asked for
      v.setUint16(at + 2, i === entries - 1 ? type : 2, little);
      v.setUint32(at + 4, 1, little);
      v.setUint16(at + 8, value, little);
    }
    return b;
  }

  /** A 400 × 300 JPEG whose APP1 segment, right after its start, holds this EXIF block. */
  async function jpegWithExif(block: Uint8Array) {
    const jpeg = await blank(400, 300).jpeg().toBuffer();
    const app1 = Buffer.alloc(4 + 6 + block.length);
    app1.writeUInt16BE(0xffe1, 0);
    app1.writeUInt16BE(2 + 6 + block.length, 2);
    app1.write('Exif\0\0', 4, 'latin1');
    app1.set(block, 10);
    return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
  }
  const size = async (block: Uint8Array) => {
    const header = readImageHeader(await jpegWithExif(block));
    return isMeasured(header) && [header.width, header.height];
  };

  it('reads the orientation in either byte order, after other tags, and turns the size', async () => {
    expect(await size(tiff('II'))).toEqual([300, 400]);
    expect(await size(tiff('MM', { value: 8 }))).toEqual([300, 400]);
    expect(await size(tiff('II', { value: 5, entries: 3 }))).toEqual([300, 400]);
    expect(await size(tiff('MM', { value: 3, entries: 3 }))).toEqual([400, 300]);
  });

  it('keeps the size as stored without the tag, and for a damaged or impossible value', async () => {
    expect(await size(tiff('II', { tag: 0x0110 }))).toEqual([400, 300]);
    expect(await size(tiff('II', { value: 9 }))).toEqual([400, 300]);
    expect(await size(tiff('II', { value: 0 }))).toEqual([400, 300]);
    expect(await size(tiff('II', { type: 4 }))).toEqual([400, 300]);
    expect(await size(Uint8Array.from([0x58, 0x58, 0, 42, 0, 0, 0, 8]))).toEqual([400, 300]);
    // The IFD claims entries the block does not hold.
    expect(await size(tiff('II', { entries: 2 }).subarray(0, 20))).toEqual([400, 300]);
    expect(await size(new Uint8Array(4))).toEqual([400, 300]);
  });
});
