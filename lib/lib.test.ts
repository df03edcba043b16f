import { describe, expect, it } from 'vitest';
import { site } from '@/content/site';
import { formatDate } from './dates';
import { coverImages, coverKindOf } from './media/covers';
import { articleCover } from './media/media';
import { elsewhereUrl, resolveHref } from './links';
import { absoluteUrl, siteOrigin } from './site-url';
import { slugify } from './slug';
import { countWords, holdsComponent, parseMdx, plainText } from './content/parse/markdown';
import { drawsDiagram } from './art/diagram';
import type { Paragraph, Root } from 'mdast';

describe('slugify', () => {
  it.each([
    ['What is an AI systems architect?', 'what-is-an-ai-systems-architect'],
    ['Safety & guardrails spec', 'safety-and-guardrails-spec'],
    ['  Fractional AI systems architect vs. full-time hire ', 'fractional-ai-systems-architect-vs-full-time-hire'],
    ['Café déjà vu', 'cafe-deja-vu'],
    ['“Quoted” — dashes', 'quoted-dashes'],
    ['???', ''],
    ['— … —', ''],
    ['Что такое архитектор ИИ?', 'что-такое-архитектор-ии'],
    ['AIシステムの設計', 'aiシステムの設計'],
    ['हिंदी में शीर्षक', 'हिंदी-में-शीर्षक'],
    ['Über 2026: costs', 'uber-2026-costs'],
  ])('%s → %s', (input, expected) => expect(slugify(input)).toBe(expected));
});

describe('siteOrigin and absoluteUrl', () => {
  it.each([
    [{}, 'https://mudassirkhan.me'],
    [{ SITE_URL: 'https://preview.example.com/' }, 'https://preview.example.com'],
    [{ SITE_URL: 'http://localhost:3000/some/path' }, 'http://localhost:3000'],
    [{ SITE_URL: '   ' }, 'https://mudassirkhan.me'],
  ])('%j → %s', (env, expected) => expect(siteOrigin(env)).toBe(expected));

  it.each([['not a url'], ['ftp://example.com'], ['/relative']])('rejects SITE_URL=%s with a clear message', (bad) => {
    expect(() => siteOrigin({ SITE_URL: bad })).toThrow(/SITE_URL must/);
  });

  it('joins origin and path, and refuses a relative path', () => {
    expect(absoluteUrl('/', 'https://a.test')).toBe('https://a.test');
    expect(absoluteUrl('/blog/x', 'https://a.test')).toBe('https://a.test/blog/x');
    expect(() => absoluteUrl('blog', 'https://a.test')).toThrow(/starting with "\/"/);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-03-10T09:00:00+00:00', '10 March 2026'],
    ['2026-11-24T23:30:00-08:00', '24 November 2026'],
    ['2026-01-01T00:30:00+14:00', '1 January 2026'],
  ])('%s → %s (the date as written, whatever the build machine’s timezone)', (iso, expected) =>
    expect(formatDate(iso)).toBe(expected),
  );

  it.each([['yesterday'], ['2026-13-45T00:00:00Z']])('rejects %s', (bad) =>
    expect(() => formatDate(bad)).toThrow(/ISO 8601/),
  );
});

describe('elsewhereUrl', () => {
  const elsewhere = [{ path: '/case-studies/served-elsewhere' }];
  const production = 'https://example.org';
  it.each([
    // Served by another system on the production origin: every build links to it there.
    ['/case-studies/served-elsewhere', 'https://example.org/case-studies/served-elsewhere'],
    ['/case-studies/served-elsewhere#figure', 'https://example.org/case-studies/served-elsewhere#figure'],
    ['/case-studies/served-elsewhere?ref=1', 'https://example.org/case-studies/served-elsewhere?ref=1'],
    // Anything else stays as written: this build's own pages, a longer path, other sites.
    ['/case-studies/served-elsewhere-too', '/case-studies/served-elsewhere-too'],
    ['/case-studies', '/case-studies'],
    ['#faq', '#faq'],
    ['https://example.com/case-studies/served-elsewhere', 'https://example.com/case-studies/served-elsewhere'],
  ])('%s → %s', (href, expected) => expect(elsewhereUrl(href, elsewhere, production)).toBe(expected));
});

describe('resolveHref', () => {
  it.each([
    // Pages of this origin are paths, so a SITE_URL preview links to itself; a path content/site.ts
    // declares as served elsewhere is on the production origin.
    ['site:nebuladesk', `${site.url}/case-studies/nebuladesk-agentic-ai-product-workspace`],
    ['site:aiSystemsArchitecture', '/services/ai-systems-architecture'],
    ['/blog', '/blog'],
    ['#faq', '#faq'],
    ['https://example.com/', 'https://example.com/'],
  ])('%s → %s', (href, expected) => expect(resolveHref(href)).toBe(expected));

  it.each([['site:nowhere'], ['site:toString'], ['site:']])('throws for unknown link %s', (href) => {
    expect(() => resolveHref(href)).toThrow(/Unknown link/);
  });
});

