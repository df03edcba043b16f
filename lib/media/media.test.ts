import { describe, expect, it } from 'vitest';
import {
  coverCrops,
  coverSizeProblem,
  fallbackFormat,
  fileStem,
  localImageName,
  mediaOf,
  nameHash,
  scaledHeight,
  srcset,
  variantName,
  variantWidths,
} from './media';

const HASH = 'ab'.repeat(32);
const header = (width: number, height: number, alpha = false, palette = false) =>
  ({ format: 'png', width, height, alpha, palette }) as const;

describe('variantWidths', () => {
  it.each([
    [2400, [480, 720, 1080, 1440]],
    [1440, [480, 720, 1080, 1440]],
    [1441, [480, 720, 1080, 1440]],
    [1200, [480, 720, 1080, 1200]],
    [720, [480, 720]],
    [600, [480, 600]],
    [480, [480]],
    [100, [100]],
  ])('an image %i px wide → %j', (width, expected) => {
    expect(variantWidths(width)).toEqual(expected);
  });

  it.each([0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a width of %s', (width) => {
    expect(() => variantWidths(width)).toThrow(/positive whole number/);
  });

  it('refuses an empty list of widths', () => {
    expect(() => variantWidths(100, [])).toThrow(/no widths/);
  });
});

describe('scaledHeight', () => {
  it.each([
    [1440, 2400, 1600, 960],
    [480, 2400, 1600, 320],
    [333, 1000, 1, 1],
    [720, 1441, 600, 300],
  ])('%i wide from %i×%i → %i high', (width, w, h, expected) => {
    expect(scaledHeight(width, { width: w, height: h })).toBe(expected);
  });

  it('refuses a header without pixels', () => {
    expect(() => scaledHeight(100, { width: 0, height: 10 })).toThrow(/positive whole number/);
  });
});

describe('fallbackFormat', () => {
  it.each([
    [false, false, 'jpeg'],
    [true, false, 'png'],
    [false, true, 'png'],
    [true, true, 'png'],
  ] as const)('alpha %s, palette %s → %s', (alpha, palette, expected) => {
    expect(fallbackFormat({ alpha, palette })).toBe(expected);
  });
});

describe('file names', () => {
  it.each([
    ['photo.png', 'photo'],
    ['My Photo (final).JPG', 'my-photo-final'],
    ['ÜBER.png', 'ber'],
    ['...png', 'image'],
    ['a'.repeat(60) + '.png', 'a'.repeat(40)],
  ])('fileStem(%j) → %j', (name, stem) => {
    expect(fileStem(name)).toBe(stem);
  });

  it('names a file by stem, hash, width and format', () => {
    expect(variantName('photo', '0123456789', 720, 'avif')).toBe('photo-0123456789-720.avif');
    expect(variantName('photo', '0123456789', 'cover-16x9', 'jpeg')).toBe('photo-0123456789-cover-16x9.jpg');
  });

  it.each([
    ['Bad Stem', '0123456789', 720, 'avif', /not a file stem/],
    ['photo', 'xyz', 720, 'avif', /not a 10-digit name hash/],
    ['photo', '0123456789', 0, 'avif', /positive whole number/],
    ['photo', '0123456789', 720, 'gif', /unknown format/],
  ] as const)('refuses %j %j %j %j', (stem, hash, size, format, error) => {
    expect(() => variantName(stem, hash, size as number, format as 'avif')).toThrow(error);
  });

  it('changes the hash when the bytes or the encoder settings change', () => {
    expect(nameHash(HASH)).toMatch(/^[0-9a-f]{10}$/);
    expect(nameHash(HASH)).toBe(nameHash(HASH));
    expect(nameHash('cd'.repeat(32))).not.toBe(nameHash(HASH));
    expect(nameHash(HASH, { avif: { quality: 51 } })).not.toBe(nameHash(HASH));
    expect(() => nameHash('not-hex')).toThrow(/hex digest/);
  });
});

describe('srcset', () => {
  it('lists the files narrowest first with their widths', () => {
    expect(
      srcset([
        { path: '/media/b.avif', width: 720 },
        { path: '/media/a.avif', width: 480 },
      ]),
    ).toBe('/media/a.avif 480w, /media/b.avif 720w');
  });

  it.each([[[]], [[{ path: '/media/a.avif', width: 0 }]]])('refuses %j', (variants) => {
    expect(() => srcset(variants)).toThrow();
  });
});

describe('mediaOf', () => {
  const media = mediaOf({ path: '/abs/photo.png', name: 'photo.png', hash: HASH, header: header(2400, 1600) });

  it('offers AVIF, then WebP, then a JPEG fallback for a photograph, each at every width', () => {
    expect(media.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(media.fallback).toBe('jpeg');
    expect(media.variants).toHaveLength(12);
    expect(new Set(media.variants.map((v) => v.file)).size).toBe(12);
    expect(media.variants.every((v) => v.path === `/media/${v.file}` && v.source === '/abs/photo.png')).toBe(true);
  });

  it('declares the size of the largest file, the one the twin and feed link to', () => {
    expect([media.width, media.height]).toEqual([1440, 960]);
    expect(media.largest).toMatchObject({ width: 1440, height: 960, format: 'jpeg' });
    expect(media.img.src).toBe(media.largest.path);
    expect(media.img.srcset.split(', ').map((s) => s.split(' ')[1])).toEqual(['480w', '720w', '1080w', '1440w']);
  });

  it('keeps PNG for a graphic with transparency', () => {
    const graphic = mediaOf({ path: '/abs/d.png', name: 'd.png', hash: HASH, header: header(1600, 900, true) });
    expect(graphic.fallback).toBe('png');
    expect(graphic.largest.file).toMatch(/^d-[0-9a-f]{10}-1440\.png$/);
  });
});

describe('cover crops', () => {
  it.each([
    [1200, 1200, undefined],
    [2400, 1600, undefined],
    [1600, 900, /1600×900 px, too small/],
    [1199, 4000, /1199×4000 px, too small/],
  ])('%i×%i', (width, height, problem) => {
    const found = coverSizeProblem({ width, height });
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });

  it('cuts the four sizes Open Graph and Article markup ask for', () => {
    const crops = coverCrops({ path: '/abs/p.jpg', name: 'p.jpg', hash: HASH, header: header(2400, 1600) });
    expect(Object.values(crops).map((c) => [c.width, c.height, c.crop, c.format])).toEqual([
      [1200, 630, true, 'jpeg'],
      [1200, 675, true, 'jpeg'],
      [1200, 900, true, 'jpeg'],
      [1200, 1200, true, 'jpeg'],
    ]);
  });

  it('refuses an image too small to crop', () => {
    expect(() => coverCrops({ path: '/a', name: 'a.png', hash: HASH, header: header(800, 800) })).toThrow(/too small/);
  });
});

describe('localImageName', () => {
  it.each([
    ['./photo.png', 'photo.png'],
    ['./my%20photo.png', 'my photo.png'],
    ['./bad%zz.png', 'bad%zz.png'],
    ['photo.png', undefined],
    ['./img/photo.png', undefined],
    ['../photo.png', undefined],
    ['/photo.png', undefined],
    ['https://example.com/photo.png', undefined],
    ['./photo.png?x=1', undefined],
  ])('%j → %j', (url, name) => {
    expect(localImageName(url)).toBe(name);
  });
});
