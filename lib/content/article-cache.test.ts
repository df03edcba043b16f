import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COVER_FONT_FILE } from '@/lib/art/cover-font';
import { importGraph } from '@/lib/build/import-graph';
import {
  articleKey,
  openArticleCache,
  readCachedArticle,
  readKeptArticle,
  withArticleCache,
  writeKeptArticle,
} from './article-cache';
import { checkContent } from './checks';
import type { ContentFolder } from './files';
import { FAQ_BODY, META, section } from './fixtures';
import { spoilings } from './spoiled-files';
import { readArticle, type ParsedArticle } from './kinds/article';
import { folderKind, readContentFolders } from './load';
import { withTreeCache } from './parse/markdown';
import { openTreeCache } from './parse/tree-cache';
import { ARTICLE_READER, codeKey, PARSER_ENTRY, readerKey } from './snapshot';

const tmp = mkdtempSync(join(tmpdir(), 'article-cache-'));
const dir = join(tmp, 'articles');
// The site's content and the fixtures: articles with images, a cover photo, an idea, translations, drafts.
const content = join(tmp, 'content');
const KEY = 'reader-1';
const env = { ...process.env };

beforeEach(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.env = { ...env };
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

rmSync(content, { recursive: true, force: true });
cpSync('content', content, { recursive: true, filter: (src) => !src.endsWith('site.ts') });
cpSync('tests/fixtures/content', content, { recursive: true });

/** Every article folder of the content and the fixtures, as the loader reads them. */
const good = () => readContentFolders(content).filter((f) => folderKind(f) === 'article');

const media = () => good().find((f) => f.dir.endsWith('/fixture-media-article'))!;

/** Article folders that cannot be published, each wrong in other ways, with problems on many lines. */
const BAD: ContentFolder[] = [
  {
    dir: 'content/bad-yaml',
    files: [
      { name: 'article.mdx', source: META.replace('tags: [Testing, AI Systems]', 'tags: [Testing, AI Systems') },
      { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading') },
    ],
  },
  {
    dir: 'content/bad-fields',
    files: [
      {
        name: 'article.mdx',
        source: META.replace(/^title:.*\n/m, '')
          .replace('slug: test-article', 'slug: Test Article')
          .replace(
            'tags:',
            'cover: ./missing.png\nlanguage: xx-nope\nidea:\n  from: Requirement\n  through:\n    - Wwwwwwwwwwwwwwwwwwww\n    - Cost\n  to: [Plan]\n  also: extra\ntags:',
          ),
      },
      { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading') },
    ],
  },
  {
    dir: 'content/bad-idea',
    files: [
      {
        name: 'article.mdx',
        source: META.replace(
          'tags:',
          `idea:\n  from: ${'W'.repeat(32)}\n  through: [Cost, Latency]\n  to: [Plan]\ntags:`,
        ),
      },
      { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading') },
    ],
  },
  {
    dir: 'content/bad-sections',
    files: [
      { name: 'article.mdx', source: `${META}\nText that would never be shown.\n` },
      { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading', '<QuickAnswer\n') },
      { name: '02-second.mdx', source: section('eyebrow: Second\ntitle: Second', '## A level-2 heading\n\n<Nope />') },
      { name: '03-faq.mdx', source: section('eyebrow: FAQ\ntitle: Questions\nfaq: true', FAQ_BODY) },
      { name: '04-faq.mdx', source: section('eyebrow: FAQ\ntitle: More questions\nfaq: true', '### Second heading') },
      { name: '06-gap.mdx', source: section('eyebrow: Gap\ntitle: Gap') },
      { name: 'Intro.mdx', source: section('eyebrow: Intro\ntitle: Intro') },
      { name: '05-no-title.mdx', source: section('eyebrow: Untitled\nunknown: field') },
    ],
  },
  { dir: 'content/no-meta', files: [{ name: '01-first.mdx', source: section('eyebrow: First\ntitle: First') }] },
  {
    dir: 'content/no-frontmatter',
    files: [
      { name: 'article.mdx', source: 'An article.mdx without its metadata.\n' },
      { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading') },
    ],
  },
  {
    dir: 'content/cover-not-an-image',
    files: [
      { name: 'article.mdx', source: META.replace('tags:', 'cover: ./notes.png\ntags:') },
      { name: '01-first.mdx', source: section('eyebrow: First\ntitle: First heading') },
    ],
    assets: [{ name: 'notes.png', path: '/nowhere/notes.png', hash: 'a'.repeat(64), header: { format: 'unknown' } }],
  },
];

/** An article without its lineOf (a function: two are never equal), for a deep comparison. */
const data = (a: ParsedArticle) => ({ ...a, lineOf: undefined });

/** What lineOf answers for every field it knows, their children, and fields it does not know. */
const answers = (a: ParsedArticle) =>
  [...a.fields.lines.keys(), '', 'nope', 'idea.nope', 'idea.through.9', 'tags.0.x', 'slug.x'].flatMap((f) => [
    [f, a.lineOf(f)],
    [`${f}.deeper`, a.lineOf(`${f}.deeper`)],
  ]);

/** Reads a folder through a freshly opened cache of `dir`: what a later build reads. */
const readThrough = (folder: ContentFolder, key = KEY) =>
  withArticleCache(openArticleCache(dir, key), () => readCachedArticle(folder));

const entries = () => readdirSync(dir).sort();

describe('the article cache', () => {
  it('gives back every article exactly as read: every kind of article, good and bad, lineOf answers included', () => {
    const folders = [...good(), ...BAD];
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders) {
      const fresh = readArticle(folder.dir, folder.files, folder.assets);
      expect(readThrough(folder), `${folder.dir}: the first read reads`).toStrictEqual({
        ...fresh,
        lineOf: expect.any(Function),
      });
      const kept = openArticleCache(dir, KEY).get(folder);
      expect(kept, `${folder.dir}: kept`).toBeDefined();
      expect(data(kept!), folder.dir).toStrictEqual(data(fresh));
      expect(answers(kept!), `${folder.dir}: lineOf`).toEqual(answers(fresh));
      expect(data(readThrough(folder)), `${folder.dir}: a later read takes it back`).toStrictEqual(data(kept!));
    }
    expect(entries()).toHaveLength(folders.length);
    // The good ones hold what the cache must keep alike: Maps of assets, trees, an idea, a cover.
    const media = good().map((f) => openArticleCache(dir, KEY).get(f)!);
    expect(media.some((a) => a.assets.size > 0 && a.meta?.cover)).toBe(true);
    expect(media.some((a) => a.meta?.idea && a.fields.lines.has('idea.through.3'))).toBe(true);
    expect(media.some((a) => a.language)).toBe(true);
    expect(media.some((a) => a.meta?.draft)).toBe(true);
  });

  it('keeps every problem of an article that cannot be published, at the same file and line', () => {
    for (const folder of BAD) {
      const fresh = readArticle(folder.dir, folder.files, folder.assets);
      expect(fresh.problems.length, folder.dir).toBeGreaterThan(0);
      readThrough(folder);
      expect(openArticleCache(dir, KEY).get(folder)!.problems, folder.dir).toStrictEqual(fresh.problems);
    }
    // Problems on lines other than 1: of the YAML, the schema (a nested field, the idea's width, an
    // unknown field), a stray text, the MDX syntax, a section's body, and the cover (after the schema).
    const lines = BAD.flatMap((f) =>
      openArticleCache(dir, KEY)
        .get(f)!
        .problems.map((p) => `${p.file}:${p.line}`),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'content/bad-yaml/article.mdx:9',
        'content/bad-fields/article.mdx:2',
        'content/bad-fields/article.mdx:9',
        'content/bad-fields/article.mdx:16',
        'content/bad-idea/article.mdx:10',
        'content/bad-sections/article.mdx:12',
        'content/bad-sections/01-first.mdx:8',
        'content/bad-sections/02-second.mdx:6',
        'content/bad-sections/02-second.mdx:8',
        'content/bad-sections/04-faq.mdx:7',
        'content/bad-sections/05-no-title.mdx:3',
        'content/cover-not-an-image/article.mdx:9',
      ]),
    );
  });

  it('checks the content as without it: the same problems, files and lines, read or taken back', () => {
    const root = join(tmp, 'checked');
    rmSync(root, { recursive: true, force: true });
    cpSync(content, root, { recursive: true });
    for (const folder of BAD.filter((f) => !f.assets)) {
      const at = join(root, folder.dir.replace(/^content\//, ''));
      mkdirSync(at, { recursive: true });
      for (const f of folder.files) writeFileSync(join(at, f.name), f.source);
    }
    const fresh = checkContent(root);
    expect(fresh.length).toBeGreaterThan(BAD.length);
    const read = () => withArticleCache(openArticleCache(dir, KEY), () => checkContent(root));
    expect(read(), 'read and kept').toStrictEqual(fresh);
    const written = entries().map((name) => `${name} ${statSync(join(dir, name)).mtimeMs}`);
    expect(read(), 'taken back').toStrictEqual(fresh);
    expect(
      entries().map((name) => `${name} ${statSync(join(dir, name)).mtimeMs}`),
      'nothing read again',
    ).toEqual(written);
  });

  it('reads without a cache outside withArticleCache: npm run check, next dev and the tests keep nothing', () => {
    const folder = media();
    expect(data(readCachedArticle(folder))).toStrictEqual(data(readArticle(folder.dir, folder.files, folder.assets)));
    expect(() => readdirSync(dir)).toThrow();
  });

  it('takes back what is kept under the folder’s name, unread: the name is the whole of what reading depends on', () => {
    const folder = media();
    readThrough(folder);
    const planted = readArticle(folder.dir, [
      ...folder.files,
      { name: '03-planted.mdx', source: section('eyebrow: P\ntitle: Planted') },
    ]);
    writeKeptArticle(join(dir, entries()[0]!), planted);
    expect(readThrough(folder).sections.map((s) => s.name)).toContain('03-planted');
  });

  describe('reads a folder again when anything readArticle is given changes', () => {
    const edit = (f: ContentFolder, name: string, change: (s: string) => string): ContentFolder => ({
      ...f,
      files: f.files.map((file) => (file.name === name ? { ...file, source: change(file.source) } : file)),
    });
    const asset = (f: ContentFolder, change: (a: NonNullable<ContentFolder['assets']>[number]) => object) => ({
      ...f,
      assets: f.assets!.map((a, i) => (i === 0 ? { ...a, ...change(a) } : a)),
    });
    it.each<[string, (f: ContentFolder) => ContentFolder]>([
      ['an edited section', (f) => edit(f, '01-photo.mdx', (s) => `${s}\nOne more line.\n`)],
      ['an edited article.mdx', (f) => edit(f, 'article.mdx', (s) => s.replace('Images]', 'Images, Photos]'))],
      [
        'an added file',
        (f) => ({ ...f, files: [...f.files, { name: '03-more.mdx', source: section('eyebrow: M\ntitle: More') }] }),
      ],
      [
        'a renamed file',
        (f) => ({
          ...f,
          files: f.files.map((x) => (x.name === '02-diagram.mdx' ? { ...x, name: '02-figure.mdx' } : x)),
        }),
      ],
      ['a removed file', (f) => ({ ...f, files: f.files.filter((x) => x.name !== '02-diagram.mdx') })],
      ['files in another order', (f) => ({ ...f, files: [...f.files].reverse() })],
      ['another folder', (f) => ({ ...f, dir: `${f.dir}-copy` })],
      ['an asset’s changed bytes (its hash)', (f) => asset(f, (a) => ({ hash: `${a.hash.slice(1)}0` }))],
      ['an asset’s header', (f) => asset(f, (a) => ({ header: { ...a.header, width: 1 } }))],
      ['an asset’s name', (f) => asset(f, (a) => ({ name: `x-${a.name}` }))],
      ['an asset’s path (the project moved)', (f) => asset(f, (a) => ({ path: `/moved${a.path}` }))],
      ['an added asset', (f) => ({ ...f, assets: [...f.assets!, { ...f.assets![0]!, name: 'another.jpg' }] })],
    ])('%s', (_, change) => {
      const folder = media();
      readThrough(folder);
      expect(openArticleCache(dir, KEY).get(folder), 'nothing changed: kept').toBeDefined();
      const changed = change(folder);
      expect(articleKey(KEY, changed)).not.toBe(articleKey(KEY, folder));
      expect(openArticleCache(dir, KEY).get(changed)).toBeUndefined();
      const read = readThrough(changed);
      expect(data(read)).toStrictEqual(data(readArticle(changed.dir, changed.files, changed.assets)));
      expect(entries(), 'one entry each').toHaveLength(2);
    });

    it('another reader (another code key)', () => {
      readThrough(media());
      expect(openArticleCache(dir, 'reader-2').get(media())).toBeUndefined();
    });
  });

  it.each([
    ...spoilings({ magic: 'parsed-article', format: 1 }),
    ['whole, but not an article', (file: string) => writeFileSync(file, sealed(serialize({ type: 'root' })))],
    [
      'whole, but an article of another folder',
      (file: string) => writeKeptArticle(file, readArticle('content/other', media().files, media().assets)),
    ],
    ['whole, but not V8', (file: string) => writeFileSync(file, sealed(Buffer.from('not a V8 serialization')))],
  ])('does not trust an entry %s: the folder is read again and kept anew', (_, spoil) => {
    const folder = media();
    const fresh = readThrough(folder);
    const [name] = entries();
    const file = join(dir, name!);
    spoil(file);
    expect(readKeptArticle(file, folder.dir)).toBeUndefined();
    expect(openArticleCache(dir, KEY).get(folder)).toBeUndefined();
    expect(data(readThrough(folder))).toStrictEqual(data(fresh));
    expect(data(readKeptArticle(file, folder.dir)!), 'written again').toStrictEqual(data(fresh));
  });

  it('prunes the entries a build neither read nor wrote, a dead writer’s file too, and nothing when it used none', () => {
    const [one, two] = good();
    withArticleCache(openArticleCache(dir, KEY), () => [one!, two!].map(readCachedArticle));
    writeFileSync(join(dir, 'x.article.123.tmp'), 'a dead writer’s file');
    expect(entries()).toHaveLength(3);
    openArticleCache(dir, KEY).prune();
    expect(entries(), 'a cache that read nothing deletes nothing').toHaveLength(3);
    const after = openArticleCache(dir, KEY);
    withArticleCache(after, () => readCachedArticle(two!));
    after.prune();
    expect(entries()).toEqual([`${articleKey(KEY, two!)}.article`]);
  });

  it('keeps the MDX trees of an article it takes back through the tree cache’s prune', () => {
    const treesDir = join(tmp, 'trees');
    rmSync(treesDir, { recursive: true, force: true });
    const folder = media();
    const build = () => {
      const trees = openTreeCache(treesDir, codeKey(PARSER_ENTRY));
      withTreeCache(trees, () => withArticleCache(openArticleCache(dir, KEY), () => readCachedArticle(folder)));
      trees.prune();
    };
    build();
    const kept = readdirSync(treesDir).sort();
    expect(kept).toHaveLength(folder.files.length);
    build();
    expect(readdirSync(treesDir).sort(), 'the article taken back, its trees kept').toEqual(kept);
  });
});

/** A sealed article file around `body`: whole, its hash right. */
const sealed = (body: Buffer) =>
  Buffer.concat([
    Buffer.from(`parsed-article 1 ${createHash('sha256').update(body).digest('hex')} ${body.length}\n`),
    body,
  ]);

describe('the article reader’s key', () => {
  const project = join(tmp, 'project');
  beforeEach(() => {
    rmSync(project, { recursive: true, force: true });
    cpSync('lib', join(project, 'lib'), { recursive: true });
    cpSync('content/site.ts', join(project, 'content/site.ts'));
    cpSync('tests/fixtures/site.ts', join(project, 'tests/fixtures/site.ts'));
    cpSync(COVER_FONT_FILE, join(project, COVER_FONT_FILE));
  });
  const append = (file: string) =>
    writeFileSync(join(project, file), `${readFileSync(join(project, file))}\n// an edit\n`);

  it('is read from the import graph of the module that reads an article, the cache included', () => {
    const { files } = importGraph(ARTICLE_READER.entry, project);
    expect(files).toEqual(
      expect.arrayContaining([
        'lib/content/article-cache.ts',
        'lib/content/kinds/article.ts',
        'lib/content/kinds/entry.ts',
        'lib/content/parse/section.ts',
        'lib/content/parse/schema.ts',
        'lib/art/cover-layout.ts',
        'content/site.ts',
      ]),
    );
    const key = readerKey(ARTICLE_READER, project);
    expect(readerKey(ARTICLE_READER, project)).toBe(key);
    for (const file of [
      'lib/art/cover-layout.ts',
      'lib/content/parse/frontmatter.ts',
      'lib/content/article-cache.ts',
    ]) {
      append(file);
      const edited = readerKey(ARTICLE_READER, project);
      expect(edited, file).not.toBe(key);
    }
    // A module the reader does not import (a page's renderer) is not part of it.
    const before = readerKey(ARTICLE_READER, project);
    append('lib/content/parse/to-hast.ts');
    expect(readerKey(ARTICLE_READER, project)).toBe(before);
  });

  it('covers the cover font, which the idea’s labels are measured in', () => {
    const key = readerKey(ARTICLE_READER, project);
    append(COVER_FONT_FILE);
    expect(readerKey(ARTICLE_READER, project)).not.toBe(key);
  });

  it('has another key for the site the suite builds in place of content/site.ts (FIXTURE_SITE=1)', () => {
    const key = readerKey(ARTICLE_READER, project);
    process.env.FIXTURE_SITE = '1'; // afterEach restores the environment
    const fixture = readerKey(ARTICLE_READER, project);
    expect(fixture).not.toBe(key);
    append('tests/fixtures/site.ts');
    expect(readerKey(ARTICLE_READER, project)).not.toBe(fixture);
    delete process.env.FIXTURE_SITE;
    expect(readerKey(ARTICLE_READER, project)).toBe(key);
  });

  it('needs nothing else: no module of the reader reads a file, the environment or the clock but the cover font', () => {
    // A module added here must bring what it reads into readerKey (or show it cannot change an article).
    const sources = importGraph(ARTICLE_READER.entry).files.map((f) => [f, readFileSync(f, 'utf8')] as const);
    const reading = (pattern: RegExp) => sources.filter(([, s]) => pattern.test(s)).map(([f]) => f);
    expect(reading(/process\.(env|cwd|argv|platform)|Date\.now|new Date\(|Math\.random|performance\./)).toEqual([
      'lib/art/cover-font.ts',
    ]);
    // The cache reads and writes its own files (through sealed-file.ts); the font is read from the
    // project (process.cwd()).
    expect(reading(/from 'node:(fs|fs\/promises|child_process|os)'/)).toEqual([
      'lib/art/cover-font.ts',
      'lib/content/sealed-file.ts',
    ]);
    expect(ARTICLE_READER.data).toEqual([COVER_FONT_FILE]);
  });
});
