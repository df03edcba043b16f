import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkFolders, listFiles } from '@/lib/content/checks';
import { articleMetaSchema } from '@/lib/content/parse/schema';
import { ROUTE_KINDS } from '@/lib/build/build-profile';
import {
  HEADING,
  KEEP_MARKER,
  ROUTE_NAMES,
  WARM_EDIT,
  keepOnlyCache,
  buildStages,
  copyArticle,
  lineReader,
  parseProfileLine,
  routeTotals,
  routesTable,
  stagesTable,
  timeBudget,
  warmEdit,
  workerCount,
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
  busyMs,
  profileRoutes,
  wrap,
} from './scale.mjs';
import type { OutputLine, Result } from './scale.mjs';

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
    [[], [1, 200], false, undefined, false],
    [['--full'], [1, 200, 1000], true, undefined, false],
    [['--n', '1,3'], [1, 3], false, undefined, false],
    [['--n', '1,3', '--warm'], [1, 3], true, undefined, false],
    [['--n=50,1, 10,50'], [1, 10, 50], false, undefined, false],
    [['--n', '5', '--full', '--keep', '--from', 'x/y'], [5, 1000], true, 'x/y', true],
    [
      ['--from=tests/fixtures/content/fixture-second-article'],
      [1, 200],
      false,
      'tests/fixtures/content/fixture-second-article',
      false,
    ],
  ])('reads %j', (argv, ns, warm, from, keep) => {
    expect(parseArgs(argv)).toEqual({ ns, warm, from, keep, help: false });
  });

  it('asks for help with -h or --help', () => {
    expect(parseArgs(['-h']).help).toBe(true);
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it.each([[['--bogus']], [['100']], [['--keep=yes']], [['--warm=1']], [['-n', '3']]])(
    'refuses the unknown argument in %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(/^Unknown argument "[^"]+"\.\nUsage: npm run bench:scale/);
    },
  );

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

  it('changes a field of a map by its dotted path, and nothing else', () => {
    const withIdea = source.replace(
      'tags: [A, B]',
      'idea:\n  from: Product requirement # a comment\n  to: [A]\ntags: [A, B]',
    );
    const result = setFrontmatter(withIdea, { 'idea.from': 'Product requirement (copy 3)' }, 'f');
    expect(result).toBe(withIdea.replace('from: Product requirement #', 'from: Product requirement (copy 3) #'));
    expect(() => setFrontmatter(withIdea, { 'idea.through': 'x' }, 'f')).toThrow(
      'f has no "idea.through" field to copy.',
    );
    expect(() => setFrontmatter(withIdea, { 'tags.from': 'x' }, 'f')).toThrow('f has no "tags.from" field to copy.');
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

  it('gives each copy its own idea label when the article has an idea, which the check accepts up to 1,000', () => {
    const from = 'Product requirement';
    const idea = `idea:\n  from: ${from}\n  through: [Latency, Cost]\n  to: [Component map, Observability plan]\n`;
    const fixture = findFixture(ARTICLE);
    const site = {
      ...fixture,
      files: fixture.files.map((f) =>
        f.name === 'article.mdx' ? { ...f, source: f.source.replace(/\n---\n/, `\n${idea}---\n`) } : f,
      ),
    };
    const copies = [1, 7, 999, 1000].map((i) => copyArticle(site, i, 1000));
    const ideas = copies.map((c) => frontmatter(c.files.find((f) => f.name === 'article.mdx')!.source).idea);
    expect(ideas.map((idea) => (idea as { from: string }).from)).toEqual(
      [1, 7, 999, 1000].map((i) => numbered(from, i, 32)),
    );
    const folders = copies.map((c) => ({ dir: `.tmp/scale-1000/${c.folder}`, files: c.files }));
    expect(checkFolders(folders, listFiles('public'))).toEqual([]);
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

/** A build's output as it arrived: seconds after the start, then the line. */
const output = (text: string): OutputLine[] =>
  text
    .trim()
    .split('\n')
    .map((line) => {
      const [, t, rest] = /^\s*([\d.]+) ?(.*)$/.exec(line)!;
      return { t: Number(t), text: rest! };
    });

const BUILD_OUTPUT = output(`
11.07 ▲ Next.js 16.4.6 (Turbopack)
21.60 warning: content/site.ts:121: no contact channel is set
23.08 ✓ Running next.config.mjs took 12.0s
23.48 - Experiments (use with caution):
23.48   · cpus: 2
23.69   Creating an optimized production build ...
194.02 ✓ Compiled successfully in 2.8min
194.14   Running TypeScript ...
200.00 ✓ Finished TypeScript in 5.8s
200.14   Collecting page data using 2 workers ...
212.87   Generating static pages using 2 workers (0/28) ...
215.41   Generating static pages using 2 workers (7/28)
220.25 ✓ Finished writing to filesystem cache in 26.1s
220.25 ✓ Generating static pages using 2 workers (28/28) in 7.4s
220.27   Finalizing page optimization ...
220.71   Running onBuildComplete from static-site-finisher
220.77   Markdown twin: out/blog/a/index.md → out/blog/a.md
220.97   Markdown twin: out/blog/b/index.md → out/blog/b.md
221.30   Pages finished: 10 (0 from .next/cache/finished-pages)
221.30   Page languages on <html>: ur 1
221.44   Framework runtime removed from 10 pages; 45 unused files deleted
221.99   Scripts minified: 2814 bytes saved in out/scripts/
222.24   Search index: 1 article bodies, 7 files in out/pagefind/
222.71   _headers: 21 rules (limit 100), longest line 261 characters (limit 2000)
222.77
222.77 Route (app)
222.77 ┌ ○ /
`);

describe('buildStages', () => {
  it('times each stage from the end of the one before it to the line that ends it', () => {
    const stages = buildStages(BUILD_OUTPUT, 224.3);
    expect(stages.map((s) => [s.stage, Number(s.seconds.toFixed(2))])).toEqual([
      ['config, content parse included', 23.08],
      ['compile', 170.94],
      ['TypeScript', 6.12],
      ['collecting page data', 12.73],
      ['generating static pages', 7.4],
      ['finalizing', 0.44],
      ['adapter: Markdown twins', 0.26],
      ['adapter: pages finished (runtime, language, CSP facts)', 0.33],
      ['adapter: unused files deleted', 0.14],
      ['adapter: scripts', 0.55],
      ['adapter: search index', 0.25],
      ['adapter: _headers', 0.47],
      ['the rest', 1.59],
      ['total', 224.3],
    ]);
    expect(stages.slice(0, -1).reduce((sum, s) => sum + s.seconds, 0)).toBeCloseTo(224.3);
  });

  it('gives a missing stage to the next one, and a build that stopped early only what it reached', () => {
    const noAdapterStart = BUILD_OUTPUT.filter((l) => !/onBuildComplete/.test(l.text));
    const stages = buildStages(noAdapterStart, 224.3);
    expect(stages.find((s) => s.stage === 'finalizing')).toBeUndefined();
    expect(stages.find((s) => s.stage === 'adapter: Markdown twins')!.seconds).toBeCloseTo(220.97 - 220.27);
    expect(buildStages(BUILD_OUTPUT.slice(0, 4), 30)).toEqual([
      { stage: 'config, content parse included', seconds: 23.08 },
      { stage: 'the rest', seconds: 30 - 23.08 },
      { stage: 'total', seconds: 30 },
    ]);
  });

  it('does not take a line before the previous stage for the end of a later one', () => {
    // An adapter-like line printed early (a warning quoting "Search index: …") ends nothing.
    const early = [{ t: 1, text: '  Search index: a line too early' }, ...BUILD_OUTPUT];
    expect(buildStages(early, 224.3).find((s) => s.stage === 'adapter: search index')!.seconds).toBeCloseTo(0.25);
  });
});

describe('workerCount', () => {
  it.each([
    ['  Generating static pages using 2 workers (0/30) ...', 2],
    ['✓ Generating static pages using 8 workers (30/30) in 2.3s', 8],
    ['  Generating static pages using 1 worker (0/6) ...', 1],
  ])('reads %j', (line, workers) => {
    expect(
      workerCount([
        { t: 0, text: 'Collecting page data' },
        { t: 1, text: line },
      ]),
    ).toBe(workers);
  });

  it('is undefined when no line says', () => {
    expect(workerCount(BUILD_OUTPUT.slice(0, 10))).toBeUndefined();
    expect(workerCount(BUILD_OUTPUT)).toBe(2);
  });
});

describe('lineReader', () => {
  it('stamps each line with when its end arrived, across chunks, without colours or CR', () => {
    let now = 1000;
    const lines: OutputLine[] = [];
    const reader = lineReader(
      1000,
      (line) => lines.push(line),
      () => now,
    );
    reader.feed('\u001b[32m✓\u001b[39m Compiled');
    now = 3500;
    reader.feed(Buffer.from(' successfully in 2s\r\n  Running TypeScript ...\nlast'));
    now = 4000;
    reader.end();
    reader.end();
    expect(lines).toEqual([
      { t: 2.5, text: '✓ Compiled successfully in 2s' },
      { t: 2.5, text: '  Running TypeScript ...' },
      { t: 3, text: 'last' },
    ]);
  });
});

describe('the route profile', () => {
  it.each([
    ['twin\t/blog/a.md\t12.3', { kind: 'twin', path: '/blog/a.md', ms: 12.3 }],
    ['cover-og\t/blog/a/cover-og.png\t120', { kind: 'cover-og', path: '/blog/a/cover-og.png', ms: 120 }],
    ['twin\t/blog/a.md\t12.3\t1796616554802', { kind: 'twin', path: '/blog/a.md', ms: 12.3, start: 1796616554802 }],
    ['twin\t/blog/a.md\t12.3\tsoon', undefined],
    ['twin\t/blog/a.md', undefined],
    ['twin\t/blog/a.md\t-1', undefined],
    ['twin\t/blog/a.md\t1\textra', undefined],
    ['', undefined],
    ['half a li', undefined],
  ])('reads %j', (line, route) => {
    expect(parseProfileLine(line)).toEqual(route);
  });

  it('sums a log by kind, in the order the tables give them, skipping lines that are not its own', () => {
    const log = [
      'image\t/media/a-480.avif\t200.0',
      'cover-1x1\t/blog/a/cover-1x1.png\t90.0',
      'twin\t/blog/a.md\t10.0',
      'twin\t/blog/b.md\t30.0',
      'garbage',
      'other\t/x\t1.0',
      'cover-og\t/blog/a/cover-og.png\t60.5',
      '',
    ].join('\n');
    expect(routeTotals(log)).toEqual([
      { kind: 'twin', routes: 2, ms: 40, maxMs: 30 },
      { kind: 'cover-og', routes: 1, ms: 60.5, maxMs: 60.5 },
      { kind: 'cover-1x1', routes: 1, ms: 90, maxMs: 90 },
      { kind: 'image', routes: 1, ms: 200, maxMs: 200 },
      { kind: 'other', routes: 1, ms: 1, maxMs: 1 },
    ]);
    expect(routeTotals('')).toEqual([]);
  });

  it('gives each kind the wall time during which one of its routes was in progress', () => {
    const log = [
      'cover-og\t/a\t100.0\t1000', // 1000–1100
      'cover-og\t/b\t100.0\t1050', // 1050–1150, overlaps the first
      'cover-og\t/c\t20.0\t1060', // inside both
      'cover-og\t/d\t50.0\t2000', // 2000–2050, alone
      'twin\t/a.md\t10.0\t1100',
    ].join('\n');
    expect(routeTotals(log)).toEqual([
      { kind: 'twin', routes: 1, ms: 10, maxMs: 10, busyMs: 10 },
      { kind: 'cover-og', routes: 4, ms: 270, maxMs: 100, busyMs: 200 },
    ]);
    expect(busyMs(profileRoutes(log))).toBe(200);
    expect(busyMs([])).toBe(0);
    expect(busyMs([{ kind: 'twin', path: '/a.md', ms: 1 }])).toBeUndefined();
  });

  it('names every kind the route handlers log', () => {
    expect(Object.keys(ROUTE_NAMES).sort()).toEqual([...ROUTE_KINDS].sort());
  });
});

describe('warmEdit', () => {
  it('adds a paragraph at the end of the first section file, and changes nothing else', () => {
    const files = [
      { name: 'article.mdx', source: '---\nslug: a\n---\n' },
      { name: '02-second.mdx', source: 'Two.\n' },
      { name: '01-first.mdx', source: '---\ntitle: First\n---\n\nOne.\n\n' },
    ];
    expect(warmEdit(files)).toEqual({
      name: '01-first.mdx',
      source: `---\ntitle: First\n---\n\nOne.\n\n${WARM_EDIT}\n`,
    });
    expect(files[2]!.source).toBe('---\ntitle: First\n---\n\nOne.\n\n');
  });

  it('is content the check accepts, on the copy of a real article', () => {
    const copy = copyArticle(findFixture(ARTICLE), 2, 3);
    const edited = warmEdit(copy.files);
    const files = copy.files.map((f) => (f.name === edited.name ? edited : f));
    expect(checkFolders([{ dir: `.tmp/scale-3/${copy.folder}`, files }], listFiles('public'))).toEqual([]);
  });

  it('refuses an article without a section file', () => {
    expect(() => warmEdit([{ name: 'article.mdx', source: '' }])).toThrow(/no NN-name\.mdx section file/);
  });
});

const stages = (generation: number, total: number) => [
  { stage: 'config, content parse included', seconds: 3 },
  { stage: 'generating static pages', seconds: generation },
  { stage: 'the rest', seconds: total - 3 - generation },
  { stage: 'total', seconds: total },
];

const RESULTS: Result[] = [
  { n: 1, seconds: 25.34, peakKiB: 1_572_864, pages: 6, workers: 2, load: [0.5, 1.25] },
  {
    n: 200,
    seconds: 61.04,
    peakKiB: 2_202_009,
    pages: 205,
    workers: 2,
    load: [1, 2],
    stages: stages(40, 61.04),
    routes: [
      { kind: 'twin', routes: 200, ms: 2_000, maxMs: 30, busyMs: 1_500 },
      { kind: 'cover-og', routes: 200, ms: 12_000, maxMs: 80, busyMs: 9_000 },
    ],
    timedBusyMs: 10_000,
  },
  {
    n: 1000,
    seconds: 432.1,
    peakKiB: 2_831_155,
    pages: 1005,
    workers: 2,
    load: [1.5, 1.5],
    stages: stages(300, 432.1),
    routes: [{ kind: 'twin', routes: 1000, ms: 12_345, maxMs: 50 }],
  },
  { n: 1000, warm: true, seconds: 100, peakKiB: 1_000_000, pages: 1005, workers: 2, load: [1.5, 1] },
];

describe('resultsTable', () => {
  it('gives each build its time, s per article, MiB, pages, workers, load and budget', () => {
    expect(resultsTable(RESULTS).split('\n')).toEqual([
      '| build      | time (s) | s per article | peak memory (MiB) | pages | workers | load before → after | budget                         |',
      '| ---------- | -------: | ------------: | ----------------: | ----: | ------: | ------------------: | ------------------------------ |',
      '| 1 cold     |     25.3 |          25.3 |             1,536 |     6 |       2 |           0.5 → 1.3 | ≤ 37 s (33–37 s before): met   |',
      '| 200 cold   |     61.0 |         0.305 |             2,150 |   205 |       2 |           1.0 → 2.0 | ≤ 90 s: met                    |',
      '| 1,000 cold |    432.1 |         0.432 |             2,765 | 1,005 |       2 |           1.5 → 1.5 | ≤ 5 min: **over**              |',
      '| 1,000 warm |    100.0 |         0.100 |               977 | 1,005 |       2 |           1.5 → 1.0 | ≤ half the cold (216.1 s): met |',
    ]);
  });

  it('leaves out what a result does not have', () => {
    const row = resultsTable([{ n: 3, seconds: 20, peakKiB: 1024, pages: 8 }]).split('\n')[2]!;
    expect(row.split('|').map((cell) => cell.trim())).toEqual([
      '',
      '3 cold',
      '20.0',
      '6.67',
      '1',
      '8',
      '—',
      '—',
      '—',
      '',
    ]);
  });
});

describe('timeBudget', () => {
  it.each([
    [{ n: 1 }, 37],
    [{ n: 3 }, undefined],
    [{ n: 200 }, 90],
    [{ n: 201 }, undefined],
    [{ n: 1000 }, 300],
    [{ n: 5000 }, undefined],
  ])('holds %j to %s s', (r, s) => {
    expect(timeBudget({ seconds: 1, peakKiB: 1, pages: 1, ...r }, [])?.s).toBe(s);
  });

  it('holds a warm build to half its cold one, and to nothing without one', () => {
    expect(timeBudget(RESULTS[3]!, RESULTS)?.s).toBeCloseTo(216.05);
    expect(timeBudget(RESULTS[3]!, [RESULTS[3]!])).toBeUndefined();
  });
});

describe('overBudget', () => {
  it('finds nothing when every build is within the budgets', () => {
    expect(overBudget(RESULTS.slice(0, 2))).toEqual([]);
  });

  it('names each build over its time or over 3 GiB', () => {
    expect(
      overBudget([
        { n: 1, seconds: 40, peakKiB: 1024, pages: 6 },
        { n: 200, seconds: 130, peakKiB: 3 * 1024 * 1024, pages: 205 },
        { n: 1000, seconds: 400, peakKiB: 1024, pages: 1005 },
        { n: 1000, warm: true, seconds: 250, peakKiB: 1024, pages: 1005 },
      ]),
    ).toEqual([
      '1 cold took 40.0 s, over 37 s (33–37 s before)',
      '200 cold took 130.0 s, over 90 s',
      '200 cold peaked at 3,072 MiB, over 3 GiB',
      '1,000 cold took 400.0 s, over 5 min',
      '1,000 warm took 250.0 s, over half the cold (200.0 s)',
    ]);
  });
});

describe('stagesTable and routesTable', () => {
  it('give one column a build, one row a stage, a dash where a build has none', () => {
    expect(stagesTable(RESULTS.slice(1, 3)).split('\n')).toEqual([
      '| stage (s)                      | 200 cold | 1,000 cold |',
      '| ------------------------------ | -------: | ---------: |',
      '| config, content parse included |      3.0 |        3.0 |',
      '| generating static pages        |     40.0 |      300.0 |',
      '| the rest                       |     18.0 |      129.1 |',
      '| **total**                      |     61.0 |      432.1 |',
    ]);
  });

  it('give each kind of route its wall time in progress, and the pages what generation leaves', () => {
    expect(routesTable(RESULTS.slice(0, 3)).split('\n')).toEqual([
      '| route kind (wall s with one in progress)                          | 1 cold |          200 cold |         1,000 cold |',
      '| ----------------------------------------------------------------- | -----: | ----------------: | -----------------: |',
      '| Markdown twin (`/blog/<slug>.md`)                                 |      — | 1.5 (200 × 10 ms) |  — (1,000 × 12 ms) |',
      '| cover og (1200 × 630)                                             |      — | 9.0 (200 × 60 ms) |                  — |',
      '| any of the above                                                  |      — |              10.0 |                  — |',
      '| pages and the rest: generation with none of the above in progress |      — |              30.0 |                  — |',
      '| **generating static pages** (wall)                                |      — | 40.0 on 2 workers | 300.0 on 2 workers |',
    ]);
  });
});

describe('scaleSection', () => {
  const machine = { cores: 2, memoryGiB: 24, cpu: 'Some CPU @ 2.00GHz', node: 'v20.20.2', next: '16.4.6' };
  const FOLDER = 'content/an-article-of-the-authors'; // any folder name: only the wording is tested
  const section = scaleSection({ date: new Date('2026-11-25T07:03:09Z'), machine, fixture: FOLDER, results: RESULTS });

  it('gives the date, the machine, the method, the tables, the budgets and the marker, in lines of 100 characters', () => {
    const lines = section.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      HEADING,
      '',
      'Measured with `npm run bench:scale` on **2026-11-25** (07:03 UTC), on 2 CPU cores (Some CPU @',
    ]);
    expect(section).toContain(resultsTable(RESULTS));
    expect(section).toContain(stagesTable(RESULTS));
    expect(section).toContain(routesTable(RESULTS));
    expect(section.endsWith(`\n${KEEP_MARKER}\n`)).toBe(true);
    expect(section.replaceAll('\n', ' ')).toContain('Over budget: 1,000 cold took 432.1 s, over 5 min.');
    for (const line of lines.filter((l) => !l.startsWith('|') && l !== KEEP_MARKER)) {
      expect(line.length).toBeLessThanOrEqual(100);
    }
  });

  it('says the machine was busy when the load went above its cores, and not otherwise', () => {
    expect(section).not.toContain('other work');
    const busy = scaleSection({
      date: new Date(),
      machine,
      fixture: FOLDER,
      results: [{ ...RESULTS[0]!, load: [9.5, 12.25] }],
    });
    expect(busy.replaceAll('\n', ' ')).toContain('The load average went up to 12.3 on 2 cores: other work shared');
  });

  it('leaves out the profile tables when no build has a profile', () => {
    const plain = scaleSection({ date: new Date(), machine, fixture: FOLDER, results: [RESULTS[0]!] });
    expect(plain).not.toContain('stage (s)');
    expect(plain).not.toContain('route kind');
    expect(plain.replaceAll('\n', ' ')).toContain('Every measured build is within them.');
  });

  it('is laid out as Prettier would lay it out, in the real docs/performance.md too, keeping its notes', async () => {
    expect(await prettier(section)).toBe(section);
    const before = readFileSync('docs/performance.md', 'utf8');
    const doc = replaceSection(before, HEADING, section, KEEP_MARKER);
    expect(await prettier(doc)).toBe(doc);
    const notes = (text: string) =>
      text.slice(text.indexOf(KEEP_MARKER), text.indexOf('\n## ', text.indexOf(HEADING) + 1));
    expect(before).toContain(KEEP_MARKER);
    expect(notes(doc)).toBe(notes(before));
    expect(notes(doc)).toContain('The notes of that day follow.');
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

  it('keeps what follows the marker line, to the end of the section', () => {
    const doc = '# Doc\n\n## Scale\n\nOld.\n\n<!-- keep -->\n\nA note.\n\nAnother.\n\n## After\n\nB.\n';
    const section = '## Scale\n\nNew.\n\n<!-- keep -->\n';
    const once = replaceSection(doc, '## Scale', section, '<!-- keep -->');
    expect(once).toBe('# Doc\n\n## Scale\n\nNew.\n\n<!-- keep -->\n\nA note.\n\nAnother.\n\n## After\n\nB.\n');
    expect(replaceSection(once, '## Scale', section, '<!-- keep -->')).toBe(once);
    // Last in the file, nothing after the marker: the section ends with it.
    expect(replaceSection('## Scale\n\nOld.\n\n<!-- keep -->\n', '## Scale', section, '<!-- keep -->')).toBe(section);
    // No marker in the old section: all of it is replaced, as without `keep`.
    expect(replaceSection('## Scale\n\nOld.\n\n## After\n', '## Scale', section, '<!-- keep -->')).toBe(
      '## Scale\n\nNew.\n\n<!-- keep -->\n\n## After\n',
    );
    // A marker under the next heading is not this section's.
    expect(
      replaceSection('## Scale\n\nOld.\n\n## After\n\n<!-- keep -->\n', '## Scale', section, '<!-- keep -->'),
    ).toBe('## Scale\n\nNew.\n\n<!-- keep -->\n\n## After\n\n<!-- keep -->\n');
  });

  it('refuses a heading that is there twice, or that is not a heading', () => {
    expect(() => replaceSection('## Scale\n\n## Scale\n', '## Scale', NEW)).toThrow(
      /"## Scale" is in the file 2 times/,
    );
    expect(() => replaceSection('text', 'Scale', NEW)).toThrow(/"Scale" is not a Markdown heading/);
  });
});

describe('keepOnlyCache', () => {
  it('empties .next/ of the last build’s output and keeps its cache, as a host restores it', () => {
    const next = join(mkdtempSync(join(tmpdir(), 'keep-cache-')), '.next');
    for (const file of ['cache/turbopack/x', 'cache/articles/a.article', 'server/app/x.html', 'build-manifest.json']) {
      mkdirSync(join(next, file, '..'), { recursive: true });
      writeFileSync(join(next, file), 'x');
    }
    keepOnlyCache(next);
    expect(readdirSync(next)).toEqual(['cache']);
    expect(readdirSync(join(next, 'cache')).sort()).toEqual(['articles', 'turbopack']);
    rmSync(join(next, '..'), { recursive: true, force: true });
    expect(() => keepOnlyCache(next)).not.toThrow();
  });
});
