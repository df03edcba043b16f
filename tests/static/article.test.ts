import { describe, expect, it } from 'vitest';
import type { Article, Section } from '@/lib/content';
import { MIME } from '@/lib/media/media';
import {
  absolute,
  ARTICLES,
  blocksOf,
  cellsOf,
  CONTENT_DIR,
  componentsIn,
  hrefOf,
  linksIn,
  missingInOrder,
  normalize,
  ORIGIN,
  tablesIn,
  words,
  ZONED,
  type JsonLdNode,
} from '../site-data';
import {
  all,
  attr,
  childTexts,
  closest,
  documentTitle,
  elementChildren,
  hiddenOnPhone,
  matches,
  textContent,
  type Element,
} from './dom';
import { articlesWith, firstAttr, image, jsonLdOf, only, onlyAttr, page, type Doc } from './out';

// Every published article, each checked against what the loader read from its files: the page
// must show all of it, in order, and its JSON-LD must say the same. Nothing here names an article
// or counts its parts; the counts are the loader's. The page is the static HTML of out/, which is
// exactly what a reader without JavaScript gets.

const graph = (doc: Doc) => jsonLdOf(doc)['@graph'];

const node = (nodes: JsonLdNode[], type: string) => {
  const found = nodes.filter((n) => n['@type'] === type);
  expect(found, `one ${type} node`).toHaveLength(1);
  return found[0]!;
};

/** The page's section element of a loader section (the one labelled by its h2). */
const sectionOnPage = (doc: Doc, section: Section): Element =>
  only(doc, `main article section[aria-labelledby="${section.id}"]`);

/** The visible FAQ of an article: each h3 of its FAQ section and the blocks up to the next h3. */
function visibleFaq(doc: Doc, article: Article) {
  const faqSection = article.sections.find((s) => s.faq)!;
  const pairs: { question: string; answer: string }[] = [];
  let inQuestions = false;
  for (const { tag, text } of childTexts(sectionOnPage(doc, faqSection))) {
    if (tag === 'H3') {
      inQuestions = true;
      pairs.push({ question: text, answer: '' });
    } else if (inQuestions) pairs.at(-1)!.answer = normalize(`${pairs.at(-1)!.answer} ${text}`);
  }
  return pairs;
}

// Each feature tested below per article, compared with the loader's count (none included), is
// also used by at least one article: otherwise its test would compare nothing with nothing.
for (const feature of ['subsections', 'table', 'quickAnswer', 'link'] as const) articlesWith(feature);

// Without one, every per-article test below would vanish and the suite pass (tests/e2e/seo.spec.ts
// checks that the sitemap lists exactly these articles).
it('the content has a published article to test', () => {
  expect(
    ARTICLES.map((a) => a.path),
    `${CONTENT_DIR}/ holds no published article`,
  ).not.toEqual([]);
});

