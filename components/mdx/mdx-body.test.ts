import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { describe, expect, it } from 'vitest';
import { ArticleSection } from '@/components/article/article-section';
import { parseArticle } from '@/lib/content';
import { META, section } from '@/lib/content/fixtures';

// The page and the loader read one tree: every id the loader hands to the table of contents and
// the FAQPage markup must be an element id on the rendered page, for any words an author writes.
const article = parseArticle('content/fixture', [
  { name: 'article.mdx', source: META },
  {
    name: '01-notes.mdx',
    source: section(
      'eyebrow: Notes\ntitle: Что такое архитектор?',
      'A claim.[^1] Another.[^2]\n\n### Стоимость в 2026\n\nText.\n\n### AIシステムの設計\n\nMore.\n\n[^1]: First note.\n\n[^2]: Second note.',
    ),
  },
  {
    name: '02-table.mdx',
    source: section(
      'eyebrow: Table\ntitle: Costs & models',
      'Again.[^1]\n\n| Model | Cost |\n| :-- | --: |\n| Retainer | $8k |\n\n<QuickAnswer>\n\n**Lead:** answer.\n\n</QuickAnswer>\n\n<ArchitectureDiagram />\n\n[^1]: A note with the same label in another section.',
    ),
  },
  {
    name: '03-faq.mdx',
    source: section(
      'eyebrow: FAQ\ntitle: Questions\nfaq: true',
      '### Café costs?\n\nThey vary.\n\n### ¿Cuánto cuesta?\n\nDepende.',
    ),
  },
]);
const html = article.sections
  .map((s) => renderToStaticMarkup(createElement(ArticleSection, { section: s })))
  .join('\n');
// The page's elements as a browser parses them (parse5: entities decoded, any quoting).
const elements = (node: T.ParentNode): T.Element[] =>
  node.childNodes.flatMap((c) => ('tagName' in c ? [c, ...elements(c)] : []));
const values = (name: string) =>
  elements(parseFragment(html)).flatMap((el) => el.attrs.filter((a) => a.name === name).map((a) => a.value));
const ids = values('id');

describe('the rendered page and the loader agree', () => {
  it('has, once each, every section, ### heading and FAQ id the loader derived', () => {
    const wanted = [
      ...article.sections.flatMap((s) => [s.id, ...s.subsections.map((sub) => sub.id)]),
      ...article.faq.map((q) => q.id),
    ];
    expect(wanted).toContain('стоимость-в-2026');
    expect(wanted).toContain('cuanto-cuesta');
    for (const id of wanted)
      expect(
        ids.filter((i) => i === id),
        id,
      ).toHaveLength(1);
  });

  it('gives no two elements one id, footnotes of different sections included', () => {
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('points every in-page link at an element that exists', () => {
    const targets = values('href')
      .filter((href) => href.startsWith('#'))
      .map((href) => href.slice(1));
    expect(targets.length).toBeGreaterThan(8);
    for (const target of targets) expect(ids, target).toContain(target);
  });

  // finishTables (tables.test.ts) finishes a table in one pass; here, that it renders as finished.
  it('renders the finished table: caption, scroll region, row headers, column labels and alignment as classes, no inline style', () => {
    expect(html).toContain(
      '<div class="table-scroll" role="group" aria-labelledby="s02-table-1" tabindex="0"><table><caption id="s02-table-1" class="sr-only">Costs &amp; models</caption>',
    );
    expect(html).toContain('<th scope="col" class="text-right">Cost</th>');
    expect(html).toContain('<th scope="row" data-label="Model" class="text-left">Retainer</th>');
    expect(html).toContain('<td data-label="Cost" class="text-right">$8k</td>');
    expect(html).not.toMatch(/style="/);
  });

  it('renders registered components and no element named after one', () => {
    expect(html).toContain('aria-label="Quick answer: Lead"');
    expect(html).toContain('role="img"');
    expect(html).not.toMatch(/<(QuickAnswer|ArchitectureDiagram|quickanswer)/i);
  });
});