describe('cover images', () => {
  it('names one PNG per size under the article path', () => {
    const images = coverImages('/blog/x');
    expect(images.og).toEqual({ kind: 'og', path: '/blog/x/cover-og.png', width: 1200, height: 630 });
    expect(Object.values(images).map((i) => i.width / i.height)).toEqual([1200 / 630, 16 / 9, 4 / 3, 1]);
  });

  it('chooses the cover once: the crops of the photo when the article names one, else the drawn PNGs', () => {
    const drawn = articleCover({ path: '/blog/x' });
    expect(drawn.photo).toBe(false);
    expect(drawn.images['1x1']).toEqual({
      kind: '1x1',
      path: '/blog/x/cover-1x1.png',
      width: 1200,
      height: 1200,
      format: 'png',
    });
    const crop = (kind: string, width: number, height: number) => ({
      file: `photo-${kind}.jpg`,
      path: `/media/photo-${kind}.jpg`,
      source: '/content/x/photo.jpg',
      hash: 'h',
      width,
      height,
      format: 'jpeg' as const,
      crop: true,
    });
    const coverPhoto = {
      og: crop('og', 1200, 630),
      '16x9': crop('16x9', 1200, 675),
      '4x3': crop('4x3', 1200, 900),
      '1x1': crop('1x1', 1200, 1200),
    };
    expect(articleCover({ path: '/blog/x', coverPhoto })).toEqual({ photo: true, images: coverPhoto });
  });

  it.each([
    ['cover-og.png', 'og'],
    ['cover-4x3.png', '4x3'],
    ['cover-3x2.png', undefined],
    ['cover-og.jpg', undefined],
    ['cover-constructor.png', undefined],
  ])('coverKindOf(%s) → %s', (name, expected) => expect(coverKindOf(name)).toBe(expected));
});

describe('plainText and countWords', () => {
  it.each([
    ['Para one.\n\nPara two.', 'Para one. Para two.'],
    ['**Bold** and _em_ and [a link](x) and `code`.', 'Bold and em and a link and code.'],
    ['| A | B |\n|---|---|\n| 1 | 2 |', 'A B 1 2'],
    ['- item one\n- item two', 'item one item two'],
    ['<QuickAnswer>\n**Lead:** text.\n</QuickAnswer>', 'Lead: text.'],
    ['<QuickAnswer>**Lead:** on one line.</QuickAnswer>', 'Lead: on one line.'],
    // Where it differs from mdast-util-to-string alone: what is not text on the page is left out.
    ['Before ![a chart](./c.png) after.', 'Before after.'],
    ['A claim.[^1]\n\n[^1]: The note.', 'A claim. The note.'],
    ['Text.\n\n```js\nconst code = 1;\n```', 'Text.'],
    ['---\ntitle: T\n---\n\nBody.', 'Body.'],
    ['> Quoted **and** _nested_\n>\n> - in a list', 'Quoted and nested in a list'],
  ])('%j → %j', (md, expected) => expect(plainText(parseMdx(md))).toBe(expected));

  it('reads an inline node, and a list of blocks, as well as a tree', () => {
    const tree = parseMdx('A [linked *word*](x) here.\n\nNext.');
    const paragraph = tree.children[0] as Paragraph;
    expect(plainText(paragraph.children[1]!)).toBe('linked word');
    expect(plainText(tree.children)).toBe('A linked word here. Next.');
  });

  it.each([
    ['', 0],
    ['one', 1],
    ['Fintech, healthcare, legal — and government.', 5],
    ['$200,000–$350,000 at 20–40% of the cost', 6],
    ['architect’s beat', 2],
  ])('countWords(%j) → %i', (text, expected) => expect(countWords(text)).toBe(expected));
});

describe('holdsComponent and drawsDiagram', () => {
  const component = (name: string, children: unknown[] = []) => ({ type: 'mdxJsxFlowElement', name, children });
  const words = { type: 'paragraph', children: [{ type: 'text', value: 'ArchitectureDiagram' }] };
  const root = (...children: unknown[]) => ({ type: 'root', children }) as unknown as Root;

  it.each([
    ['the component itself', component('Contact'), 'Contact', true],
    ['the component at any depth', root(words, component('QuickAnswer', [component('Contact')])), 'Contact', true],
    ['another component only', root(component('QuickAnswer')), 'Contact', false],
    ['its name as words', root(words), 'ArchitectureDiagram', false],
    ['an empty tree', root(), 'Contact', false],
  ])('%s → %s', (_, tree, name, expected) => expect(holdsComponent(tree, name)).toBe(expected));

  it('says whether any section draws the diagram', () => {
    expect(drawsDiagram([{ tree: root(words) }, { tree: root(component('ArchitectureDiagram')) }])).toBe(true);
    expect(drawsDiagram([{ tree: root(words) }, { tree: root(component('Contact')) }])).toBe(false);
    expect(drawsDiagram([])).toBe(false);
  });
});
