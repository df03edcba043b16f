import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COVER_FONT_FILE } from './cover-font';
import { importGraph } from '../build/import-graph';

/** Kept between builds: Next.js leaves .next/cache in place, and hosts (Vercel, Netlify…) restore it. */
export const DRAWN_IMAGES_DIR = join('.next', 'cache', 'drawn-images');

/**
 * What draws a cover: the module whose import graph is the drawing code, and the files it reads
 * as data (the font). Everything else in the key is derived from these.
 */
export const COVER_DRAWING = { entry: 'lib/art/cover-png.ts', data: [COVER_FONT_FILE] } as const;

export interface Drawing {
  entry: string;
  data: readonly string[];
}

/**
 * The code and data a drawing depends on, as one hash: the bytes of every module `entry` imports
 * (lib/build/import-graph.ts: no list to keep up to date), of the data files, and the installed version of
 * every package those modules import (sharp, opentype.js). Read once a process in a production
 * build; in development, on every call, so an edit to the drawing code shows at once.
 */
export function drawingCodeHash(drawing: Drawing = COVER_DRAWING, root = process.cwd()): string {
  const memo = `${root}\0${drawing.entry}\0${drawing.data.join('\0')}`;
  const production = process.env.NODE_ENV === 'production';
  if (production && codeHashes.has(memo)) return codeHashes.get(memo)!;
  const { files, packages } = importGraph(drawing.entry, root);
  const hash = createHash('sha256');
  for (const file of [...files, ...drawing.data]) hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  for (const name of packages) hash.update(`\0${name}@${packageVersion(name, root)}`);
  const digest = hash.digest('hex');
  if (production) codeHashes.set(memo, digest);
  return digest;
}

const codeHashes = new Map<string, string>();

function packageVersion(name: string, root: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(file)) throw new Error(`drawing code imports '${name}', which is not installed (${file})`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * The cache key of a drawn image: everything it shows (`inputs`: words, sizes, colours) and the
 * code that draws it (drawingCodeHash). Two images with the same key are the same picture.
 */
export function drawingKey(inputs: unknown, drawing: Drawing = COVER_DRAWING, root = process.cwd()): string {
  return createHash('sha256')
    .update(JSON.stringify(inputs))
    .update('\0')
    .update(drawingCodeHash(drawing, root))
    .digest('hex');
}

/**
 * A PNG from the cache when one was drawn for this key before, else drawn now (`draw` returns its
 * bytes) and kept. Served as an image/png Response.
 */
export async function cachedPng(
  key: string,
  draw: () => Promise<Buffer> | Buffer,
  dir: string = join(process.cwd(), DRAWN_IMAGES_DIR),
): Promise<Response> {
  const file = join(dir, `${key}.png`);
  let bytes: Buffer;
  if (existsSync(file)) bytes = readFileSync(file);
  else {
    bytes = await draw();
    mkdirSync(dir, { recursive: true });
    // Written whole, then moved into place: a build stopped half-way never leaves half a PNG.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  }
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } });
}
