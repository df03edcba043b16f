// What the site's tests know without a browser: the origin, the built files' addresses, and the
// content as the build saw it (the loader, CONTENT_DIR). Shared by the Playwright specs (through
// tests/e2e/helpers.ts, which re-exports all of it) and the static tests (tests/static), so it
// imports nothing of either runner.
import { existsSync, readFileSync } from 'node:fs';
import type { Link, Root, RootContent, Table } from 'mdast';
import { site } from '@/content/site';
import {
  caseStudiesIndex,
  loadArticles,
  loadCaseStudies,
  loadPages,
  loadTranslations,
  type Article,
  type CaseStudy,
  type Page as ContentPage,
  type Section,
} from '@/lib/content';
import { plainText } from '@/lib/content/parse/markdown';
import { siteOrigin } from '@/lib/site-url';
import { urlSlug } from '@/lib/slug';

/** The origin the build wrote into canonical URLs and JSON-LD (SITE_URL or content/site.ts). */
export const ORIGIN = siteOrigin();

/** ISO 8601 with a timezone. */
export const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A file of the build; says to build first when out/ is missing. */
export function builtFile(path: string): string {
  const file = `out/${path}`;
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: the end-to-end and static tests read out/ as built from CONTENT_DIR=${CONTENT_DIR}. ` +
        'Run `npm run test:site` (or `CONTENT_DIR=<dir> npm run build`) first.',
    );
  return readFileSync(file, 'utf8');
}

/** Every URL in the built sitemap, in order. */
export const sitemapUrls = (): string[] =>
  [...builtFile('sitemap.xml').matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]!);

/** The site path of an absolute URL on the site's origin (what to request, or look up in out/); throws for another origin. */
export function localPath(url: string): string {
  if (!url.startsWith(ORIGIN)) throw new Error(`${url} is not on ${ORIGIN}`);
  return new URL(url).pathname;
}

export interface JsonLdNode {
  '@type'?: string | string[];
  '@id'?: string;
  [key: string]: unknown;
}

/** Every object in a JSON value, depth first, with the key it sits under. */
export function* objects(value: unknown, key = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) for (const v of value) yield* objects(v, key);
  else if (value && typeof value === 'object') {
    yield [key, value as Record<string, unknown>];
    for (const [k, v] of Object.entries(value)) yield* objects(v, k);
  }
}

/** Every string in a JSON value with the key it sits under. */
export function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const v of value) yield* strings(v, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, k);
}

// ---------------------------------------------------------------------------------------------
// The articles, as the build saw them. Content is data: no test names an article, counts its
// sections or quotes its words. Every fact about "the article" is read here, from the same
// loader and the same CONTENT_DIR the build used, so an author who adds, copies or edits an
// article gets a suite that tests the new content instead of a red one.
// ---------------------------------------------------------------------------------------------

/** The folder the build read its articles from (the loader's CONTENT_DIR, as the build saw it). */
export const CONTENT_DIR = process.env.CONTENT_DIR || 'content';

/** Every published article, newest first: what a production build puts on the site. */
export const ARTICLES: readonly Article[] = loadArticles().filter((a) => !a.draft);

/** Every published translation as the build saw it (app/[lang]/blog/[slug]); drafts are in none. */
export const TRANSLATIONS: readonly Article[] = loadTranslations().filter((a) => !a.draft);

/**
 * Every listing page the build must write, worked out here from the loader's articles and the page
 * size in content/site.ts (not from lib/listing/tags or lib/listing/paging, which the pages use): each page of
 * /blog, the topic index, and each page of every tag, with the articles each page lists (newest
 * first) and the newest update among all the articles of its listing (its sitemap lastmod).
 */
export const LISTINGS: readonly {
  path: string;
  articles: Article[];
  newest: string;
  kind: 'blog' | 'tags' | 'tag';
  tag?: string;
}[] = (() => {
  const size = site.articlesPerPage;
  const newestOf = (list: readonly Article[]) =>
    list.map((a) => a.updated).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? '';
  const pages = (base: string, list: Article[], kind: 'blog' | 'tag', tag?: string) =>
    Array.from({ length: Math.max(1, Math.ceil(list.length / size)) }, (_, i) => ({
      path: i === 0 ? base : `${base}/page/${i + 1}`,
      articles: list.slice(i * size, (i + 1) * size),
      newest: newestOf(list),
      kind,
      tag,
    }));
  // The slug rule is lib/slug's (unit-tested there); grouping, counts and pages are worked out here.
  const slugOf = urlSlug;
  const tags = new Map<string, { name: string; articles: Article[] }>();
  for (const a of ARTICLES)
    for (const name of a.tags) {
      const entry = tags.get(slugOf(name)) ?? { name, articles: [] };
      if (!entry.articles.includes(a)) entry.articles.push(a);
      tags.set(slugOf(name), entry);
    }
  return [
    ...pages('/blog', [...ARTICLES], 'blog'),
    { path: '/blog/tags', articles: [], newest: newestOf(ARTICLES), kind: 'tags' as const },
    ...[...tags].flatMap(([slug, t]) => pages(`/blog/tags/${slug}`, t.articles, 'tag', t.name)),
  ];
})();

/** The newest article: the one the home page features, and the one the costly checks load. */
export function newestArticle(): Article {
  const [newest] = ARTICLES;
  if (!newest) throw new Error(`${CONTENT_DIR} holds no published article, so there is no article page to test.`);
  return newest;
}

/** The absolute URL of a site path, on the origin the build wrote into its pages. */
export const absolute = (path: string) => `${ORIGIN}${path === '/' ? '' : path}`;

/** Whitespace collapsed, so text from different elements compares equal. */
export const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

type MdNode = Root | RootContent;
type MdxJsxFlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;

/** Every node under `node`, depth first in document order (a parent before its children). */
export function descendants(node: MdNode): RootContent[] {
  if (!('children' in node)) return [];
  return (node.children as RootContent[]).flatMap((child) => [child, ...descendants(child)]);
}

/** The words a reader sees in an MDX node, blocks and cells apart: the loader's own reading. */
export const words = (node: MdNode): string => normalize(plainText(node));

/** The MDX components named `name` in a section, in order (<QuickAnswer>, <ArchitectureDiagram />). */
export const componentsIn = (section: Section, name: string): MdxJsxFlowElement[] =>
  descendants(section.tree).filter((n): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement' && n.name === name);

/** The GFM tables in a section, in order. */
export const tablesIn = (section: Section): Table[] =>
  descendants(section.tree).filter((n): n is Table => n.type === 'table');

/** The links in a section, in order. */
export const linksIn = (section: Section): Link[] =>
  descendants(section.tree).filter((n): n is Link => n.type === 'link');

/**
 * The address a link written in MDX must get on the page: `site:<key>` is content/site.ts's link,
 * anything else as written; a path declared in `elsewhere` on the production origin. Read from the
 * config here, not through the renderer's lib/links.
 */
export function hrefOf(url: string): string {
  const written = url.startsWith('site:') ? site.links[url.slice('site:'.length) as keyof typeof site.links] : url;
  // A path content/site.ts declares as served elsewhere is linked on the production origin.
  const path = written.replace(/[?#].*$/, '');
  return site.elsewhere.some((e) => e.path === path) ? `${site.url}${written}` : written;
}

/** A table as a reader sees it: the header cells, then each body row's cells. */
export function cellsOf(table: Table): { header: string[]; rows: string[][] } {
  const [head, ...body] = table.children.map((row) => row.children.map(words));
  return { header: head ?? [], rows: body };
}

/**
 * A section as the blocks of text a reader sees, in order: eyebrow, title, then each block of the
 * body (a component's own blocks in its place; a component without words, the diagram, adds
 * none). Joined, they are exactly the loader's `section.text` (tests/static/article.test.ts checks
 * it), so a test that finds every block on the page finds all of section.text, while the page
 * remains free to add its own words between blocks (the "Quick answer" label, the diagram's caption).
 */
export function blocksOf(section: Section): string[] {
  const blocks = (nodes: readonly RootContent[]): string[] =>
    nodes.flatMap((n) => (n.type === 'mdxJsxFlowElement' ? blocks(n.children as RootContent[]) : [words(n)]));
  return [section.eyebrow, section.title, ...blocks(section.tree.children)].map(normalize).filter(Boolean);
}

/** What an article uses, for the tests that check each feature where it is used. */
export const FEATURES = {
  subsections: { name: '### subsections outside the FAQ', has: (s: Section) => !s.faq && s.subsections.length > 0 },
  faq: { name: 'an FAQ section', has: (s: Section) => (s.faq?.length ?? 0) > 0 },
  table: { name: 'a table', has: (s: Section) => tablesIn(s).length > 0 },
  quickAnswer: { name: 'a <QuickAnswer>', has: (s: Section) => componentsIn(s, 'QuickAnswer').length > 0 },
  diagram: {
    name: 'an <ArchitectureDiagram />',
    has: (s: Section) => componentsIn(s, 'ArchitectureDiagram').length > 0,
  },
  link: { name: 'a link', has: (s: Section) => linksIn(s).length > 0 },
} as const;

/**
 * The published articles that use a feature. Each runner's `articlesWith` (tests/e2e/helpers.ts,
 * tests/static/out.ts) adds the test that fails when there are none.
 */
export const articlesUsing = (feature: keyof typeof FEATURES): Article[] =>
  ARTICLES.filter((a) => a.sections.some(FEATURES[feature].has));

/** What `articlesWith` says when no published article uses a feature. */
export const noArticleWith = (feature: keyof typeof FEATURES) =>
  `no published article in ${CONTENT_DIR}/ has ${FEATURES[feature].name}: the tests of it would check nothing. ` +
  'Keep one article that uses it, or drop the feature and its tests.';

/**
 * How a reader's text is read from a page's elements (childTexts, in a browser and over parse5):
 * these elements stay within their line; every other element is a block of its own.
 */
export const INLINE_TAGS: ReadonlySet<string> = new Set(
  'A ABBR B CODE DEL EM I KBD MARK S SMALL SPAN STRONG SUB SUP TIME'.split(' '),
);

/** A footnote's number and its way back: page furniture, not the author's words. */
export const FOOTNOTE_LINKS = 'a[data-footnote-ref], a[data-footnote-backref]';

/** The blocks of `expected` that are not found in `text`, in order (each after the previous one). */
export function missingInOrder(text: string, expected: readonly string[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const block of expected) {
    const at = text.indexOf(block, from);
    if (at < 0) missing.push(block);
    else from = at + block.length;
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// The pages that are not articles (content/<folder>/page.mdx and case-study.mdx), as the build
// saw them: read from the loader, never named here.
// ---------------------------------------------------------------------------------------------

/** Every marketing page (services, about…). */
export const CONTENT_PAGES: readonly ContentPage[] = loadPages();

/** Every published case study, newest first. */
export const CASE_STUDIES: readonly CaseStudy[] = loadCaseStudies().filter((c) => !c.draft);

/** The site path of every page built from content that is not an article, the case studies' index included. */
export const contentPagePaths = (): string[] => [
  ...CONTENT_PAGES.map((p) => p.path),
  caseStudiesIndex,
  ...CASE_STUDIES.map((c) => c.path),
];
