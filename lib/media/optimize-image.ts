import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { ENCODER, type Variant } from '@/lib/media/media';

/** Kept between builds, like the drawn covers: Next.js leaves .next/cache in place and hosts restore it. */
export const OPTIMIZED_IMAGES_DIR = join('.next', 'cache', 'optimized-images');

/**
 * The cache key of one file: everything its bytes depend on. The source's bytes (their hash), the
 * size and crop, the encoder's settings, and sharp's and libvips' versions: an upgrade that could
 * encode differently encodes again.
 */
export function encodeKey(v: Pick<Variant, 'hash' | 'width' | 'height' | 'format' | 'crop'>): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        source: v.hash,
        width: v.width,
        height: v.height,
        format: v.format,
        crop: v.crop,
        // Since files are turned upright by their EXIF orientation first: older ones were not.
        oriented: true,
        settings: ENCODER[v.format],
        sharp: sharp.versions.sharp,
        vips: sharp.versions.vips,
      }),
    )
    .digest('hex');
}

/**
 * Turns the source upright by its EXIF orientation (the size the loader read is the upright one),
 * then resizes (or, for a cover, crops) and encodes one file with sharp. The output carries no
 * metadata: no orientation to apply twice, no camera or location data.
 */
export async function encode(v: Variant): Promise<Buffer> {
  const image = sharp(v.source)
    .autoOrient()
    .resize(
      v.crop
        ? // The crop keeps the part of the photo that draws the eye (sharp's attention strategy).
          { width: v.width, height: v.height, fit: 'cover', position: sharp.strategy.attention }
        : // The loader computed the height from the header; fill makes the file exactly that size.
          { width: v.width, height: v.height, fit: 'fill' },
    );
  switch (v.format) {
    case 'avif':
      return image.avif(ENCODER.avif).toBuffer();
    case 'webp':
      return image.webp(ENCODER.webp).toBuffer();
    case 'jpeg':
      return image.jpeg(ENCODER.jpeg).toBuffer();
    case 'png':
      return image.png(ENCODER.png).toBuffer();
  }
}

// Encodes under way in this process, by cache file. Next.js starts a route again, in the same
// worker, when it took more than 60 seconds (an AVIF at 1440 px on a busy machine can): the second
// attempt waits for the first one's encode instead of encoding the file again. On globalThis, as
// the content store's memo: one worker loads several bundles of this module.
const ENCODING = Symbol.for('site.optimized-images.encoding');
const encoding = ((globalThis as { [ENCODING]?: Map<string, Promise<Buffer>> })[ENCODING] ??= new Map());

/**
 * One optimized file: from the cache when this input was encoded before, else encoded now and
 * kept; a file already being encoded in this process is waited for, not encoded twice.
 * IMAGE_ENCODE_LOG, when set, names a file that gets one line per encode (the tests count them).
 */
export async function optimizedImage(
  v: Variant,
  dir: string = join(process.cwd(), OPTIMIZED_IMAGES_DIR),
  run: (v: Variant) => Promise<Buffer> = encode,
): Promise<Buffer> {
  const file = join(dir, `${encodeKey(v)}.${v.format}`);
  if (existsSync(file)) return readFileSync(file);
  const pending = encoding.get(file);
  if (pending) return pending;
  const bytes = encodeInto(file, v, run).finally(() => encoding.delete(file));
  encoding.set(file, bytes);
  return bytes;
}

async function encodeInto(file: string, v: Variant, run: (v: Variant) => Promise<Buffer>): Promise<Buffer> {
  const bytes = await run(v);
  if (process.env.IMAGE_ENCODE_LOG) appendFileSync(process.env.IMAGE_ENCODE_LOG, `${process.pid} ${v.file}\n`);
  mkdirSync(dirname(file), { recursive: true });
  // Written whole, then moved into place: a build stopped half-way never leaves half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes;
}
