import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readImageHeader, type ImageHeader, type UnsupportedImage } from '@/lib/media/image-header';

// The files of a content folder as the loader hands them on: what every kind of entry (article,
// page, case study) and every check reads. Their own module, so the kinds need not import the
// loader that imports them.

/** One MDX file of a content folder. */
export interface SourceFile {
  /** File name inside the article folder, e.g. 01-definition.mdx. */
  name: string;
  source: string;
}

/** One article folder's MDX files. `dir` is the folder as shown in messages: content/<name>. */
export interface ContentFolder {
  dir: string;
  files: SourceFile[];
  /** Every other file of the folder (its images), read once: size and format from the header, and a hash of the bytes. */
  assets?: AssetFile[];
}

/** A file beside the MDX in an article folder, as the loader read it. */
export interface AssetFile {
  /** File name in the folder, e.g. photo.png. */
  name: string;
  /** Absolute path on disk, for the build step that encodes it. */
  path: string;
  /** sha256 of its bytes (hex): part of every optimized file's name and cache key. */
  hash: string;
  header: ImageHeader | UnsupportedImage;
}

/** Reads one asset file: its bytes once, for the hash and the header. */
export function readAsset(path: string, name: string): AssetFile {
  const bytes = readFileSync(path);
  return { name, path, hash: createHash('sha256').update(bytes).digest('hex'), header: readImageHeader(bytes) };
}