for (const article of ARTICLES) {
  describe(`article ${article.path}`, () => {
    const doc = () => page(article.path);

    it('has one h1, the headline, and its sections’ eyebrows, headings and ids in order', () => {
      // Playwright's toHaveText: whitespace collapsed on both sides.
      expect(normalize(textContent(only(doc(), 'h1')))).toBe(normalize(article.headline));
      const h2 = all(doc(), 'main article .prose > section[aria-labelledby] > h2');
      expect(h2.map(textContent)).toEqual(article.sections.map((s) => s.title));
      expect(h2.map((h) => attr(h, 'id') ?? '')).toEqual(article.sections.map((s) => s.id));
      const eyebrows = all(doc(), 'main article .prose > section[aria-labelledby] > p.eyebrow');
      expect(eyebrows.map(textContent)).toEqual(article.sections.map((s) => s.eyebrow));
    });

    it('gives each ### subsection the loader’s id, in order, as an h3 that links to itself', () => {
      for (const section of article.sections) {
        const h3 = all(sectionOnPage(doc(), section), 'h3').map((h) => {
          const id = attr(h, 'id') ?? '';
          return { id, title: textContent(h), selfLink: all(h, 'a[href]').some((a) => attr(a, 'href') === `#${id}`) };
        });
        expect(h3, section.title).toEqual(section.subsections.map(({ id, title }) => ({ id, title, selfLink: true })));
      }
    });

    it('renders the tables of its MDX with their header cells (scope=col) and rows', () => {
      const tables = all(doc(), 'main table').map((t) => ({
        header: all(t, 'thead th').map((th) => [textContent(th).trim(), attr(th, 'scope')]),
        rows: all(t, 'tbody tr').map((tr) => all(tr, 'td, th').map((c) => textContent(c).trim())),
      }));
      const expected = article.sections.flatMap(tablesIn).map(cellsOf);
      expect(tables).toEqual(expected.map((t) => ({ header: t.header.map((h) => [h, 'col']), rows: t.rows })));
    });

    it('shows each <QuickAnswer> as a callout labelled by its lead', () => {
      // Label and answer, each as its own block.
      const shown = all(doc(), 'main article div[role="note"][aria-label^="Quick answer: "]').map((a) => ({
        label: attr(a, 'aria-label'),
        blocks: elementChildren(a).map((c) => normalize(textContent(c))),
      }));
      const expected = article.sections
        .flatMap((s) => componentsIn(s, 'QuickAnswer'))
        .map((qa) => words(qa))
        .map((text) => ({ label: `Quick answer: ${text.split(':')[0]!.trim()}`, blocks: ['Quick answer', text] }));
      expect(shown).toEqual(expected);
    });

    it('links every link of its MDX with its words, site: links to the URLs in content/site.ts', () => {
      for (const section of article.sections) {
        const links = all(sectionOnPage(doc(), section), 'a')
          // Footnote numbers and their way back are made by the page, not written as links.
          .filter((a) => !closest(a, 'h2, h3') && !matches(a, '[data-footnote-ref], [data-footnote-backref]'))
          .map((a) => ({ text: normalize(textContent(a)), href: attr(a, 'href') }));
        expect(links, section.title).toEqual(linksIn(section).map((l) => ({ text: words(l), href: hrefOf(l.url) })));
      }
    });

    it('Article JSON-LD matches the page and the article: headline, author, dates, image and url', () => {
      const posting = node(graph(doc()), 'BlogPosting');
      expect(posting.headline).toBe(article.headline);
      expect(posting.headline).toBe(textContent(only(doc(), 'h1')));
      expect(posting.url).toBe(absolute(article.path));
      expect(posting.url).toBe(onlyAttr(doc(), 'link[rel="canonical"]', 'href'));
      expect((posting.author as { name: string }).name).toBe(article.author.name);
      expect(posting.wordCount).toBe(article.wordCount);
      expect(posting.datePublished).toBe(article.published);
      expect(posting.dateModified).toBe(article.updated);
      expect(posting.datePublished).toMatch(ZONED);
      expect(posting.dateModified).toMatch(ZONED);
      const times = all(doc(), 'main article header time').map((t) => attr(t, 'datetime'));
      expect(times).toEqual([article.published, article.updated]);
      const images = (posting.image as { url: string }[]).map((i) => i.url);
      expect(images.length).toBeGreaterThan(0);
      for (const url of images) {
        expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
        // Served (a file of out/), with the type the bytes are: the drawn covers are PNG; the
        // crops of a cover photo (cover:) keep its fallback format.
        expect(image(url.replace(ORIGIN, '')).type, url).toBe(
          article.coverPhoto ? MIME[article.coverPhoto['16x9'].format] : 'image/png',
        );
      }
    });

    it('head carries its title, description, canonical, Open Graph article tags and a Twitter card', () => {
      const meta = (sel: string) => firstAttr(doc(), sel);
      // Playwright's toHaveTitle: whitespace collapsed on both sides.
      expect(normalize(documentTitle(doc()))).toBe(normalize(article.title));
      expect(onlyAttr(doc(), 'link[rel="canonical"]', 'href')).toBe(absolute(article.path));
      expect(meta('meta[name="description"]')).toBe(article.description);
      expect(meta('meta[property="og:type"]')).toBe('article');
      expect(meta('meta[property="og:url"]')).toBe(absolute(article.path));
      expect(meta('meta[property="article:published_time"]')).toBe(article.published);
      expect(meta('meta[property="article:modified_time"]')).toBe(article.updated);
      expect(meta('meta[property="article:author"]')).toBe(absolute(article.author.path));
      const tags = all(doc(), 'meta[property="article:tag"]').map((e) => attr(e, 'content'));
      expect(tags).toEqual(article.tags);
      // The crop of the article's cover photo when it names one (cover:), else its drawn cover.
      expect(meta('meta[property="og:image"]')).toBe(
        absolute(article.coverPhoto?.og.path ?? `${article.path}/cover-og.png`),
      );
      expect(meta('meta[property="og:image:width"]')).toBe('1200');
      expect(meta('meta[property="og:image:height"]')).toBe('630');
      expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    });
  });

  it(`${article.path}: every word of every section is on the page, in order, with JavaScript disabled`, () => {
    const doc = page(article.path, { scripting: false });
    for (const section of article.sections) {
      const blocks = blocksOf(section);
      // The blocks looked for are the loader's whole section.text, nothing left out.
      expect(normalize(blocks.join(' ')), `${section.name}: blocksOf reads all of section.text`).toBe(
        normalize(section.text),
      );
      // The section is shown: nothing in its HTML hides it on a phone (the browser check this
      // replaces, toBeVisible, ran at a desktop's width; the stylesheet is the browser specs').
      const shown = sectionOnPage(doc, section);
      expect(hiddenOnPhone(shown), `${section.name}: the section is not hidden by its HTML`).toBe(false);
      const text = childTexts(shown)
        .map((c) => c.text)
        .join(' ');
      expect(missingInOrder(normalize(text), blocks), `${section.name}: blocks missing from the page`).toEqual([]);
    }
  });
}

const withFaq = articlesWith('faq');
for (const article of withFaq) {
  it(`${article.path}: FAQPage JSON-LD holds its questions and answers, as shown, word for word`, () => {
    const doc = page(article.path);
    const expected = article.faq.map(({ question, answer }) => ({ question, answer }));
    expect(expected.length).toBeGreaterThan(0);
    expect(visibleFaq(doc, article)).toEqual(expected.map((e) => ({ ...e, answer: normalize(e.answer) })));
    const questions = node(graph(doc), 'FAQPage').mainEntity as {
      '@type': string;
      name: string;
      url: string;
      acceptedAnswer: { '@type': string; text: string };
    }[];
    expect(questions.map((q) => ({ question: q.name, answer: q.acceptedAnswer.text }))).toEqual(expected);
    expect(questions.map((q) => q.url)).toEqual(article.faq.map((f) => `${absolute(article.path)}#${f.id}`));
    expect(questions.every((q) => q['@type'] === 'Question' && q.acceptedAnswer['@type'] === 'Answer')).toBe(true);
  });
}

for (const article of ARTICLES.filter((a) => !withFaq.includes(a))) {
  it(`${article.path}: has no FAQ, so no FAQPage JSON-LD`, () => {
    expect(graph(page(article.path)).filter((n) => n['@type'] === 'FAQPage')).toEqual([]);
  });
}
