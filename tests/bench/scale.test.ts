import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFolders, listFiles } from '@/lib/content/check';
import { articleMetaSchema } from '@/lib/content/schema';
import {
  BUDGET,
  HEADING,
  copyArticle,
  findFixture,
  markdownTable,
  numbered,
  overBudget,
  parentPid,
  parseArgs,
  processTree,
  replaceSection,
  resultsTable,
  rewriteSelfLinks,
  rssKiB,
  scaleSection,
  setFrontmatter,
  shiftDate,
  wrap,
} from './scale.mjs';

// A fixture, not the site's own article: the tests must not depend on what content/ holds.
const ARTICLE = 'tests/fixtures/content/fixture-every-feature';
const SLUG = 'fixture-every-feature';

/** Markdown as Prettier (with the project's settings) would write it. */
async function prettier(markdown: string) {
  const config = await resolveConfig('docs/performance.md');
  return format(markdown, { ...config, parser: 'markdown' });
}

/** The frontmatter of an MDX file, parsed. */
const frontmatter = (source: string) => parse(/^---\n([\s\S]*?\n)---/.exec(source)![1]!) as Record<string, unknown>;

const temp = mkdtempSync(join(tmpdir(), 'scale-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A folder under the temp dir holding these files. */
function folder(path: string, files: Record<string, string>) {
  const dir = join(temp, path);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('parseArgs', () => {
  it.each([
    [[], [1, 100], undefined, false],
    [['--full'], [1, 100, 1000], undefined, false],
    [['--n', '1,3'], [1, 3], undefined, false],
    [['--n=50,1, 10,50'], [1, 10, 50], undefined, false],
    [['--n', '5', '--full', '--keep', '--from', 'x/y'], [5, 1000], 'x/y', true],
    [
      ['--from=tests/fixtures/content/fixture-second-article'],
      [1, 100],
      'tests/fixtures/content/fixture-second-article',
      false,
    ],
  ])('reads %j', (argv, ns, from, keep) => {
    expect(parseArgs(argv)).toEqual({ ns, from, keep, help: false });
  });

  it('asks for help with -h or --help', () => {
    expect(parseArgs(['-h']).help).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it.each([[['--bogus']], [['100']], [['--keep=yes']], [['-n', '3']]])('refuses the unknown argument in %j', (argv) => {
    expect(() => parseArgs(argv)).toThrow(/^Unknown argument "[^"]+"\.\nUsage: npm run bench:scale/);
  });

  it.each([[['--n']], [['--n', '--full']], [['--n=']], [['--from']], [['--from', '--keep']]])(
    'refuses a flag without its value: %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(/^--(n|from) needs a value\./);
    },
  );

  it.each(['0', '-1', '1.5', 'abc', '1,,2', '1e3', '10 0', '99999999999999999999'])(
    'refuses --n %s: not a list of positive integers',
    (n) => {
      expect(() => parseArgs(['--n', n])).toThrow(
        /^--n takes positive whole numbers such as 1,10,50; ".*" is not one\.$/,
      );
    },
  );
});

describe('findFixture', () => {
  it('takes an article folder under content/ by default, with all its .mdx files', () => {
    const fixture = findFixture(undefined);
    expect(fixture.dir).toMatch(/^content\/[^/]+$/);
    const names = fixture.files.map((f) => f.name);
    expect(names).toContain('article.mdx');
    expect(names.every((name) => name.endsWith('.mdx'))).toBe(true);
    for (const f of fixture.files) expect(f.source).toBe(readFileSync(join(fixture.dir, f.name), 'utf8'));
  });

  it('reads every .mdx file of an article, in name order', () => {
    expect(findFixture(ARTICLE).files.map((f) => f.name)).toEqual([
      '01-overview.mdx',
      '02-table.mdx',
      '03-faq.mdx',
      'article.mdx',
    ]);
  });

  it('skips files and folders without article.mdx, and takes the first by name', () => {
    const content = join(temp, 'content');
    folder('content/c-article', { 'article.mdx': '---\n---\n' });
    folder('content/b-article', { 'article.mdx': '---\n---\n', '01-one.mdx': 'x', 'notes.txt': 'not read' });
    folder('content/a-notes', { '01-one.mdx': 'x' });
    writeFileSync(join(content, 'site.ts'), 'export {};');
    const fixture = findFixture(undefined, content);
    expect(fixture.name).toBe('b-article');
    expect(fixture.files.map((f) => f.name)).toEqual(['01-one.mdx', 'article.mdx']);
  });

  it('reads the folder --from names', () => {
    const fixture = findFixture('tests/fixtures/content/fixture-second-article');
    expect(fixture.name).toBe('fixture-second-article');
    expect(fixture.files.map((f) => f.name)).toEqual(['01-overview.mdx', '02-faq.mdx', 'article.mdx']);
  });

  it('refuses a --from folder without article.mdx, saying what to point it at', () => {
    const dir = folder('sections-only', { '01-one.mdx': 'x' });
    expect(() => findFixture(dir)).toThrow(
      `--from ${dir}: the folder has no article.mdx, so it is not an article. Point --from at a folder holding article.mdx and its NN-name.mdx sections.`,
    );
    expect(() => findFixture('content')).toThrow(/--from content: the folder has no article.mdx/);
  });

  it('refuses a --from that is not a folder', () => {
    expect(() => findFixture(join(temp, 'nowhere'))).toThrow(
      /nowhere: no such folder\. Point --from at an article folder/,
    );
    expect(() => findFixture(`${ARTICLE}/article.mdx`)).toThrow(/article\.mdx: no such folder/);
  });

  it('refuses a content folder without any article', () => {
    const empty = folder('empty-content', { 'site.ts': 'export {};' });
    expect(() => findFixture(undefined, empty)).toThrow(
      /has no article folder \(a folder holding article\.mdx\)\. Use --from\./,
    );
    expect(() => findFixture(undefined, join(temp, 'missing'))).toThrow(/No .*missing\/ folder/);
  });
});

describe('numbered', () => {
  it.each([
    ['A short title', 1, 70, 'A short title (copy 1)'],
    ['  Spaces around  ', 12, 70, 'Spaces around (copy 12)'],
    ['x'.repeat(70), 1000, 70, `${'x'.repeat(58)} (copy 1000)`],
    [`${'word '.repeat(13)}end`, 3, 70, `${'word '.repeat(11)}word (copy 3)`],
    [`${'x'.repeat(59)}😀😀`, 7, 70, `${'x'.repeat(59)}😀 (copy 7)`],
    [`${'x'.repeat(60)}😀`, 7, 70, `${'x'.repeat(60)} (copy 7)`],
    [`${'a'.repeat(40)}, and ${'b'.repeat(30)}`, 1, 70, `${'a'.repeat(40)}, and (copy 1)`],
    [`${'a'.repeat(40)} —${'b'.repeat(30)}`, 1, 70, `${'a'.repeat(40)} (copy 1)`],
  ])('numbers %j as copy %i within %i characters', (text, i, max, expected) => {
    const result = numbered(text, i, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
    expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no half of a surrogate pair
  });

  it('refuses a limit with no room for the number', () => {
    expect(() => numbered('Title', 1, 9)).toThrow(/No room for "\(copy 1\)" in 9 characters/);
  });
});

describe('shiftDate', () => {
  it.each([
    ['2026-03-10T09:00:00+00:00', 0, '2026-03-10T09:00:00+00:00'],
    ['2026-03-10T09:00:00+00:00', -1, '2026-03-10T08:00:00+00:00'],
    ['2026-03-01T00:30:00+05:30', -1, '2026-02-28T23:30:00+05:30'],
    ['2026-12-31T22:00:00-04:00', 3, '2027-01-01T01:00:00-04:00'],
    ['2026-01-01T00:00:00Z', -25, '2025-12-30T23:00:00Z'],
    ['2026-01-01T00:00:00.250Z', 1, '2026-01-01T01:00:00.250Z'],
    ['2026-03-10T09:00+00:00', -999, '2026-01-27T18:00:00+00:00'],
  ])('moves %s by %i hours to %s', (iso, hours, expected) => {
    expect(shiftDate(iso, hours)).toBe(expected);
    expect(Date.parse(expected) - Date.parse(iso)).toBe(hours * 3_600_000);
  });

  it.each(['2026-03-10', '2026-03-10T09:00:00', 'soon', '2026-13-45T09:00:00Z'])('refuses %j', (iso) => {
    expect(() => shiftDate(iso, 1)).toThrow(/is not a date, time and timezone such as 2026-03-10T09:00:00\+00:00/);
  });
});

describe('rewriteSelfLinks', () => {
  it.each([
    ['[a](/blog/x-y)', '[a](/blog/x-y-3)'],
    ['[a](/blog/x-y#faq) and [b](/blog/x-y)', '[a](/blog/x-y-3#faq) and [b](/blog/x-y-3)'],
    ['[twin](/blog/x-y.md)', '[twin](/blog/x-y-3.md)'],
    ['![cover](/blog/x-y/cover-og.png)', '![cover](/blog/x-y-3/cover-og.png)'],
    ['[a]: /blog/x-y "title"', '[a]: /blog/x-y-3 "title"'],
    ['<a href="/blog/x-y?ref=1">', '<a href="/blog/x-y-3?ref=1">'],
  ])('points %j at the copy', (source, expected) => {
    expect(rewriteSelfLinks(source, 'x-y', 'x-y-3')).toBe(expected);
  });

  it.each([
    ['[other](/blog/x-y-z)'],
    ['[other](/blog/x)'],
    ['[outside](https://example.com/blog/x-y)'],
    ['[nested](/docs/blog/x-y)'],
    ['[index](/blog)'],
  ])('leaves %j alone', (source) => {
    expect(rewriteSelfLinks(source, 'x-y', 'x-y-3')).toBe(source);
  });
});

describe('setFrontmatter', () => {
  const source = [
    '---',
    '# A comment that stays.',
    'slug: old-slug # and this one',
    'headline: >-',
    '  A folded',
    '  headline',
    "title: 'Quoted: title'",
    'tags: [A, B]',
    '---',
    'Body with slug: old-slug.',
    '',
  ].join('\n');

  it('changes only the values asked for, quoting where YAML needs it', () => {
    const result = setFrontmatter(
      source,
      { slug: 'new-slug', headline: 'New: headline', title: 'Plain (copy 2)' },
      'f',
    );
    expect(result).toBe(
      [
        '---',
        '# A comment that stays.',
        'slug: new-slug # and this one',
        'headline: "New: headline"',
        'title: Plain (copy 2)',
        'tags: [A, B]',
        '---',
        'Body with slug: old-slug.',
        '',
      ].join('\n'),
    );
    expect(frontmatter(result)).toEqual({
      slug: 'new-slug',
      headline: 'New: headline',
      title: 'Plain (copy 2)',
      tags: ['A', 'B'],
    });
  });

  it('refuses a missing field or a file without frontmatter', () => {
    expect(() => setFrontmatter(source, { updated: 'x' }, 'a/article.mdx')).toThrow(
      'a/article.mdx has no "updated" field to copy.',
    );
    expect(() => setFrontmatter('slug: x\n', { slug: 'y' }, 'a/article.mdx')).toThrow(
      /a\/article\.mdx has no frontmatter/,
    );
    expect(() => setFrontmatter('---\n- a list\n---\n', { slug: 'y' }, 'f')).toThrow(/not a valid YAML map/);
  });
});

describe('copyArticle', () => {
  const fixture = findFixture(ARTICLE);
  const original = frontmatter(fixture.files.find((f) => f.name === 'article.mdx')!.source);

  it.each([
    [1, 1, `${SLUG}-1`, `${SLUG}-1`],
    [7, 1000, `${SLUG}-0007`, `${SLUG}-7`],
    [1000, 1000, `${SLUG}-1000`, `${SLUG}-1000`],
  ])('makes copy %i of %i: folder %s, slug %s, valid metadata, the rest unchanged', (i, n, folderName, slug) => {
    const copy = copyArticle(fixture, i, n);
    expect(copy.folder).toBe(folderName);
    expect(copy.slug).toBe(slug);
    const meta = frontmatter(copy.files.find((f) => f.name === 'article.mdx')!.source);
    expect(articleMetaSchema.safeParse(meta).error).toBeUndefined();
    expect(meta).toEqual({
      ...original,
      slug,
      // Each within its limit (numbered, tested above): the fixture's headline is already the longest allowed.
      headline: numbered(original.headline as string, i, 160),
      title: numbered(original.title as string, i, 70),
      published: shiftDate(original.published as string, 1 - i),
      updated: shiftDate(original.updated as string, 1 - i),
    });
    // The sections hold no link to the article itself: they are copied as they are.
    expect(copy.files.filter((f) => f.name !== 'article.mdx')).toEqual(
      fixture.files.filter((f) => f.name !== 'article.mdx'),
    );
  });

  it('gives every copy its own folder, slug, title, headline and dates, newest first', () => {
    const copies = Array.from({ length: 12 }, (_, i) => copyArticle(fixture, i + 1, 12));
    const metas = copies.map((c) => frontmatter(c.files.find((f) => f.name === 'article.mdx')!.source));
    for (const field of ['slug', 'headline', 'title', 'published', 'updated']) {
      expect(new Set(metas.map((m) => m[field])).size).toBe(12);
    }
    expect(new Set(copies.map((c) => c.folder)).size).toBe(12);
    expect(copies.map((c) => c.folder)).toEqual([...copies.map((c) => c.folder)].sort());
    const published = metas.map((m) => Date.parse(m.published as string));
    expect(published).toEqual([...published].sort((a, b) => b - a));
  });

  it('passes the content check when the article links to itself, which it fails without the rewrite', () => {
    const link = `[back to the start](/blog/${SLUG}#what-this-fixture-holds)`;
    const selfLinking = {
      ...fixture,
      files: fixture.files.map((f) => (f.name === '02-table.mdx' ? { ...f, source: `${f.source}\n${link}\n` } : f)),
    };
    const copies = [1, 2, 3].map((i) => copyArticle(selfLinking, i, 3));
    const folders = copies.map((c) => ({ dir: `.tmp/scale-3/${c.folder}`, files: c.files }));
    const publicFiles = listFiles('public');
    expect(checkFolders(folders, publicFiles)).toEqual([]);
    expect(copies[1]!.files.find((f) => f.name === '02-table.mdx')!.source).toContain(
      `(/blog/${SLUG}-2#what-this-fixture-holds)`,
    );

    // The same copies with the article's section as it was: each links to a page no longer built.
    const asItWas = selfLinking.files.find((f) => f.name === '02-table.mdx')!;
    const unrewritten = folders.map((f) => ({
      ...f,
      files: f.files.map((s) => (s.name === asItWas.name ? asItWas : s)),
    }));
    const problems = checkFolders(unrewritten, publicFiles);
    expect(problems).toHaveLength(3);
    for (const p of problems) expect(p.message).toMatch(`link "/blog/${SLUG}#what-this-fixture-holds" is not a page`);
  });

  it('refuses an article folder whose article.mdx lacks a field it must change', () => {
    const broken = {
      dir: 'x/broken',
      name: 'broken',
      files: [{ name: 'article.mdx', source: '---\nslug: broken\ntitle: A title here\n---\n' }],
    };
    expect(() => copyArticle(broken, 1, 1)).toThrow('x/broken/article.mdx has no "headline" text to copy.');
    expect(() => copyArticle({ ...broken, files: [] }, 1, 1)).toThrow('x/broken has no article.mdx to copy.');
  });
});

describe('process tree', () => {
  it.each([
    ['4242 (node) S 17 4242 4242 0 -1', 17],
    ['4243 (next-server (v16.4.6)) R 4242 4242 4242 0 -1', 4242],
    ['4244 (a) b) S 1 1 1', 1],
  ])('reads the parent in %j', (stat, ppid) => {
    expect(parentPid(stat)).toBe(ppid);
  });

  it('refuses what is not a stat line', () => {
    expect(() => parentPid('nonsense')).toThrow(/Not a \/proc\/<pid>\/stat line/);
  });

  it('reads VmRSS in KiB, 0 when there is none', () => {
    expect(rssKiB('Name:\tnode\nVmPeak:\t 99 kB\nVmRSS:\t  123456 kB\nRssAnon:\t 1 kB\n')).toBe(123_456);
    expect(rssKiB('Name:\tkthreadd\nState:\tS (sleeping)\n')).toBe(0);
  });

  it('finds the root and every descendant, and nothing else', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 1],
      [5, 99],
      [6, 3],
      [7, 2],
    ]);
    expect(processTree(parents, 2).sort()).toEqual([2, 3, 6, 7]);
    expect(processTree(parents, 42)).toEqual([42]);
  });
});

describe('markdownTable', () => {
  it('pads cells and marks right-aligned columns as Prettier does', async () => {
    const table = markdownTable(
      ['N', 'what'],
      [
        ['1', 'one'],
        ['1,000', 'a thousand'],
      ],
      ['right', 'left'],
    );
    expect(table).toBe(
      ['|     N | what       |', '| ----: | ---------- |', '|     1 | one        |', '| 1,000 | a thousand |'].join(
        '\n',
      ),
    );
    expect(await prettier(`${table}\n`)).toBe(`${table}\n`);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => markdownTable(['a', 'b'], [['1']], ['left', 'left'])).toThrow(/1 cells for 2 columns/);
    expect(() => markdownTable(['a', 'b'], [], ['left'])).toThrow(/1 cells for 2 columns/);
  });
});

