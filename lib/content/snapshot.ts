import { COVER_FONT_FILE } from '@/lib/art/cover-font';
import { importGraph } from '@/lib/build/import-graph';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readSealed, writeSealed } from './sealed-file';

// The parsed content of one build, written once and loaded by every static-generation worker, so
// that a build parses the content folder once however many cores it uses (lib/content/store.ts).
// The file is V8's structured serialization, not JSON: the content holds Maps, undefined fields
// and objects shared between lists (a tag's articles are the articles), and a V8 copy keeps all
// three as they were. A header line names the format, the sha256 and length of the bytes after it,
// and the length of the small head that comes first (the folder, and what the build says, such as
// its warnings), so a build that reuses the file reads its head without deserializing the body
// (91 MB at 1,000 articles). A partial or damaged file is never trusted; it is written under a
// temporary name and renamed.

/** The kind of sealed file (sealed-file.ts); bump the format when the layout changes. */
const SNAPSHOT = { magic: 'site-content-snapshot', format: 2 };
/** Ends a snapshot file's name. */
export const SNAPSHOT_EXT = '.snapshot';

/** What the snapshot file of a key is called in a cache folder. */
export const snapshotFile = (dir: string, key: string) => join(dir, `${key}${SNAPSHOT_EXT}`);

/**
 * Writes `value` (anything V8 can clone: no functions, no class instances that must stay so)
 * for `root`, with a small `head` readable alone (readSnapshotHead), atomically: a reader sees the
 * whole file or none.
 */
export function writeSnapshot(file: string, root: string, value: unknown, head?: unknown): void {
  const first = serialize({ root, head });
  writeSealed(file, SNAPSHOT, [first, serialize(value)], [String(first.length)]);
}

/** A snapshot as read: its value, or why it cannot be used. */
export type Loaded<T> = { value: T } | { problem: string };

/** The value written for `root`, or why not: missing, another format, partial, damaged, or of another folder. */
export function readSnapshot<T>(file: string, root: string): Loaded<T> {
  const opened = openSnapshot(file, root);
  if ('problem' in opened) return opened;
  try {
    return { value: deserialize(opened.body) as T };
  } catch (error) {
    return { problem: `unreadable (${(error as Error).message})` };
  }
}

/**
 * The head written with the value for `root` (writeSnapshot), or why the snapshot cannot be used:
 * the whole file is checked, as readSnapshot checks it, but its body is not deserialized.
 */
export function readSnapshotHead<H>(file: string, root: string): Loaded<H> {
  const opened = openSnapshot(file, root);
  return 'problem' in opened ? opened : { value: opened.head as H };
}

/** A whole snapshot of `root`: its head, and its body still serialized; or why not. */
function openSnapshot(file: string, root: string): { head: unknown; body: Buffer } | { problem: string } {
  const sealed = readSealed(file, SNAPSHOT);
  if ('problem' in sealed)
    return { problem: sealed.problem === 'another kind or format' ? 'not a snapshot of this format' : sealed.problem };
  const { body: rest, fields } = sealed;
  const split = Number(fields[0]);
  if (fields.length !== 1 || !Number.isInteger(split) || split < 0 || split > rest.length)
    return { problem: 'partial or damaged' };
  let saved: { root: string; head: unknown };
  try {
    saved = deserialize(rest.subarray(0, split)) as typeof saved;
  } catch (error) {
    return { problem: `unreadable (${(error as Error).message})` };
  }
  if (saved.root !== root) return { problem: `of another folder (${saved.root})` };
  return { head: saved.head, body: rest.subarray(split) };
}

/**
 * Drops the source positions (`position`: line, column, offset) of every syntax-tree node in
 * `value`, in place, and returns it. They serve the checks, which have run by the time the content
 * is shared; nothing the workers render reads them, and they are a good part of a tree's bytes.
 * Walks Maps, arrays and objects once each (shared objects stay shared).
 */
export function dropPositions<T>(value: T): T {
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (node instanceof Map) {
      for (const [k, v] of node) {
        walk(k);
        walk(v);
      }
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' && isPosition(record.position)) delete record.position;
    for (const key in record) walk(record[key]);
  };
  walk(value);
  return value;
}

/** A unist position: start and end points with a line each. */
const isPosition = (p: unknown) =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as { start?: { line?: unknown } }).start?.line === 'number' &&
  typeof (p as { end?: { line?: unknown } }).end?.line === 'number';

/**
 * Deletes every other snapshot in the folder, and any temporary file a writer that died left
 * behind: each build needs one snapshot, and they are large.
 */
