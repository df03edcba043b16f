import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentCopy, run } from './run';

// One real `npm run build` per kind of content mistake. Each must fail with the file, the line
// and the fix, and leave no out/ behind (a stale one is planted first to prove it goes).
const ARTICLE = 'ai-systems-architect-role';

type Edit = [file: string, from: RegExp | string, to: string];

const MISTAKES: [kind: string, edit: Edit, expected: RegExp][] = [
  [
    'a required field removed',
    ['03-what-they-own.mdx', /^title: .*\n/m, ''],
    /03-what-they-own\.mdx:1: field "title" is missing/,
  ],
  [
    'a misspelt field',
    ['02-role-comparison.mdx', 'eyebrow:', 'eyebrw:'],
    /02-role-comparison\.mdx:2: unknown field "eyebrw"/,
  ],
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
    ['08-faq.mdx', /(### What does an AI systems architect do\?\n)\n.*\n/, '$1'],
    /08-faq\.mdx:\d+: the question "What does an AI systems architect do\?" has no answer/,
  ],
  [
    'a repeated FAQ question',
    ['08-faq.mdx', '### How do I hire an AI systems architect?', '### What does an AI systems architect do?'],
    /08-faq\.mdx:\d+: the question "What does an AI systems architect do\?" repeats line \d+/,
  ],
  [
    'a table row with a missing cell',
    ['05-deliverables.mdx', '| Observability plan | Metrics list', '| Observability plan Metrics list'],
    /05-deliverables\.mdx:\d+: this table row has 1 cells? but the header row has 2 cells/,
  ],
  [
    'a broken internal link',
    ['04-when-to-hire.mdx', 'specific inflection points.', 'specific [inflection points](/blog/no-such-article).'],
    /04-when-to-hire\.mdx:\d+: link "\/blog\/no-such-article" is not a page of this site/,
  ],
  [
    'a broken #anchor',
    ['04-when-to-hire.mdx', 'specific inflection points.', 'specific [inflection points](#no-such-heading).'],
    /04-when-to-hire\.mdx:\d+: link "#no-such-heading" names no heading of this article/,
  ],
  [
    'an image that does not exist',
    ['06-how-to-evaluate.mdx', 'wrong title.', 'wrong title.\n\n![A sketch](/images/missing.png)'],
    /06-how-to-evaluate\.mdx:\d+: .*\/images\/missing\.png/,
  ],
  [
    'an image without alt text',
    ['06-how-to-evaluate.mdx', 'wrong title.', 'wrong title.\n\n![](/og.png)'],
    /06-how-to-evaluate\.mdx:\d+: .*alt/i,
  ],
  [
    'a heading that skips a level',
    ['03-what-they-own.mdx', '### Inference infrastructure', '##### Inference infrastructure'],
    /03-what-they-own\.mdx:\d+: a level-5 heading \("Inference infrastructure"\)/,
  ],
  [
    'an empty section',
    ['07-engagement-model.mdx', /---\n\n[\s\S]*$/, '---\n'],
    /07-engagement-model\.mdx:1: the section has no text/,
  ],
  [
    'an unknown component',
    ['01-definition.mdx', '<ArchitectureDiagram />', '<Diagram />'],
    /01-definition\.mdx:\d+: unknown component <Diagram>/,
  ],
];

describe('npm run build on content with a mistake', () => {
  it.each(MISTAKES)(
    'fails on %s, saying where and how to fix it, and leaves no out/',
    (kind, [file, from, to], expected) => {
      const dir = contentCopy(`mistake-${kind.replace(/\W+/g, '-')}`);
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