const RESULTS = [
  { n: 1, seconds: 25.34, peakKiB: 1_572_864, pages: 6 },
  { n: 100, seconds: 61.04, peakKiB: 2_202_009, pages: 105 },
  { n: 1000, seconds: 432.1, peakKiB: 2_831_155, pages: 1005 },
];

describe('resultsTable', () => {
  it('gives seconds, seconds per article, MiB and pages', () => {
    expect(resultsTable(RESULTS).split('\n')).toEqual([
      '|     N | cold build (s) | s per article | peak memory (MiB) | pages |',
      '| ----: | -------------: | ------------: | ----------------: | ----: |',
      '|     1 |           25.3 |          25.3 |             1,536 |     6 |',
      '|   100 |           61.0 |         0.610 |             2,150 |   105 |',
      '| 1,000 |          432.1 |         0.432 |             2,765 | 1,005 |',
    ]);
  });
});

describe('overBudget', () => {
  it('finds nothing when every row is within the budget', () => {
    expect(overBudget(RESULTS)).toEqual([]);
  });

  it('names each row over the time, memory or per-article budget', () => {
    expect(
      overBudget([
        { n: 1000, seconds: 900, peakKiB: 1024, pages: 1005 },
        { n: 200, seconds: 130, peakKiB: 3 * 1024 * 1024, pages: 205 },
        { n: 1, seconds: 20, peakKiB: 1024, pages: 6 },
        { n: 2000, seconds: 1000, peakKiB: 1024, pages: 2005 },
      ]),
    ).toEqual([
      'N=200 took 130.0 s, over 2 minutes for up to 200 articles',
      'N=200 peaked at 3,072 MiB, over 3 GiB',
      'N=1,000 took 900.0 s, over 10 minutes for up to 1,000 articles',
      "N=1,000 took 0.900 s per article, more than N=200's 0.650",
    ]);
  });
});