export function pruneSnapshots(keep: string): void {
  const dir = dirname(keep);
  for (const name of readdirSync(dir))
    if (name !== basename(keep) && name.includes(SNAPSHOT_EXT)) rmSync(join(dir, name), { force: true });
}

/**
 * The snapshot key of a content folder as `project` parses it: a hash of every file of the folder
 * (name, size, modification and change times: its stats, not its bytes, which the parse reads
 * anyway; an edit, a copy or a checkout changes them), of the names of the files under public/ (the link
 * checks read them), of every source file the parser `entry` imports, followed through the
 * import graph, of the locked package versions, and of the Node.js version (V8's format).
 * Any edit to the content or to the code that reads it gives another key.
 */
export function snapshotKey(root: string, { project = process.cwd(), entry = 'lib/content/store.ts' } = {}): string {
  const hash = createHash('sha256');
  const add = (...parts: (string | Buffer)[]) => {
    for (const part of parts) hash.update(part).update('\0');
  };
  add(root, process.env.SITE_URL ?? '');
  for (const [name, stat] of filesUnder(root)) add(name, String(stat.size), String(stat.mtimeMs), String(stat.ctimeMs));
  add('public');
  for (const [name] of filesUnder(join(project, 'public'))) add(name);
  add('code', codeKey(entry, project));
  // The site the suite builds in place of content/site.ts (next.config.mjs FIXTURE_SITE): another
  // site, another parse (its contact channels are in the Markdown twins).
  add('site', fixtureSite(project));
  return hash.digest('hex').slice(0, 32);
}

/** The bytes of the site config FIXTURE_SITE=1 swaps in for content/site.ts, or '' when it is not set. */
const fixtureSite = (project: string) =>
  process.env.FIXTURE_SITE === '1' ? readFileSync(join(project, FIXTURE_SITE_FILE)) : '';

/**
 * The code key of the module `entry` (a path from `project`): a hash of every source file it
 * imports, followed through the import graph, of the locked package versions, and of the Node.js
 * and V8 versions (V8's serialization format). Any edit to that code gives another key.
 */
export function codeKey(entry: string, project: string = process.cwd()): string {
  const hash = createHash('sha256');
  const add = (...parts: (string | Buffer)[]) => {
    for (const part of parts) hash.update(part).update('\0');
  };
  add(entry, process.versions.node, process.versions.v8);
  for (const file of importGraph(entry, project).files) add(file, readFileSync(join(project, file)));
  const lock = join(project, 'package-lock.json');
  if (existsSync(lock)) add('lock', readFileSync(lock));
  return hash.digest('hex');
}

/** The module that parses an MDX file's text into its tree: what the trees kept between builds depend on. */
export const PARSER_ENTRY = 'lib/content/parse/markdown.ts';

/**
 * What reads one article folder into what the articles kept between builds hold: the module
 * (readArticle behind its cache), whose import graph is the code, and the files that code reads
 * as data, which no import shows (cover-font.ts reads the cover font: the idea's labels are
 * measured in it, and a label too wide is a problem). article-cache.test.ts holds the graph to
 * this: any other module of it that reads a file or the environment fails there.
 */
export const ARTICLE_READER = { entry: 'lib/content/article-cache.ts', data: [COVER_FONT_FILE] } as const;

/**
 * The key of what reads an article (ARTICLE_READER), as `project` runs it: its code key (codeKey),
 * the bytes of its data files, the site config FIXTURE_SITE=1 swaps in (the schema takes its
 * authors from the site config, the checks its links), and what the runtime lends the code beyond
 * its own version: the ICU and Unicode data (language tags are checked with Intl, slugs normalized)
 * and the default locale, by which section files are sorted (localeCompare).
 */
export function readerKey(
  { entry, data }: { entry: string; data: readonly string[] } = ARTICLE_READER,
  project: string = process.cwd(),
): string {
  const hash = createHash('sha256');
  const add = (...parts: (string | Buffer)[]) => {
    for (const part of parts) hash.update(part).update('\0');
  };
  add('code', codeKey(entry, project));
  for (const file of data) add(file, readFileSync(join(project, file)));
  add('site', fixtureSite(project));
  const { icu = '', unicode = '' } = process.versions;
  add('intl', icu, unicode, new Intl.Collator().resolvedOptions().locale);
  return hash.digest('hex');
}

/** Every file under a folder, relative, sorted, with its stats; none when there is no folder. */
function filesUnder(dir: string): [string, Stats][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name): [string, Stats] => [name, statSync(join(dir, name))])
    .filter(([, stat]) => stat.isFile());
}

/** What '@/content/site' resolves to under FIXTURE_SITE=1 (tests/fixtures/tsconfig.site.json). */
const FIXTURE_SITE_FILE = 'tests/fixtures/site.ts';
