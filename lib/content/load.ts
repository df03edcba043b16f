import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readArticle, type ParsedArticle, type SourceFile } from './article';
import { ContentError, type Problem } from './errors';
import { readImageHeader, type ImageHeader, type UnsupportedImage } from './image-header';

/** Folder holding one sub-folder per article; CONTENT_DIR (when set and not empty) points elsewhere, e.g. at fixtures. */
export function contentRoot(): string {
  return join(process.cwd(), process.env.CONTENT_DIR || 'content');
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

/** Reads the MDX files of every article folder under the content root. */
export function readContentFolders(root: string = contentRoot()): ContentFolder[] {
  const shown = relative(process.cwd(), root) || '.';
  if (!existsSync(root))
    throw new ContentError([
      {
        file: shown,
        line: 1,
        message:
          'content folder not found. Fix: set CONTENT_DIR to the folder that holds the articles, or create content/.',
      },
    ]);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((d) => {
      const folder = join(root, d.name);
      const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      const files = entries
        .filter((e) => e.name.endsWith('.mdx'))
        .map(({ name }) => ({ name, source: readFileSync(join(folder, name), 'utf8') }));
      // Hidden files (.DS_Store) are the system's, not the author's.
      const assets = entries
        .filter((e) => e.isFile() && !e.name.endsWith('.mdx') && !e.name.startsWith('.'))
        .map(({ name }) => readAsset(resolve(folder, name), name));
      return { dir: `${shown}/${d.name}`, files, assets };
    });
}

/** Reads every article folder, collecting every problem (each folder's, and slugs used twice). */
export function readArticles(folders: readonly ContentFolder[]): { parsed: ParsedArticle[]; problems: Problem[] } {
  const parsed = folders.map((f) => readArticle(f.dir, f.files, f.assets));
  const problems = parsed.flatMap((d) => d.problems);
  const bySlug = new Map<string, string>();
  for (const { dir, slug } of parsed) {
    if (!slug) continue;
    const other = bySlug.get(slug);
    if (other) {
      problems.push({
        file: `${dir}/article.mdx`,
        line: 1,
        message: `slug "${slug}" is also used by ${other}. Fix: give one of them another slug.`,
      });
    }
    bySlug.set(slug, dir);
  }
  return { parsed, problems };
}

/**
 * Drafts are shown by `npm run dev` only (NODE_ENV=development). Anything else, a production
 * build above all, leaves them out: a draft is published only by removing `draft: true`.
 */
export const showDrafts = (env: Record<string, string | undefined> = process.env) => env.NODE_ENV === 'development';
