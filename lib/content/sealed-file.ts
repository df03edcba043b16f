import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

// A file a build keeps in .next/cache and trusts only whole: the content snapshot (snapshot.ts)
// and each MDX file's tree (parse/tree-cache.ts). It opens with one line, `<magic> <format>
// <sha256> <length>` and any fields its kind adds, then the bytes that line describes. It is
// written under a temporary name and renamed, so a reader sees the whole file or none; a reader
// takes it only when its kind, format, length and hash all match.

/** Hex sha256 of the given parts, in order. */
export function sha256(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * Writes `parts` to `file` behind their header line (with `fields` after the length), atomically,
 * each part as it is: no joined copy of a body of tens of megabytes.
 */
export function writeSealed(
  file: string,
  kind: { magic: string; format: number },
  parts: readonly Buffer[],
  fields: readonly string[] = [],
): void {
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  const header = Buffer.from(`${[kind.magic, kind.format, sha256(...parts), length, ...fields].join(' ')}\n`);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const part of [header, ...parts]) for (let done = 0; done < part.length;) done += writeSync(fd, part, done);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** What a sealed file holds after its header (and the header's added fields), or why it cannot be trusted. */
export function readSealed(
  file: string,
  kind: { magic: string; format: number },
): { body: Buffer; fields: string[] } | { problem: 'missing' | 'another kind or format' | 'partial or damaged' } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { problem: 'missing' };
  }
  const end = bytes.indexOf(0x0a);
  const [magic, format, hash, length, ...fields] = bytes.subarray(0, Math.max(end, 0)).toString('latin1').split(' ');
  if (end < 0 || magic !== kind.magic || format !== String(kind.format)) return { problem: 'another kind or format' };
  const body = bytes.subarray(end + 1);
  if (String(body.length) !== length || sha256(body) !== hash) return { problem: 'partial or damaged' };
  return { body, fields };
}

/** A folder of entries kept between builds, each a file named by what it was made from (cacheFolder). */
export interface CacheFolder {
  /** What `load` reads from the entry `name` (undefined when it cannot be trusted); the entry counts as used when it gives one. */
  get<T>(name: string, load: (file: string) => T | undefined): T | undefined;
  /** Writes the entry `name` with `save`; a write that fails is left out, not an error: the entry is made again next time. */
  set(name: string, save: (file: string) => void): void;
  /** Counts the entry `name` as used without reading it (its maker was taken back from another cache). */
  keep(name: string): void;
  /**
   * Deletes every entry of the folder neither got, set nor kept since it was opened (made from
   * older inputs or older code); nothing when none was (the build did not use this cache).
   */
  prune(): void;
}

/**
 * The folder `dir` as a build's cache (made on the first write): what the MDX trees
 * (parse/tree-cache.ts), the articles (article-cache.ts) and the finished pages
 * (lib/build/page-cache.mjs) share, each entry a sealed file of its own kind.
 */
export function cacheFolder(dir: string): CacheFolder {
  const used = new Set<string>();
  return {
    get(name, load) {
      const value = load(join(dir, name));
      if (value !== undefined) used.add(name);
      return value;
    },
    set(name, save) {
      try {
        save(join(dir, name));
        used.add(name);
      } catch {
        // Slower next time, not wrong: the entry is made again.
      }
    },
    keep(name) {
      used.add(name);
    },
    prune() {
      if (used.size === 0) return;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) if (!used.has(name)) rmSync(join(dir, name), { force: true });
    },
  };
}