describe('scaleSection', () => {
  const machine = { cores: 2, memoryGiB: 24, cpu: 'Some CPU @ 2.00GHz', node: 'v20.20.2', next: '16.4.6' };
  const FOLDER = 'content/an-article-of-the-authors'; // any folder name: only the wording is tested
  const section = scaleSection({ date: new Date('2026-11-25T07:03:09Z'), machine, fixture: FOLDER, results: RESULTS });

  it('gives the date, the machine, the method, the table and the budget, in lines of 100 characters', () => {
    expect(section).toBe(
      [
        HEADING,
        '',
        'Measured with `npm run bench:scale` on **2026-11-25** (07:03 UTC), on 2 CPU cores (Some CPU @',
        '2.00GHz), 24 GiB, Node 20.20.2, Next.js 16.4.6. Each row is one cold `next build` (`.next/` and',
        '`out/` removed first) of N copies of `content/an-article-of-the-authors`, each with its own slug,',
        'title and dates. Peak memory is the largest sum of the resident memory (VmRSS) of the build and all',
        'its child processes, sampled every 250 ms; pages counts the `.html` files written to `out/`.',
        '',
        resultsTable(RESULTS),
        '',
        'Budget: 200 articles build in under 2 minutes and 1,000 in under 10 minutes, peak memory stays under',
        '3 GiB, and the seconds per article do not grow with N. Every measured row is within it (a build of',
        'up to 200 articles is held to 2 minutes, of up to 1,000 to 10, and its seconds per article to within',
        '10% of those of any smaller N).',
        '',
      ].join('\n'),
    );
    expect(section).toContain(wrap(BUDGET));
  });

  it('says which rows are over budget', () => {
    const slow = scaleSection({
      date: new Date(),
      machine,
      fixture: ARTICLE,
      results: [{ n: 100, seconds: 435, peakKiB: 1024, pages: 105 }],
    });
    expect(slow.replaceAll('\n', ' ')).toContain(
      'Over budget: N=100 took 435.0 s, over 2 minutes for up to 200 articles.',
    );
  });

  it('is laid out as Prettier would lay it out, in the real docs/performance.md too', async () => {
    expect(await prettier(section)).toBe(section);
    const doc = replaceSection(readFileSync('docs/performance.md', 'utf8'), HEADING, section);
    expect(await prettier(doc)).toBe(doc);
  });
});

