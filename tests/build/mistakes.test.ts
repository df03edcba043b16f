import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCopy, run } from './run';

// One real `npm run build` per kind of content mistake. Each must fail with the file, the line
// and the fix, and leave no out/ behind (a stale one is planted first to prove it goes). The
// mistakes are made in the fixture article (tests/fixtures/content), built beside the site's
// content: the site's own articles can change without changing these tests.
const ARTICLE = 'fixture-second-article';

type Edit = [file: string, from: RegExp | string, to: string];

const MISTAKES: [kind: string, edit: Edit, expected: RegExp][] = [
  [
    'a required field removed',
    ['01-overview.mdx', /^title: .*\n/m, ''],
    /01-overview\.mdx:1: field "title" is missing/,
  ],
  ['a misspelt field', ['02-faq.mdx', 'eyebrow:', 'eyebrw:'], /02-faq\.mdx:2: unknown field "eyebrw"/],
  [
    'a date without timezone',
    ['article.mdx', /published: .*/, 'published: 2026-03-10T09:00:00'],
    /article\.mdx:\d+: field "published" expected a date, time and timezone/,
  ],
  [
    'updated before published',
    ['article.mdx', /updated: .*/, 'updated: 2020-01-01T00:00:00Z'],
    /article\.mdx:\d+: field "updated" is before published/,
  ],
  [
    'a title over 70 characters',
    ['article.mdx', /^title: .*/m, `title: ${'x'.repeat(71)}`],
    /article\.mdx:\d+: field "title" expected at most 70 characters/,
  ],
  [
    'a description under 50 characters',
    ['article.mdx', /^description: .*/m, 'description: Too short.'],
    /article\.mdx:\d+: field "description" expected at least 50 characters/,
  ],
  [
    'an FAQ question without an answer',
    ['02-faq.mdx', /(### Does the fixture get its own FAQ markup\?\n)\n.*\n/, '$1'],
    /02-faq\.mdx:\d+: the question "Does the fixture get its own FAQ markup\?" has no answer/,
  ],
  [
    'a repeated FAQ question',
    ['02-faq.mdx', /$/, '\n### Does the fixture get its own FAQ markup?\n\nAsked again.\n'],
    /02-faq\.mdx:\d+: the question "Does the fixture get its own FAQ markup\?" repeats line \d+/,
  ],
  [
    'a table row with a missing cell',
    ['01-overview.mdx', '| Add a folder | A new page |', '| Add a folder A new page |'],
    /01-overview\.mdx:\d+: this table row has 1 cells? but the header row has 2 cells/,
  ],
  [
    'a broken internal link',
    ['01-overview.mdx', '(#what-a-folder-gets)', '(/blog/no-such-article)'],
    /01-overview\.mdx:\d+: link "\/blog\/no-such-article" is not a page of this site/,
  ],
  [
    'a broken #anchor',
    ['01-overview.mdx', '(#what-a-folder-gets)', '(#no-such-heading)'],
    /01-overview\.mdx:\d+: link "#no-such-heading" names no heading of this article/,
  ],
  [
    'an image that does not exist',
    ['01-overview.mdx', 'the feed and llms.txt.', 'the feed and llms.txt.\n\n![A sketch](/images/missing.png)'],
    /01-overview\.mdx:\d+: .*\/images\/missing\.png/,
  ],
  [
    'an image without alt text',
    ['01-overview.mdx', 'the feed and llms.txt.', 'the feed and llms.txt.\n\n![](/og.png)'],
    /01-overview\.mdx:\d+: .*alt/i,
  ],
  [
    'a heading that skips a level',
    ['01-overview.mdx', '### What a folder needs', '##### What a folder needs'],
    /01-overview\.mdx:\d+: a level-5 heading \("What a folder needs"\)/,
  ],
  ['an empty section', ['01-overview.mdx', /---\n\n[\s\S]*$/, '---\n'], /01-overview\.mdx:1: the section has no text/],
  [
    'an unknown component',
    ['01-overview.mdx', '<ArchitectureDiagram />', '<Diagram />'],
    /01-overview\.mdx:\d+: unknown component <Diagram>/,
  ],
];

describe('npm run build on content with a mistake', () => {
  it.each(MISTAKES)(
    'fails on %s, saying where and how to fix it, and leaves no out/',
    (kind, [file, from, to], expected) => {
      const dir = contentCopy(`mistake-${kind.replace(/\W+/g, '-')}`, { fixtures: true });
      const path = `${dir}/${ARTICLE}/${file}`;
      const source = readFileSync(path, 'utf8');
      const broken = source.replace(from, to);
      expect(broken, 'the edit applies').not.toBe(source);
      writeFileSync(path, broken);
      mkdirSync('out', { recursive: true });
      writeFileSync('out/index.html', 'a stale build');

      const { status, output } = run('npm', ['run', 'build'], dir);
      expect(status).not.toBe(0);
      expect(output).toMatch(new RegExp(`${dir.replace(/[.]/g, '\\.')}/${ARTICLE}/${expected.source}`));
      expect(output).toMatch(/Fix:/);
      expect(existsSync('out'), 'no out/ is left behind').toBe(false);
    },
  );
});
