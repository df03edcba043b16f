import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kept between builds: Next.js leaves .next/cache in place, and hosts (Vercel, Netlify…) restore it. */
export const DRAWN_IMAGES_DIR = join('.next', 'cache', 'drawn-images');

/** The files whose code decides how a drawn image looks: an edit to any of them redraws every image. */
const DRAWING_CODE = [
  'components/cover-art.tsx',
  'components/brand-mark.tsx',
  'lib/cover-layout.ts',
  'lib/idea-layout.ts',
  'lib/fit-text.ts',
  'node_modules/next/package.json',
];

/**
 * The cache key of a drawn image: everything it shows (`inputs`: words, sizes, colours) and the
 * code that draws it. Two images with the same key are the same picture.
 */
export function drawingKey(inputs: unknown, code: readonly string[] = DRAWING_CODE, cwd = process.cwd()): string {
  const hash = createHash('sha256').update(JSON.stringify(inputs));
  for (const file of code) hash.update('\0').update(readFileSync(join(cwd, file)));
  return hash.digest('hex');
}

/**
 * A PNG from the cache when one was drawn for this key before, else drawn now and kept. `draw`
 * returns the image as a Response (what next/og's ImageResponse is).
 */
export async function cachedPng(
  key: string,
  draw: () => Response,
  dir: string = join(process.cwd(), DRAWN_IMAGES_DIR),
): Promise<Response> {
  const file = join(dir, `${key}.png`);
  if (!existsSync(file)) {
    const res = draw();
    if (!res.ok) throw new Error(`drawing ${key}.png failed: HTTP ${res.status}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    mkdirSync(dir, { recursive: true });
    // Written whole, then moved into place: a build stopped half-way never leaves half a PNG.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  }
  return new Response(readFileSync(file), { headers: { 'Content-Type': 'image/png' } });
}
