import type { Root } from 'mdast';
import { deserialize, serialize } from 'node:v8';
import { cacheFolder, readSealed, sha256, writeSealed } from '../sealed-file';

// The parsed tree of each MDX file, kept between builds (a build's main process, lib/content/store.ts
// shareContent), so a rebuild after one edit parses the edited file and reads every other tree
// back: V8's deserialization of a tree takes a small part of what parsing its text does. A file
// is named by the sha256 of its source and of the parser's code key (the code, packages and Node.js
// that parse), so an edit to either reads as another name, never a stale tree. Like the snapshot, a
// file opens with a line giving its format, the sha256 and the length of what follows: a partial
// or damaged file is ignored (and parsed again), never trusted.

/** The kind of sealed file (../sealed-file.ts); bump the format when the layout changes. */
const TREE = { magic: 'mdx-tree', format: 1 };
const EXT = '.tree';

/** The parsed trees of one parser, in one folder. */
export interface TreeCache {
  /** The tree parsed from `source` before, as parsed (a copy the caller may change), or undefined. */
  get(source: string): Root | undefined;
  /** Keeps the tree just parsed from `source`; a file that cannot be written is left out, not an error. */
  set(source: string, tree: Root): void;
  /**
   * Keeps the tree of `source`, if there is one, through prune without reading it: the file's text
   * was read this build, from a cache of what it is read into (a whole article, ../article-cache.ts).
   */
  keep(source: string): void;
  /**
   * Deletes every tree of the folder neither got nor set since the cache was opened (older text,
   * older parser); nothing when none was (the content was read before, without this cache).
   */
  prune(): void;
}

/** The cache of the parser whose code key is `codeKey`, in `dir` (made on the first write). */
export function openTreeCache(dir: string, codeKey: string): TreeCache {
  const folder = cacheFolder(dir);
  const nameOf = (source: string) => `${sha256(`${codeKey}\0${source}`)}${EXT}`;
  return {
    get: (source) => folder.get(nameOf(source), readTree),
    set: (source, tree) => folder.set(nameOf(source), (file) => writeTree(file, tree)),
    keep: (source) => folder.keep(nameOf(source)),
    prune: () => folder.prune(),
  };
}

/** Writes a tree atomically: a reader sees the whole file or none. */
export function writeTree(file: string, tree: Root): void {
  writeSealed(file, TREE, [serialize(tree)]);
}

/** The tree a file holds, or undefined when it is missing, of another format, partial, damaged or not a tree. */
export function readTree(file: string): Root | undefined {
  const sealed = readSealed(file, TREE);
  if ('problem' in sealed || sealed.fields.length) return undefined;
  try {
    const tree = deserialize(sealed.body) as Root;
    return tree?.type === 'root' && Array.isArray(tree.children) ? tree : undefined;
  } catch {
    return undefined;
  }
}
