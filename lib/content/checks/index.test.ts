import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkFolders, listFiles } from '.';
import { formatProblem } from '../errors';
import { FAQ_BODY, META, section } from '../fixtures';

// One article; each case puts its mistake in the body of 02-body.mdx (the body starts on line 6)
// or in article.mdx / 03-faq.mdx, and the rest stays clean, so the expected lines are all there is.
const article = ({ body = 'Words.', meta = META, faq = FAQ_BODY } = {}) => ({
  dir: 'content/test',
  files: [
    { name: 'article.mdx', source: meta },
    {
      name: '01-first.mdx',
      source: section('eyebrow: First\ntitle: First heading', 'Intro.\n\n### Part one\n\nText.'),
    },
    { name: '02-body.mdx', source: section('eyebrow: Body\ntitle: The body', body) },
    { name: '03-faq.mdx', source: section('eyebrow: FAQ\ntitle: Questions\nfaq: true', faq) },
  ],
});

const PUBLIC = new Set(['/img/diagram.png']);
const lint = (...folders: ReturnType<typeof article>[]) => checkFolders(folders, PUBLIC).map(formatProblem);
const body = (line: number, message: string) => `content/test/02-body.mdx:${line}: ${message}`;

const NOT_A_PAGE =
  'is not a page of this site. Fix: link to /, /blog, an article (/blog/test-article) or its Markdown twin (the same path with .md), or a file under public/.';
const ID_HINT = 'link to a section or ### heading by its words in lower case joined by hyphens, e.g.';

