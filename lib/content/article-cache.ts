import { deserialize, serialize } from 'node:v8';
import type { ContentFolder } from './files';
import { readArticle, type ParsedArticle } from './kinds/article';
import { lineFinder, type FieldLines } from './parse/frontmatter';
import { keepTrees } from './parse/markdown';
import { cacheFolder, readSealed, sha256, writeSealed } from './sealed-file';

// Each article folder as read (readArticle's ParsedArticle), kept between builds by a build's main
// process (lib/content/store.ts shareContent), so a rebuild after one edit reads the edited folder
// and takes every other article back as it was read: V8's deserialization of an article costs a
// small part of reading it (parsing its MDX, walking its trees, validating its frontmatter).
//
// Reading an article is pure: what it gives depends on the folder's files and on what reads them,
// and on nothing else: no clock, no environment variable, no file but its own and the cover font.
// snapshot.ts readerKey hashes what reads them (the code, the font, the site config FIXTURE_SITE
// swaps in, the runtime's ICU data and locale) and articleKey adds the files, so an edit to
// either reads as another name, never a stale article. An article is kept whatever it holds, its
// problems included: the same files read by the same code give the same problems, at the same
// files and lines, every time (article-cache.test.ts compares every kind of article, good and bad,
// read and taken back). Like the trees (parse/tree-cache.ts), an entry is a sealed file: a partial
// or damaged one is read again, never trusted.

/** The kind of sealed file (sealed-file.ts); bump the format when what is kept changes shape. */
const ARTICLE = { magic: 'parsed-article', format: 1 };
const EXT = '.article';

/** A parsed article as kept: all of it but lineOf, a function V8 cannot copy; its `fields` make it again. */
type KeptArticle = Omit<ParsedArticle, 'lineOf'> & { lineOf?: undefined };

/** The articles one reader read, in one folder. */
export interface ArticleCache {
  /** The article this folder was read into before, as read (a copy the caller may change), or undefined. */
  get(folder: ContentFolder): ParsedArticle | undefined;
  /** Keeps the article just read from `folder`; an entry that cannot be written is left out, not an error. */
  set(folder: ContentFolder, article: ParsedArticle): void;
  /**
   * Deletes every entry of the folder neither got nor set since the cache was opened (older
   * files, older code); nothing when none was (the content was read before, without this cache).
   */
  prune(): void;
}

/**
 * The name of a folder's article: a hash of the reader's key (snapshot.ts readerKey: its code and
 * what else it reads) and of everything readArticle is given: the folder as shown in messages (in
 * every problem's file), each MDX file's name and text in the order given, and each asset's name,
 * path (an article hands it on to the encoder), hash and header.
 */
export function articleKey(readerKey: string, { dir, files, assets = [] }: ContentFolder): string {
  return sha256(
    JSON.stringify([
      readerKey,
      dir,
      files.map((f) => [f.name, f.source]),
      assets.map((a) => [a.name, a.path, a.hash, a.header]),
    ]),
  );
}

/** The cache of the reader whose key is `readerKey`, in `dir` (made on the first write). */
export function openArticleCache(dir: string, readerKey: string): ArticleCache {
  const folder = cacheFolder(dir);
  const nameOf = (f: ContentFolder) => `${articleKey(readerKey, f)}${EXT}`;
  return {
    get: (f) => folder.get(nameOf(f), (file) => readKeptArticle(file, f.dir)),
    set: (f, article) => folder.set(nameOf(f), (file) => writeKeptArticle(file, article)),
    prune: () => folder.prune(),
  };
}

/** Writes an article atomically, without its lineOf: a reader sees the whole file or none. */
export function writeKeptArticle(file: string, article: ParsedArticle): void {
  const kept: KeptArticle = { ...article, lineOf: undefined };
  writeSealed(file, ARTICLE, [serialize(kept)]);
}

/**
 * The article a file holds for the folder `dir`, its lineOf made again from its fields, or
 * undefined when the file is missing, of another format, partial, damaged, or not such an article.
 */
export function readKeptArticle(file: string, dir: string): ParsedArticle | undefined {
  const sealed = readSealed(file, ARTICLE);
  if ('problem' in sealed || sealed.fields.length) return undefined;
  let kept: unknown;
  try {
    kept = deserialize(sealed.body);
  } catch {
    return undefined;
  }
  return isKeptArticle(kept, dir) ? { ...kept, lineOf: lineFinder(kept.fields) } : undefined;
}

/** True when `value` has the shape of an article kept from the folder `dir` (what the store reads of it). */
function isKeptArticle(value: unknown, dir: string): value is KeptArticle {
  const a = value as Partial<KeptArticle> | null;
  const fields = a?.fields as Partial<FieldLines> | undefined;
  return (
    a?.dir === dir &&
    Array.isArray(a.sections) &&
    Array.isArray(a.problems) &&
    a.assets instanceof Map &&
    fields?.lines instanceof Map &&
    typeof fields.absent === 'number'
  );
}

let articles: ArticleCache | undefined;

/** Runs `read` with readCachedArticle keeping its articles in `cache` and reading them back from it. */
export function withArticleCache<T>(cache: ArticleCache, read: () => T): T {
  const before = articles;
  articles = cache;
  try {
    return read();
  } finally {
    articles = before;
  }
}

/**
 * Reads one article folder (readArticle). Within withArticleCache, the article read before from
 * the same files by the same code is taken back instead, and the MDX trees of its files are kept
 * through the tree cache's prune, as if they had been read: they are what the next edit to one of
 * the folder's files reads the others from.
 */
export function readCachedArticle(folder: ContentFolder): ParsedArticle {
  const kept = articles?.get(folder);
  if (kept) {
    keepTrees(folder.files.map((f) => f.source));
    return kept;
  }
  const article = readArticle(folder.dir, folder.files, folder.assets);
  articles?.set(folder, article);
  return article;
}
