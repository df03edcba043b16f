import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAsset } from '@/lib/content/files';
import { isMeasured } from '@/lib/media/image-header';
import { coverCrops, mediaOf, type Variant } from './media';
import { encodeKey, optimizedImage } from './optimize-image';

// Real encodes with sharp, into a cache folder of the test's own; IMAGE_ENCODE_LOG counts them.
let dir = '';
let log = '';
let photo: ReturnType<typeof mediaOf>;
let crops: ReturnType<typeof coverCrops>;
const encodes = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'optimize-'));
  log = join(dir, 'encodes.log');
  writeFileSync(log, '');
  process.env.IMAGE_ENCODE_LOG = log;
  const file = join(dir, 'photo.png');
  const pixels = Buffer.alloc(1500 * 1300 * 3, 0).map((_, i) => (i * 7919) % 251);
  await sharp(pixels, { raw: { width: 1500, height: 1300, channels: 3 } })
    .png()
    .toFile(file);
  const asset = readAsset(file, 'photo.png');
  if (!isMeasured(asset.header)) throw new Error('the test photo did not measure');
  const source = { path: file, name: asset.name, hash: asset.hash, header: asset.header };
  photo = mediaOf(source);
  crops = coverCrops(source);
});

afterAll(() => {
  delete process.env.IMAGE_ENCODE_LOG;
  rmSync(dir, { recursive: true, force: true });
});

// Encoding AVIF is CPU-bound: 30 s a test rather than 5, so a busy two-core machine (a build beside
// the tests) does not time out work that is only slow.
describe('optimizedImage', { timeout: 30_000 }, () => {
  it('encodes each file at its size and in its format', async () => {
    const cache = join(dir, 'cache-a');
    for (const v of [...photo.variants.filter((v) => v.width === 480), crops['1x1']]) {
      const meta = await sharp(await optimizedImage(v, cache)).metadata();
      expect([meta.width, meta.height, meta.format], v.file).toEqual([
        v.width,
        v.height,
        v.format === 'avif' ? 'heif' : v.format,
      ]);
    }
  });

  it('encodes once: a second build with the same inputs reads every file from the cache', async () => {
    const cache = join(dir, 'cache-b');
    // The narrowest files and one crop: enough to count, and quick on a shared machine.
    const files: Variant[] = [...photo.variants.filter((v) => v.width === 480), crops.og];
    writeFileSync(log, '');
    const first = await Promise.all(files.map((v) => optimizedImage(v, cache)));
    expect(encodes()).toHaveLength(files.length);
    writeFileSync(log, '');
    const second = await Promise.all(files.map((v) => optimizedImage(v, cache)));
    expect(encodes()).toEqual([]);
    expect(second.map((b) => b.length)).toEqual(first.map((b) => b.length));
  }, 30_000);

  it('encodes a file once when it is asked for again while being encoded (a route Next.js retried)', async () => {
    const cache = join(dir, 'cache-retry');
    const v = photo.variants[0]!;
    let runs = 0;
    let finish: (bytes: Buffer) => void = () => {};
    const slow = () => {
      runs++;
      return new Promise<Buffer>((resolve) => (finish = resolve));
    };
    const first = optimizedImage(v, cache, slow);
    const again = optimizedImage(v, cache, slow);
    finish(Buffer.from('encoded'));
    expect((await again).toString()).toBe('encoded');
    expect((await first).toString()).toBe('encoded');
    expect(runs).toBe(1);
    // A failed encode is not kept: the next request encodes.
    const crop = crops['4x3'];
    await expect(optimizedImage(crop, cache, () => Promise.reject(new Error('out of memory')))).rejects.toThrow();
    expect((await optimizedImage(crop, cache, async () => Buffer.from('second try'))).toString()).toBe('second try');
  });

  it('keys each file by everything its bytes depend on', () => {
    const v = photo.variants[0]!;
    expect(encodeKey(v)).toBe(encodeKey({ ...v }));
    for (const change of [
      { hash: 'f'.repeat(64) },
      { width: v.width + 1 },
      { height: v.height + 1 },
      { format: 'webp' as const },
      { crop: true },
    ])
      expect(encodeKey({ ...v, ...change }), JSON.stringify(change)).not.toBe(encodeKey(v));
  });
});

describe('encode', () => {
  it('turns a phone photo upright by its EXIF orientation, at the size the loader read, and drops the metadata', async () => {
    // Stored 80 × 40, left half red, right half blue; orientation 6 says "turn a quarter clockwise
    // to show": the reader sees 40 × 80, red on top.
    const half = Buffer.alloc(80 * 40 * 3).map((_, i) => {
      const x = Math.floor(i / 3) % 80;
      const c = i % 3;
      return x < 40 ? (c === 0 ? 255 : 0) : c === 2 ? 255 : 0;
    });
    const file = join(dir, 'upright.jpg');
    await sharp(half, { raw: { width: 80, height: 40, channels: 3 } })
      .jpeg({ quality: 95 })
      .withMetadata({ orientation: 6 })
      .toFile(file);
    const asset = readAsset(file, 'upright.jpg');
    expect(asset.header).toMatchObject({ width: 40, height: 80 });
    if (!isMeasured(asset.header)) throw new Error('the test photo did not measure');
    const [variant] = mediaOf({ path: file, name: asset.name, hash: asset.hash, header: asset.header }).variants;
    const out = await optimizedImage({ ...variant!, format: 'png' }, join(dir, 'cache-upright'));
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    expect([info.width / info.height]).toEqual([variant!.width / variant!.height]);
    expect(info.height).toBeGreaterThan(info.width);
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    const [top, bottom] = [pixel(Math.floor(info.width / 2), 2), pixel(Math.floor(info.width / 2), info.height - 3)];
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
    expect((await sharp(out).metadata()).orientation).toBeUndefined();
  });
});