describe('checkFolders', () => {
  it('finds nothing in a clean article', () => {
    expect(lint(article())).toEqual([]);
  });

  it.each([
    // Heading levels
    [
      'a #### straight after the title',
      '#### Too deep',
      [
        body(
          6,
          'a level-4 heading ("Too deep") right after the section title (level 2) skips a level, which breaks the page\'s outline. Fix: make it ###, or add a ### heading above it.',
        ),
      ],
    ],
    [
      'a ##### after a ###',
      '### Part\n\nText.\n\n##### Deeper',
      [
        body(
          10,
          'a level-5 heading ("Deeper") right after a level-3 heading skips a level, which breaks the page\'s outline. Fix: make it ####, or add a #### heading above it.',
        ),
      ],
    ],
    [
      'a #### inside a component, straight after the title',
      '<QuickAnswer>\n#### Inside\n</QuickAnswer>',
      [
        body(
          7,
          'a level-4 heading ("Inside") right after the section title (level 2) skips a level, which breaks the page\'s outline. Fix: make it ###, or add a ### heading above it.',
        ),
      ],
    ],
    ['### and #### in turn', '### A\n\n#### A.1\n\n### B\n\n#### B.1\n\n##### B.1.a', []],
    [
      'a ## in the body (the loader’s rule, reported once)',
      '## Wrong level',
      [
        body(
          6,
          'a level-2 heading ("Wrong level") in the body. Fix: use ### for subsections; the section\'s own heading is its "title" field.',
        ),
      ],
    ],
    // Tables: cells counted from the source
    [
      'table rows with too few and too many cells',
      '| A | B |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n| `a|b` | 2 |\n| a \\| b | 2 |\n| | |',
      [
        body(
          8,
          'this table row has 1 cell but the header row has 2 cells, and the page would silently fill the gap with empty cells. Fix: add the missing cell (an empty cell is written | |).',
        ),
        body(
          9,
          'this table row has 3 cells but the header row has 2 cells, and the page would silently drop the cells that do not fit. Fix: remove the extra cell or add a column to the header; a | inside a cell, even in `code`, is written \\|.',
        ),
        body(
          10,
          'this table row has 3 cells but the header row has 2 cells, and the page would silently drop the cells that do not fit. Fix: remove the extra cell or add a column to the header; a | inside a cell, even in `code`, is written \\|.',
        ),
      ],
    ],
    [
      'a short row of a table in a quote, without outer pipes',
      '> A | B | C\n> --|---|--\n> 1 | 2 | 3\n> 1',
      [
        body(
          9,
          'this table row has 1 cell but the header row has 3 cells, and the page would silently fill the gap with empty cells. Fix: add the 2 missing cells (an empty cell is written | |).',
        ),
      ],
    ],
    // Links
    [
      'links to every kind of real target',
      [
        '[a](#part-one) [b](#the-body) [c](#first-question) [d](/) [e](/blog) [f](/blog/test-article)',
        '[g](/blog/test-article.md) [h](/feed.xml) [i](/img/diagram.png) [j](/blog/test-article#second-question)',
        '[k](/blog/test-article?ref=x#part-one) [l](https://example.com/nowhere) [m](site:nebuladesk) [n](mailto:a@b.c)',
      ].join('\n'),
      [],
    ],
    [
      'a missing anchor',
      '[x](#nope)',
      [body(6, `link "#nope" names no heading of this article. Fix: ${ID_HINT} #first-heading.`)],
    ],
    [
      'a missing anchor on an article path',
      'See [x](/blog/test-article#nope).',
      [
        body(
          6,
          `link "/blog/test-article#nope" names no heading of /blog/test-article. Fix: ${ID_HINT} /blog/test-article#first-heading.`,
        ),
      ],
    ],
    [
      'an article that does not exist',
      '[x](/blog/other-article)',
      [body(6, `link "/blog/other-article" ${NOT_A_PAGE}`)],
    ],
    ['a path with a trailing slash', '[x](/blog/)', [body(6, `link "/blog/" ${NOT_A_PAGE}`)]],
    ['a file missing from public/', '[x](/img/missing.pdf)', [body(6, `link "/img/missing.pdf" ${NOT_A_PAGE}`)]],
    ['a reference-style link', 'See [x][ref].\n\n[ref]: /nowhere', [body(8, `link "/nowhere" ${NOT_A_PAGE}`)]],
    // Images
    [
      'an image without alt text',
      '![](/img/diagram.png)',
      [
        body(
          6,
          'image "/img/diagram.png" has no alt text, so screen readers and search engines get nothing. Fix: say what it shows between the brackets: ![what it shows](/img/diagram.png).',
        ),
      ],
    ],
    [
      'an image missing from public/',
      '![A diagram](/img/missing.png)',
      [
        body(
          6,
          'image "/img/missing.png" does not exist: there is no public/img/missing.png. Fix: add the file there, or correct the path.',
        ),
      ],
    ],
    [
      'an image with a relative path',
      '![A diagram](images/flow.png)',
      [
        body(
          6,
          'image "images/flow.png" has a relative path the build does not follow. Fix: put the file beside this .mdx file and write ./flow.png, or under public/ and write /flow.png.',
        ),
      ],
    ],
    [
      'images that exist: in public/ or generated (another origin is refused: see checks/urls.test.ts)',
      '![A diagram](/img/diagram.png) ![Cover](/blog/test-article/cover-16x9.png)',
      [],
    ],
    // The loader's own rule
    [
      'an empty section',
      '',
      [
        'content/test/02-body.mdx:1: the section has no text. Fix: write its body below the frontmatter, or delete the file.',
      ],
    ],
  ])('in a section body: %s', (_, source, expected) => {
    expect(lint(article({ body: source }))).toEqual(expected);
  });

  const title = (n: number) => META.replace(/^title:.*$/m, `title: ${'T'.repeat(n)}`);
  const description = (n: number) => META.replace(/^description:.*$/m, `description: ${'d'.repeat(n)}`);
  const meta = (line: number, message: string) => `content/test/article.mdx:${line}: ${message}`;
  const ABOUT_DESCRIPTION = 'Fix: "description" is the meta description and social summary, 50 to 160 characters.';

  it.each([
    [
      'a 71-character title',
      title(71),
      [
        meta(
          4,
          `field "title" expected at most 70 characters; found "${'T'.repeat(71)}". Fix: "title" is the <title> and social title, at most 70 characters so search results show it whole.`,
        ),
      ],
    ],
    ['a 70-character title', title(70), []],
    [
      'a 49-character description',
      description(49),
      [meta(5, `field "description" expected at least 50 characters; found "${'d'.repeat(49)}". ${ABOUT_DESCRIPTION}`)],
    ],
    [
      'a 161-character description',
      description(161),
      [
        meta(
          5,
          `field "description" expected at most 160 characters; found "${'d'.repeat(161)}". ${ABOUT_DESCRIPTION}`,
        ),
      ],
    ],
    ['a description of 50 characters', description(50), []],
    ['a description of 160 characters', description(160), []],
    [
      'updated before published',
      META.replace(/^updated:.*$/m, 'updated: 2025-12-01T10:30:00Z'),
      [
        meta(
          8,
          'field "updated" is before published; found "2025-12-01T10:30:00Z". Fix: "updated" is last meaningful edit: date, time and timezone, not before published.',
        ),
      ],
    ],
  ])('in the metadata: %s (the schema’s rule)', (_, source, expected) => {
    expect(lint(article({ meta: source }))).toEqual(expected);
  });

  const faq = (line: number, message: string) => `content/test/03-faq.mdx:${line}: ${message}`;

  it.each([
    [
      'a question without an answer',
      '### Q one?\n\n### Q two?\n\nA.',
      [faq(7, 'the question "Q one?" has no answer. Fix: write the answer below the heading.')],
    ],
    [
      'a repeated question',
      '### Same?\n\nA.\n\n### Same?\n\nB.',
      // Said once, by the FAQ reader, with both lines (not again as two headings with one id).
      [faq(11, 'the question "Same?" repeats line 7. Fix: merge the two.')],
    ],
  ])('in the FAQ: %s (the loader’s rule)', (_, source, expected) => {
    expect(lint(article({ faq: source }))).toEqual(expected);
  });

  it('follows links between articles, to their headings', () => {
    const other = {
      dir: 'content/other',
      files: [
        { name: 'article.mdx', source: META.replace('slug: test-article', 'slug: other-article') },
        {
          name: '01-only.mdx',
          source: section(
            'eyebrow: Only\ntitle: Only section',
            '[ok](/blog/test-article#part-one) [bad](/blog/test-article#part-two)',
          ),
        },
      ],
    };
    expect(lint(article({ body: '[ok](/blog/other-article#only-section)' }), other)).toEqual([
      `content/other/01-only.mdx:6: link "/blog/test-article#part-two" names no heading of /blog/test-article. Fix: ${ID_HINT} /blog/test-article#first-heading.`,
    ]);
  });

  it('refuses a link from a published article to a draft, which production leaves out', () => {
    const draftMeta = META.replace('slug: test-article', 'slug: draft-article').replace('tags:', 'draft: true\ntags:');
    const draft = {
      dir: 'content/draft',
      files: [
        { name: 'article.mdx', source: draftMeta },
        { name: '01-only.mdx', source: section('eyebrow: Only\ntitle: Draft section', '[back](/blog/test-article)') },
      ],
    };
    expect(lint(article({ body: '[soon](/blog/draft-article) [twin](/blog/draft-article.md)' }), draft)).toEqual([
      body(
        6,
        'link "/blog/draft-article" points at a draft, which the production build leaves out. Fix: publish that article (remove draft: true) or remove the link.',
      ),
      body(
        6,
        'link "/blog/draft-article.md" points at a draft, which the production build leaves out. Fix: publish that article (remove draft: true) or remove the link.',
      ),
    ]);
  });

  it('still checks links when other metadata is wrong, as long as the slug is valid', () => {
    expect(lint(article({ meta: title(71), body: '[x](/blog/test-article#nope)' }))).toEqual([
      expect.stringMatching(/^content\/test\/02-body\.mdx:6: link "\/blog\/test-article#nope" names no heading/),
      expect.stringMatching(/^content\/test\/article\.mdx:4: field "title" expected at most 70 characters/),
    ]);
  });

  it('leaves /blog/ links unjudged when an article’s slug is unreadable, rather than guess', () => {
    const meta = META.replace('slug: test-article', 'slug: Not A Slug');
    expect(lint(article({ meta, body: '[x](/blog/test-article) [y](/nowhere) [z](#nope)' }))).toEqual([
      expect.stringMatching(/^content\/test\/02-body\.mdx:6: link "\/nowhere" is not a page/),
      expect.stringMatching(/^content\/test\/02-body\.mdx:6: link "#nope" names no heading of this article/),
      expect.stringMatching(/^content\/test\/article\.mdx:2: field "slug" expected lower-case words/),
    ]);
  });
});

describe('checkContent on the real content', () => {
  it('finds no problems', () => {
    expect(checkContent(join(process.cwd(), 'content')).map(formatProblem)).toEqual([]);
  });
});

describe('listFiles', () => {
  it('lists the files under a folder as site paths, and none for a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'public-'));
    try {
      mkdirSync(join(dir, 'img', 'deep'), { recursive: true });
      writeFileSync(join(dir, 'robots-extra.txt'), '');
      writeFileSync(join(dir, 'img', 'deep', 'a b.png'), '');
      expect([...listFiles(dir)].sort()).toEqual(['/img/deep/a b.png', '/robots-extra.txt']);
      expect(listFiles(join(dir, 'nothing-here')).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