describe('wrap', () => {
  it.each([
    ['one two three', 9, 'one two\nthree'],
    ['short', 100, 'short'],
    ['a `code span with spaces` b', 10, 'a\n`code span with spaces`\nb'],
    ['averyveryverylongword x', 5, 'averyveryverylongword\nx'],
    ['items: - one', 8, 'items: -\none'],
    ['counts 1. and 2) here', 8, 'counts 1.\nand 2)\nhere'],
    ['  spaced   out  ', 100, 'spaced out'],
  ])('wraps %j at %i characters', (text, width, expected) => {
    expect(wrap(text, width)).toBe(expected);
  });
});

describe('replaceSection', () => {
  const NEW = '## Scale\n\nNew text.\n';

  it('adds the section at the end when there is none', () => {
    expect(replaceSection('# Doc\n\nIntro.\n', '## Scale', NEW)).toBe('# Doc\n\nIntro.\n\n## Scale\n\nNew text.\n');
    expect(replaceSection('# Doc\n\nIntro.', '## Scale', NEW)).toBe('# Doc\n\nIntro.\n\n## Scale\n\nNew text.\n');
  });

  it('replaces the section up to the next heading of its level, subsections included', () => {
    const doc = '# Doc\n\n## Before\n\nA.\n\n## Scale\n\nOld.\n\n### Detail\n\nOld too.\n\n## After\n\nB.\n';
    expect(replaceSection(doc, '## Scale', NEW)).toBe(
      '# Doc\n\n## Before\n\nA.\n\n## Scale\n\nNew text.\n\n## After\n\nB.\n',
    );
  });

  it('replaces the last section to the end of the file', () => {
    expect(replaceSection('# Doc\n\n## Scale\n\nOld.\n\nOlder.\n', '## Scale', NEW)).toBe(
      '# Doc\n\n## Scale\n\nNew text.\n',
    );
  });

  it('ends the section at a higher-level heading, and ignores headings inside code fences', () => {
    const doc = '## Scale\n\n```md\n## Scale\n# not a heading\n```\n\nOld.\n\n# Appendix\n';
    expect(replaceSection(doc, '## Scale', NEW)).toBe('## Scale\n\nNew text.\n\n# Appendix\n');
  });

  it('is idempotent on the real docs/performance.md, with or without the section in it', () => {
    const doc = readFileSync('docs/performance.md', 'utf8');
    const before = (text: string) => (text.includes(HEADING) ? text.slice(0, text.indexOf(HEADING)) : text).trimEnd();
    const once = replaceSection(doc, HEADING, `${HEADING}\n\nFirst.\n`);
    expect(once.endsWith(`\n${HEADING}\n\nFirst.\n`) || once.includes(`${HEADING}\n\nFirst.\n\n`)).toBe(true);
    expect(before(once)).toBe(before(doc));
    const twice = replaceSection(once, HEADING, `${HEADING}\n\nSecond.\n`);
    expect(twice).toBe(once.replace('First.', 'Second.'));
    expect(replaceSection(twice, HEADING, `${HEADING}\n\nSecond.\n`)).toBe(twice);
  });

  it('refuses a heading that is there twice, or that is not a heading', () => {
    expect(() => replaceSection('## Scale\n\n## Scale\n', '## Scale', NEW)).toThrow(
      /"## Scale" is in the file 2 times/,
    );
    expect(() => replaceSection('text', 'Scale', NEW)).toThrow(/"Scale" is not a Markdown heading/);
  });
});
