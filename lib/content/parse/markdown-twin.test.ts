import { site } from '@/content/site';
import { describe, expect, it } from 'vitest';
import { loadArticles, parseArticle } from '@/lib/content';
import { visit } from 'unist-util-visit';
import { plainText } from './markdown';
import { META, section } from '../fixtures';
import { articleMarkdown } from './markdown-twin';

const ORIGIN = 'https://example.test';

const twinOf = (body: string) =>
  articleMarkdown(
    parseArticle('content/t', [
      { name: 'article.mdx', source: META },
      { name: '01-a.mdx', source: section('eyebrow: Intro\ntitle: The heading', body) },
    ]),
    ORIGIN,
  );

describe('articleMarkdown', () => {
  it('opens with the headline, description, byline, dates and canonical URL', () => {
    const md = twinOf('Text.');
    expect(md.split('\n').slice(0, 8)).toEqual([
      '# A test article headline',
      '',
      '> A description long enough to pass the fifty character minimum rule.',
      '',
      `By [Mudassir Khan](${ORIGIN}), Agentic AI Consultant & AI Systems Architect  `,
      'Published 5 January 2026 · Updated 1 February 2026 · 1 min read  ',
      'Tags: Testing, AI Systems  ',
      `Canonical: ${ORIGIN}/blog/test-article`,
    ]);
  });

  it.each([
    ['a section eyebrow and heading', 'Text.', 'Section 01 · Intro\n\n## The heading\n\nText.'],
    [
      'a quick answer as a labelled quote',
      '<QuickAnswer>\n**Lead:** the answer.\n</QuickAnswer>',
      '> **Quick answer**\n>\n> **Lead:** the answer.',
    ],
    ['a GFM table', '| A | B |\n|---|---|\n| 1 | 2 |', '| A | B |\n|---|---|\n| 1 | 2 |'],
    [
      'a site: link, resolved and made absolute on the twin’s own origin',
      '[services](site:aiSystemsArchitecture)',
      '[services](https://example.test/services/ai-systems-architecture)',
    ],
    [
      'a site: link to a page served elsewhere, on the production origin',
      '[case](site:nebuladesk)',
      `[case](${site.url}/case-studies/nebuladesk-agentic-ai-product-workspace)`,
    ],
    ['a site path, made absolute', '[blog](/blog)', `[blog](${ORIGIN}/blog)`],
    ['an h3 subsection', '### Part\n\nWords.', '### Part\n\nWords.'],
    ['typographic quotes and dashes', '“Quoted” — and it’s 20–40%.', '“Quoted” — and it’s 20–40%.'],
  ])('writes %s', (_, body, expected) => {
    expect(twinOf(body)).toContain(expected);
  });

  it('refuses an element it cannot write, instead of dropping its words', () => {
    const article = parseArticle('content/t', [
      { name: 'article.mdx', source: META },
      { name: '01-a.mdx', source: section('eyebrow: Intro\ntitle: The heading') },
    ]);
    const tree = article.sections[0]!.tree;
    tree.children.push({ type: 'mdxJsxFlowElement', name: 'Chart', attributes: [], children: [] });
    expect(() => articleMarkdown(article, ORIGIN)).toThrow(/<Chart> is not a registered component/);
  });

  it('holds the words of every paragraph, heading and list item of every fixture article', () => {
    for (const article of loadArticles('tests/fixtures/content', { drafts: true })) {
      const md = articleMarkdown(article, ORIGIN);
      const lines = new Set(
        md.split('\n').map((l) =>
          l
            .replace(/^(> |#{1,6} |- )/, '')
            .replace(/\*\*(.+?)\*\*/g, '$1')
            .replace(/_(.+?)_/g, '$1')
            .replace(/`([^`]+)`/g, '$1')
            .replace(/^\[\^[^\]]+\]: /, '')
            .replace(/\[\^[^\]]+\]/g, '')
            .replace(/\[(.+?)\]\(.+?\)/g, '$1')
            .trim(),
        ),
      );
      const blocks = article.sections.flatMap((section) => {
        const found: string[] = [];
        visit(section.tree, ['paragraph', 'heading'], (n) => {
          found.push(plainText(n));
        });
        return found;
      });
      expect(blocks.length, article.slug).toBeGreaterThan(0);
      expect(
        blocks.filter((b) => !lines.has(b)),
        article.slug,
      ).toEqual([]);
    }
  });

  it('numbers footnotes by section, so [^1] in two sections stays two notes', () => {
    const twin = articleMarkdown(
      parseArticle('content/notes', [
        { name: 'article.mdx', source: META },
        { name: '01-a.mdx', source: section('eyebrow: A\ntitle: First', 'One.[^1]\n\n[^1]: First note.') },
        { name: '02-b.mdx', source: section('eyebrow: B\ntitle: Second', 'Two.[^1]\n\n[^1]: Second note.') },
      ]),
      ORIGIN,
    );
    expect(twin).toContain('One.[^1-1]');
    expect(twin).toContain('[^1-1]: First note.');
    expect(twin).toContain('Two.[^2-1]');
    expect(twin).toContain('[^2-1]: Second note.');
  });
});

describe('the diagram in the Markdown twin', () => {
  it('is written as its caption and text alternative', () => {
    expect(twinOf('<ArchitectureDiagram />')).toContain(
      '_Diagram: From product requirement to production design._ A product requirement passes through four trade-offs (latency, reliability, cost and compliance) and comes out as a component map, orchestration graph, safety guardrails and observability plan.',
    );
  });
});

describe('images in the Markdown twin', () => {
  const articles = loadArticles('tests/fixtures/content', { drafts: true }).filter((a) => a.media.size > 0);

  it('links each image beside the text to its largest fallback file, absolute, and leaves the page its own tree', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const before = JSON.stringify(article.sections.map((s) => s.tree));
      const twin = articleMarkdown(article, ORIGIN);
      for (const media of article.media.values())
        if (article.sections.some((s) => JSON.stringify(s.tree).includes(`./${media.name}`)))
          expect(twin).toContain(`(${ORIGIN}${media.largest.path})`);
      expect(twin).not.toContain('](./');
      expect(JSON.stringify(article.sections.map((s) => s.tree))).toBe(before);
    }
  });

  it('makes a /public image absolute too', () => {
    expect(twinOf('![A sketch](/img/sketch.png)')).toContain(`![A sketch](${ORIGIN}/img/sketch.png)`);
  });
});
