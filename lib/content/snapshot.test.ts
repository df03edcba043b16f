import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { importGraph } from '@/lib/build/import-graph';
import { dropPositions, readSnapshot, readSnapshotHead, snapshotKey, writeSnapshot } from './snapshot';
import { createHash } from 'node:crypto';
import { serialize } from 'node:v8';
import {
  contentNotices,
  loadArticle,
  loadArticles,
  loadCaseStudies,
  loadPages,
  loadTags,
  shareContent,
  SNAPSHOT_ENV,
} from './store';

// A production build parses the content once, in its main process (shareContent), and every
// worker loads the snapshot instead of parsing (lib/content/store.ts). Here a "worker" is this
// process with NODE_ENV=production, the snapshot named in SNAPSHOT_ENV, and its memo emptied.
const tmp = mkdtempSync(join(tmpdir(), 'snapshot-'));
// The site's content and the fixtures: articles with images, a draft, pages, a case study.
const dir = join(tmp, 'content');
const cache = join(tmp, 'cache');
// What a build keeps beside the snapshot (shareContent): each MDX file's tree, each article as read.
const trees = join(tmp, 'mdx-trees');
const articles = join(tmp, 'articles');
const log = join(tmp, 'loads.log');
const parses = () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).length;
const MEMO = Symbol.for('site.content');
const memo = globalThis as Record<symbol, unknown>;
// A fixture's section, edited between builds (the content's own articles may change at any time).
const FIXTURE = 'fixture-second-article';
const SECTION = join(dir, FIXTURE, '01-overview.mdx');
const WORDS = 'An article.mdx with the metadata';
const env = { ...process.env };

beforeEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const kept of [cache, trees, articles]) rmSync(kept, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true, filter: (src) => !src.endsWith('site.ts') });
  cpSync('tests/fixtures/content', dir, { recursive: true });
  writeFileSync(log, '');
  process.env.CONTENT_LOAD_LOG = log;
  delete memo[MEMO];
});
afterEach(() => {
  process.env = { ...env };
  delete memo[MEMO];
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Everything the store serves, drafts and all, as pages and feeds ask for it. */
const served = () => ({
  articles: loadArticles(dir, { drafts: true }),
  published: loadArticles(dir, { drafts: false }),
  one: loadArticle(FIXTURE, dir),
  pages: loadPages(dir),
  caseStudies: loadCaseStudies(dir, { drafts: true }),
  tags: loadTags(dir, { drafts: true }),
  notices: contentNotices(dir),
});

/** What `run` said through console.warn (the build's warnings), instead of printing it. */
function quiet(run: () => void): string[] {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (line: string) => said.push(line);
  try {
    run();
  } finally {
    console.warn = warn;
  }
  return said;
}

/** The entries of a folder kept between builds, each with its modification time (written, or only read). */
const kept = (folder: string) => readdirSync(folder).map((name) => `${name} ${statSync(join(folder, name)).mtimeMs}`);

/** Turns this process into a build's worker: production, the snapshot named, nothing in memory. */
function asWorker(file: string) {
  delete memo[MEMO];
  process.env = { ...process.env, NODE_ENV: 'production', [SNAPSHOT_ENV]: file };
}

describe('the content snapshot', () => {
  it('is read back as it was written: Maps, undefined fields and shared objects included', () => {
    const value = { articles: loadArticles(dir, { drafts: true }), tags: loadTags(dir, { drafts: true }) };
    const file = join(cache, 'a.snapshot');
    writeSnapshot(file, dir, value);
    const loaded = readSnapshot<typeof value>(file, dir);
    expect('value' in loaded && loaded.value).toStrictEqual(value);
    const back = 'value' in loaded ? loaded.value : value;
    expect(back.articles[0]!.media).toBeInstanceOf(Map);
    // A tag lists the articles themselves, not copies.
    expect(back.articles).toContain(back.tags[0]!.articles[0]);
    expect(readdirSync(cache), 'no temporary file is left').toEqual(['a.snapshot']);
  });

  it('gives a worker of the build the content shareContent parsed, without parsing again', () => {
    const parsed = served();
    delete memo[MEMO];
    const file = shareContent(dir, cache)!;
    expect(existsSync(file)).toBe(true);
    expect(process.env[SNAPSHOT_ENV]).toBe(file);
    expect(parses()).toBe(2);
    asWorker(file);
    // All of it but the source positions, which only the checks read (before the snapshot).
    const loaded = served();
    expect(JSON.stringify(loaded)).not.toContain('"position":{"start"');
    expect(loaded).toStrictEqual(dropPositions(parsed));
    expect(parses(), 'loading the snapshot is not a parse').toBe(2);
    // A later build of the same folder and code finds it: no parse at all, and the same warnings said once.
    delete memo[MEMO];
    delete process.env[SNAPSHOT_ENV];
    const warnings = quiet(() => expect(shareContent(dir, cache)).toBe(file));
    expect(parses()).toBe(2);
    expect(warnings).toEqual(parsed.notices.map((n) => expect.stringContaining(`${n.level}: ${n.file}:${n.line}: `)));
  });

  it('keeps each MDX file’s tree between builds: a rebuild after one edit parses that file alone', () => {
    const parsed = served();
    delete memo[MEMO];
    shareContent(dir, cache);
    const first = new Set(readdirSync(trees));
    const mdx = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(first.size, 'one tree a distinct MDX file').toBe(
      new Set(mdx.map((f) => readFileSync(join(dir, f), 'utf8'))).size,
    );
    const before = readFileSync(SECTION, 'utf8');
    writeFileSync(SECTION, before.replace(WORDS, 'An article.mdx with its metadata'));
    // An author's copy of an article shares its sections' text: the old tree then stays in use.
    const shared = mdx.filter((f) => join(dir, f) !== SECTION && readFileSync(join(dir, f), 'utf8') === before);
    delete memo[MEMO];
    delete process.env[SNAPSHOT_ENV];
    const file = shareContent(dir, cache)!;
    const second = new Set(readdirSync(trees));
    // One tree written anew (the edited file's), the old one pruned unless another file still has
    // its text, every other one read back.
    expect([...second].filter((name) => !first.has(name))).toHaveLength(1);
    expect([...first].filter((name) => !second.has(name))).toHaveLength(shared.length ? 0 : 1);
    asWorker(file);
    const edited = served();
    expect(JSON.stringify(edited)).toContain('An article.mdx with its metadata');
    expect(edited.pages).toStrictEqual(dropPositions(parsed.pages));
  });

  it('reads the same content from kept trees as from a parse: every kind of page, component and table', () => {
    const parsed = served();
    delete memo[MEMO];
    rmSync(shareContent(dir, cache)!);
    delete process.env[SNAPSHOT_ENV];
    // The snapshot and the articles gone, the trees kept: this read parses no MDX file, so it writes no tree.
    rmSync(articles, { recursive: true });
    const written = () => readdirSync(trees).map((name) => `${name} ${statSync(join(trees, name)).mtimeMs}`);
    const before = written();
    const file = shareContent(dir, cache)!;
    expect(written()).toEqual(before);
    asWorker(file);
    expect(served()).toStrictEqual(dropPositions(parsed));
  });

  it('keeps each article as read between builds: a rebuild after one edit reads that folder alone', () => {
    delete memo[MEMO];
    shareContent(dir, cache);
    const first = kept(articles);
    const folders = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'article.mdx')));
    expect(first, 'one entry an article folder').toHaveLength(folders.length);
    writeFileSync(SECTION, readFileSync(SECTION, 'utf8').replace(WORDS, 'An article.mdx with its metadata'));
    delete memo[MEMO];
    delete process.env[SNAPSHOT_ENV];
    const file = shareContent(dir, cache)!;
    // The edited folder's entry written anew and the old one pruned; every other one read, not written.
    const second = kept(articles);
    expect(second.filter((entry) => !first.includes(entry))).toHaveLength(1);
    expect(first.filter((entry) => !second.includes(entry))).toHaveLength(1);
    expect(parses(), 'one load a build').toBe(2);
    // What the workers get is what a read of the edited folder without any cache gives.
    delete memo[MEMO];
    const fresh = served();
    asWorker(file);
    expect(served()).toStrictEqual(dropPositions(fresh));
  });

  it('reads the same content from kept articles as from a read: every kind of page, component and table', () => {
    const parsed = served();
    delete memo[MEMO];
    rmSync(shareContent(dir, cache)!);
    delete process.env[SNAPSHOT_ENV];
    // The snapshot gone, the articles kept: this build reads no article folder, so it writes no entry.
    const before = kept(articles);
    const file = shareContent(dir, cache)!;
    expect(kept(articles)).toEqual(before);
    expect(parses(), 'still one load a build').toBe(3);
    asWorker(file);
    expect(served()).toStrictEqual(dropPositions(parsed));
  });

  it('has a head (the warnings) read without deserializing the body', () => {
    const file = join(cache, 'head.snapshot');
    writeSnapshot(file, dir, { big: 'body' }, ['a warning']);
    expect(readSnapshotHead(file, dir)).toEqual({ value: ['a warning'] });
    expect(readSnapshot(file, dir)).toEqual({ value: { big: 'body' } });
    expect(readSnapshotHead(file, join(tmp, 'other'))).toEqual({ problem: `of another folder (${dir})` });
    // A whole file (its hash checks) whose body V8 cannot read: the head is still read, the value is not.
    const head = serialize({ root: dir, head: ['a warning'] });
    const body = Buffer.from('not a V8 serialization');
    const hash = createHash('sha256').update(head).update(body).digest('hex');
    const line = readFileSync(file, 'latin1').split(' ').slice(0, 2).join(' ');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${line} ${hash} ${head.length + body.length} ${head.length}\n`), head, body]),
    );
    expect(readSnapshotHead(file, dir)).toEqual({ value: ['a warning'] });
    expect(readSnapshot(file, dir)).toMatchObject({ problem: expect.stringMatching(/^unreadable/) });
    // A head length past the end, or not a number: damaged, never trusted.
    for (const length of [String(head.length + body.length + 1), 'x']) {
      writeFileSync(
        file,
        Buffer.concat([Buffer.from(`${line} ${hash} ${head.length + body.length} ${length}\n`), head, body]),
      );
      expect(readSnapshotHead(file, dir)).toEqual({ problem: 'partial or damaged' });
    }
  });

  it('drops the source positions of syntax-tree nodes only, keeping shared objects shared', () => {
    const point = (line: number) => ({ line, column: 1, offset: 0 });
    const node = { type: 'text', value: 'x', position: { start: point(1), end: point(2) } };
    const crumb = { '@type': 'ListItem', position: 3 };
    const value = { list: [node], byName: new Map([['n', node]]), crumbs: [crumb] };
    expect(dropPositions(value)).toBe(value);
    expect(node).toEqual({ type: 'text', value: 'x' });
    expect(crumb.position, 'a position that is not a node’s source position stays').toBe(3);
    expect(value.byName.get('n')).toBe(value.list[0]);
  });

  it('has a key that changes with any content file, and not without one', () => {
    const key = snapshotKey(dir);
    expect(snapshotKey(dir)).toBe(key);
    const source = readFileSync(SECTION, 'utf8');
    writeFileSync(SECTION, source.replace(WORDS, 'An article.mdx with its metadata'));
    const edited = snapshotKey(dir);
    expect(edited).not.toBe(key);
    // Same bytes, written again (a fresh checkout): another key too, never a stale one.
    writeFileSync(SECTION, source);
    expect(snapshotKey(dir)).not.toBe(edited);
    writeFileSync(join(dir, FIXTURE, 'new.png'), 'not yet an image');
    expect(snapshotKey(dir)).not.toBe(key);
  });

  it('has a key made from each file’s stats: an edit that keeps the size and the modification time still changes it', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    utimesSync(SECTION, at, at);
    const key = snapshotKey(dir);
    const { size } = statSync(SECTION);
    const source = readFileSync(SECTION, 'utf8');
    const edited = source.replace(WORDS, 'An ARTICLE.mdx with the metadata');
    expect(Buffer.byteLength(edited)).toBe(size);
    writeFileSync(SECTION, edited);
    utimesSync(SECTION, at, at);
    expect(statSync(SECTION).mtimeMs).toBe(at.getTime());
    // The change time moves with any write, and no one can set it back.
    expect(snapshotKey(dir)).not.toBe(key);
  });

  it('has a key that covers the parser’s code, read from its import graph', () => {
    const { files } = importGraph('lib/content/store.ts');
    // Direct imports, imports of imports (through @/ and ./), and the site config the checks read.
    expect(files).toEqual(
      expect.arrayContaining([
        'lib/content/store.ts',
        'lib/content/snapshot.ts',
        'lib/content/parse/section.ts',
        'lib/content/checks/links.ts',
        'lib/media/media.ts',
        'lib/art/idea.ts',
        'content/site.ts',
      ]),
    );
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
    const project = join(tmp, 'project');
    cpSync('lib', join(project, 'lib'), { recursive: true });
    cpSync('content/site.ts', join(project, 'content/site.ts'));
    const key = snapshotKey(dir, { project });
    const idea = join(project, 'lib/art/idea.ts');
    writeFileSync(idea, `${readFileSync(idea, 'utf8')}\n// an edit\n`);
    expect(snapshotKey(dir, { project })).not.toBe(key);
  });

  it('has another key for the site the suite builds in place of content/site.ts (FIXTURE_SITE=1)', () => {
    const key = snapshotKey(dir);
    process.env.FIXTURE_SITE = '1'; // afterEach restores the environment
    expect(snapshotKey(dir)).not.toBe(key);
    delete process.env.FIXTURE_SITE;
    expect(snapshotKey(dir)).toBe(key);
  });

  it.each([
    ['cut short (a writer that died)', (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
    [
      'damaged (one byte changed)',
      (file: string) => {
        const bytes = readFileSync(file);
        bytes[bytes.length - 10] = 0xff - bytes[bytes.length - 10]!;
        writeFileSync(file, bytes);
      },
    ],
    ['empty', (file: string) => writeFileSync(file, '')],
    ['gone', (file: string) => rmSync(file)],
  ])('is not trusted when %s: the worker parses the folder again', (_, spoil) => {
    const parsed = served();
    delete memo[MEMO];
    const file = shareContent(dir, cache)!;
    spoil(file);
    expect('problem' in readSnapshot(file, dir)).toBe(true);
    asWorker(file);
    const warnings = quiet(() => expect(served()).toStrictEqual(parsed));
    expect(parses()).toBe(3);
    expect(warnings.filter((w) => w.includes('content snapshot'))).toHaveLength(1);
  });

  it('is the only one left in its folder: older snapshots and a dead writer’s temporary file are deleted', () => {
    writeSnapshot(join(cache, 'old.snapshot'), dir, 'an older build');
    writeFileSync(join(cache, 'old.snapshot.123.tmp'), 'half a snapshot');
    const file = shareContent(dir, cache)!;
    expect(readdirSync(cache)).toEqual([basename(file)]);
  });

  it('is of one folder: a worker reading another folder parses it', () => {
    const file = shareContent(dir, cache)!;
    expect(readSnapshot(file, join(tmp, 'other'))).toEqual({ problem: `of another folder (${dir})` });
  });

  it('is never written for content with a mistake: the same ContentError, from one parse', () => {
    writeFileSync(SECTION, readFileSync(SECTION, 'utf8').replace(/^title: .*\n/m, ''));
    let thrown: unknown;
    try {
      shareContent(dir, cache);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).message).toMatch(
      /fixture-second-article\/01-overview\.mdx:1: field "title" is missing/,
    );
    expect(() => loadArticles(dir)).toThrow(thrown as ContentError);
    expect(parses()).toBe(1);
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
    expect(process.env[SNAPSHOT_ENV]).toBeUndefined();
  });

  it('says the same problems when a rebuild takes a broken article back: same files, same lines', () => {
    writeFileSync(SECTION, `${readFileSync(SECTION, 'utf8')}\n<Nope />\n`);
    const build = (): unknown => {
      delete memo[MEMO];
      try {
        shareContent(dir, cache);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const first = build();
    expect(first).toBeInstanceOf(ContentError);
    expect((first as ContentError).message).toMatch(
      /fixture-second-article\/01-overview\.mdx:(?!1:)\d+: unknown component <Nope>/,
    );
    const before = kept(articles);
    const second = build();
    expect(kept(articles), 'the broken article taken back, not read again').toEqual(before);
    expect(second).toBeInstanceOf(ContentError);
    expect((second as ContentError).message).toBe((first as ContentError).message);
    expect(parses()).toBe(2);
  });
});
