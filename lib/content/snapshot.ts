import { importGraph } from '@/lib/build/import-graph';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

// The parsed content of one build, written once and loaded by every static-generation worker, so
// that a build parses the content folder once however many cores it uses (lib/content/store.ts).
// The file is V8's structured serialization, not JSON: the content holds Maps, undefined fields
// and objects shared between lists (a tag's articles are the articles), and a V8 copy keeps all
// three as they were. A header line names the format and the sha256 of the bytes after it, so a
// partial or damaged file is never trusted; it is written under a temporary name and renamed.

const MAGIC = 'site-content-snapshot';
/** Bump when the file's layout changes. */
const FORMAT = 1;
/** Ends a snapshot file's name. */
export const SNAPSHOT_EXT = '.snapshot';

/** What the snapshot file of a key is called in a cache folder. */
export const snapshotFile = (dir: string, key: string) => join(dir, `${key}${SNAPSHOT_EXT}`);

/**
 * Writes `value` (anything V8 can clone: no functions, no class instances that must stay so)
 * for `root`, atomically: a reader sees the whole file or none.
 */
export function writeSnapshot(file: string, root: string, value: unknown): void {
  const body = serialize({ root, value });
  const header = Buffer.from(`${MAGIC} ${FORMAT} ${sha256(body)} ${body.length}\n`);
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([header, body]));
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A snapshot as read: its value, or why it cannot be used. */
export type Loaded<T> = { value: T } | { problem: string };

/** The value written for `root`, or why not: missing, another format, partial, damaged, or of another folder. */
export function readSnapshot<T>(file: string, root: string): Loaded<T> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { problem: 'missing' };
  }
  const end = bytes.indexOf(0x0a);
  const [magic, format, hash, length] = bytes.subarray(0, Math.max(end, 0)).toString('latin1').split(' ');
  if (end < 0 || magic !== MAGIC || format !== String(FORMAT)) return { problem: 'not a snapshot of this format' };
  const body = bytes.subarray(end + 1);
  if (String(body.length) !== length || sha256(body) !== hash) return { problem: 'partial or damaged' };
  try {
    const saved = deserialize(body) as { root: string; value: T };
    return saved.root === root ? { value: saved.value } : { problem: `of another folder (${saved.root})` };
  } catch (error) {
    return { problem: `unreadable (${(error as Error).message})` };
  }
}

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
 * (name, size, modification time and bytes), of the names of the files under public/ (the link
 * checks read them), of every source file the parser `entry` imports, followed through the
 * import graph, of the locked package versions, and of the Node.js version (V8's format).
 * Any edit to the content or to the code that reads it gives another key.
 */
export function snapshotKey(root: string, { project = process.cwd(), entry = 'lib/content/store.ts' } = {}): string {
  const hash = createHash('sha256');
  const add = (...parts: (string | Buffer)[]) => {
    for (const part of parts) hash.update(part).update('\0');
  };
  add(root, process.versions.node, process.versions.v8, process.env.SITE_URL ?? '');
  for (const name of filesUnder(root)) {
    const path = join(root, name);
    const stat = statSync(path);
    add(name, String(stat.size), String(stat.mtimeMs), readFileSync(path));
  }
  add('public');
  for (const name of filesUnder(join(project, 'public'))) add(name);
  add('code');
  for (const file of importGraph(entry, project).files) add(file, readFileSync(join(project, file)));
  // The site the suite builds in place of content/site.ts (next.config.mjs FIXTURE_SITE): another
  // site, another parse (its contact channels are in the Markdown twins).
  add('site', process.env.FIXTURE_SITE === '1' ? readFileSync(join(project, FIXTURE_SITE_FILE)) : '');
  const lock = join(project, 'package-lock.json');
  if (existsSync(lock)) add('lock', readFileSync(lock));
  return hash.digest('hex').slice(0, 32);
}

/** Every file under a folder, relative, sorted; none when there is no folder. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort();
}

/** What '@/content/site' resolves to under FIXTURE_SITE=1 (tests/fixtures/tsconfig.site.json). */
const FIXTURE_SITE_FILE = 'tests/fixtures/site.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
