import { appendFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectTags, type Tag } from '@/lib/listing/tags';
import { completeArticle, type Article, type Version } from './kinds/article';
import { languageName, languageSegment } from '@/lib/language';
import { caseStudiesIndex, caseStudyPath, completeCaseStudy, type CaseStudy } from './kinds/case-study';
import { inspectContent } from './checks';
import { formatProblem } from './errors';
import { completePage, type Page } from './kinds/page';
import type { Notice } from './checks/site';
import edits from './edits.watched';
import { folderFingerprint } from './fingerprint.cjs';
import { reportOnce } from './dev-log';
import { ContentError } from './errors';
import { contentRoot, showDrafts } from './load';
import { mediaOf, type Media, type Variant } from '@/lib/media/media';
import { openArticleCache, withArticleCache } from './article-cache';
import { withTreeCache } from './parse/markdown';
import { openTreeCache } from './parse/tree-cache';
import {
  codeKey,
  dropPositions,
  PARSER_ENTRY,
  pruneSnapshots,
  readSnapshot,
  readerKey,
  readSnapshotHead,
  snapshotFile,
  snapshotKey,
  writeSnapshot,
} from './snapshot';
import { assetSource } from './kinds/entry';
import { trustConfig } from './checks/site';
import { namedImages } from './checks/trust';

/** Every article of a content folder, drafts included, newest first, with an index by slug. */
interface Content {
  /** The originals (articles in the site's language), drafts included: what every listing reads. */
  articles: Article[];
  published: Article[];
  bySlug: Map<string, Article>;
  /** The translations, drafts included, by `<language segment>/<slug>` (ur-latn/x). */
  translations: Map<string, Article>;
  /** Marketing pages (services, about), by path. */
  pages: Map<string, Page>;
  /** Case studies, drafts included, newest first. */
  caseStudies: CaseStudy[];
  /** What the author is told without stopping the build (no contact channel, paths served elsewhere). */
  notices: Notice[];
  /** The images content/site.ts names (portrait, testimonial photos, client logos), by path in the content root. */
  siteMedia: Map<string, Media>;
  /** Filled by mediaFiles on first use. */
  mediaFiles?: { all?: Map<string, Variant>; published?: Map<string, Variant> };
  /** Every tag of the published articles (and of all, drafts included), derived once for every page. */
  tags: { published: Tags; all: Tags };
}

/** Tags sorted by name, and by slug for the one-tag lookups of each tag page. */
interface Tags {
  list: Tag[];
  bySlug: Map<string, Tag>;
}

function tagIndex(articles: readonly Article[]): Tags {
  const list = collectTags(articles);
  return { list, bySlug: new Map(list.map((t) => [t.slug, t])) };
}

type Memo = {
  key: string;
  content?: Content;
  error?: ContentError;
  slugs: string[];
  /** The translations' route params, as far as they could be read (npm run dev lists them before the page reports a problem). */
  translated: { lang: string; slug: string }[];
  paths: string[];
  studies: string[];
};

// On globalThis, not in a module variable: Next.js bundles this module into several routes (and
// server layers), and each bundle would otherwise hold, and read, a copy of its own.
const MEMO = Symbol.for('site.content');
const REPORTED = Symbol.for('site.content.reported');
const store = globalThis as typeof globalThis & { [MEMO]?: Memo; [REPORTED]?: string };

/**
 * The content, read once. A production build parses the folder once, in the main process before
 * any worker starts (shareContent, from next.config.mjs), and each static-generation worker loads
 * that snapshot instead of parsing again; every process keeps what it read: the files cannot
 * change under a build. Anywhere else (`next dev`, tests) the folder's fingerprint is checked on
 * each call, so an edit is read again and nothing else is.
 */
function content(root: string): Content {
  const memo = memoFor(root);
  if (!memo.error) {
    store[REPORTED] = undefined;
    return memo.content!;
  }
  // npm run dev prints the problems once, however often (and through however many reads) they
  // come back, until they change; the build prints the error it stops with.
  if (showDrafts() && store[REPORTED] !== memo.error.message) reportOnce(memo.error);
  store[REPORTED] = memo.error.message;
  throw memo.error;
}

function memoFor(root: string): Memo {
  const key = `${root}\0${edits}\0${process.env.NODE_ENV === 'production' ? 'build' : folderFingerprint(root)}`;
  const memo = store[MEMO];
  return memo?.key === key ? memo : (store[MEMO] = { key, ...(shared(root) ?? read(root)) });
}

/** What shareContent hands every worker of a production build: the content of one folder, parsed. */
type Shared = Omit<Memo, 'key' | 'error'>;

/** Names the snapshot of the build's content (set by shareContent, inherited by the workers). */
export const SNAPSHOT_ENV = 'SITE_CONTENT_SNAPSHOT';

/**
 * The build's snapshot of this folder, when a production build made one and it is whole. A
 * missing, partial or damaged file is never trusted: the caller parses the folder instead.
 */
function shared(root: string): Shared | undefined {
  const file = process.env.NODE_ENV === 'production' ? process.env[SNAPSHOT_ENV] : undefined;
  if (!file) return undefined;
  const loaded = readSnapshot<Shared>(file, root);
  if ('value' in loaded) return loaded.value;
  console.warn(
    `warning: the content snapshot ${relative(process.cwd(), file)} is ${loaded.problem}; parsing ${root} again.`,
  );
  return undefined;
}

/**
 * Parses the content folder once for a whole production build and shares it (next.config.mjs,
 * production-build phase, main process, before any worker starts): writes the snapshot under
 * `cacheDir`, named by the folder's and the parser's key, unless a build already wrote that one,
 * and names it in SNAPSHOT_ENV, which every worker inherits. Says the content's warnings once.
 * Throws the ContentError of content that cannot be published, writing nothing. Returns the file,
 * or undefined when it could not be written (each worker then parses the folder itself).
 */
export function shareContent(
  root: string = contentRoot(),
  cacheDir = join(process.cwd(), '.next/cache/content'),
): string | undefined {
  const file = snapshotFile(cacheDir, snapshotKey(root));
  // A second call in one process (a config loaded twice) has nothing to add.
  if (process.env[SNAPSHOT_ENV] === file && 'value' in readSnapshotHead(file, root)) return file;
  delete process.env[SNAPSHOT_ENV];
  // The warnings are the snapshot's head: a build that reuses it reads them, not the whole content.
  const saved = readSnapshotHead<Notice[]>(file, root);
  if ('value' in saved) {
    warn(saved.value);
  } else {
    // Each MDX file's tree, kept between builds: a rebuild parses only the files edited since.
    const trees = openTreeCache(join(cacheDir, '..', 'mdx-trees'), codeKey(PARSER_ENTRY));
    // Each article folder as read, kept between builds: a rebuild reads only the folders edited since.
    const articles = openArticleCache(join(cacheDir, '..', 'articles'), readerKey());
    const { slugs, translated, paths, studies, content, error } = withTreeCache(trees, () =>
      withArticleCache(articles, () => memoFor(root)),
    );
    trees.prune();
    articles.prune();
    if (error) throw error;
    try {
      // The checks, which read the source positions, are done: the workers need none.
      const shared: Shared = dropPositions({ slugs, translated, paths, studies, content });
      writeSnapshot(file, root, shared, content!.notices);
    } catch (problem) {
      // Slower, not wrong: each worker parses the folder itself, as it would without a snapshot.
      console.warn(
        `warning: the content snapshot could not be written (${(problem as Error).message}); each worker will parse ${root}.`,
      );
      return undefined;
    } finally {
      // The main process renders nothing: it need not hold the content while the workers do.
      store[MEMO] = undefined;
    }
  }
  pruneSnapshots(file);
  process.env[SNAPSHOT_ENV] = file;
  return file;
}

/** A production build says each warning once, as it reads the content (the one read of the build). */
function warn(notices: readonly Notice[]) {
  if (process.env.NODE_ENV === 'production') for (const n of notices) console.warn(`${n.level}: ${formatProblem(n)}`);
}

/** Reads, checks and derives every article: the one content load (CONTENT_LOAD_LOG counts them). */
function read(root: string): Omit<Memo, 'key'> {
  if (process.env.CONTENT_LOAD_LOG) appendFileSync(process.env.CONTENT_LOAD_LOG, `${process.pid} ${root}\n`);
  const { parsed, pages, caseStudies, problems, notices, siteAssets } = inspectContent(root);
  const slugs = parsed.flatMap((a) => (a.slug && a.language === undefined ? [a.slug] : []));
  const translated = parsed.flatMap((a) =>
    a.slug && a.language !== undefined ? [{ lang: languageSegment(a.language), slug: a.slug }] : [],
  );
  const paths = pages.flatMap((p) => (p.path ? [p.path] : []));
  const studies = caseStudies.flatMap((c) => (c.slug ? [c.slug] : []));
  if (problems.length) return { error: new ContentError(problems), slugs, translated, paths, studies };
  warn(notices);
  const { originals: articles, translations } = linkVersions(
    parsed.map(completeArticle).sort((a, b) => Date.parse(b.published) - Date.parse(a.published)),
  );
  const byDate = (a: CaseStudy, b: CaseStudy) => Date.parse(b.published) - Date.parse(a.published);
  const published = articles.filter((a) => !a.draft);
  return {
    slugs,
    translated,
    paths,
    studies,
    content: {
      articles,
      published,
      bySlug: new Map(articles.map((a) => [a.slug, a])),
      translations: new Map(translations.map((t) => [translationKey(t.language, t.slug), t])),
      pages: new Map(pages.map(completePage).map((p) => [p.path, p])),
      caseStudies: caseStudies.map(completeCaseStudy).sort(byDate),
      notices,
      // The checks have refused a named file that is missing or unreadable.
      siteMedia: new Map(
        namedImages(trustConfig()).map((path) => {
          const asset = siteAssets.get(path)!;
          return [path, mediaOf(assetSource(path, new Map([[asset.name, asset]]), asset.name))];
        }),
      ),
      tags: { published: tagIndex(published), all: tagIndex(articles) },
    },
  };
}

const translationKey = (language: string, slug: string) => `${languageSegment(language)}/${slug}`;

/**
 * Splits the articles into originals and translations, and gives each its versions: the original
 * and its published translations (a draft is in none until published), the original first, then
 * by language tag. A translation without a cover photo of its own shows its original's.
 */
export function linkVersions(all: readonly Article[]): { originals: Article[]; translations: Article[] } {
  const originals = all.filter((a) => !a.translationOf);
  const translations = all.filter((a) => a.translationOf);
  const version = (a: Article): Version => ({
    language: a.language,
    name: languageName(a.language),
    slug: a.slug,
    path: a.path,
    original: !a.translationOf,
  });
  for (const original of originals) {
    const own = translations
      .filter((t) => t.translationOf === original.slug)
      .sort((a, b) => a.language.localeCompare(b.language));
    const versions = [original, ...own].filter((a) => !a.draft).map(version);
    for (const a of [original, ...own]) {
      a.versions = versions;
      if (a !== original) a.coverPhoto ??= original.coverPhoto;
    }
  }
  return { originals, translations };
}

/**
 * Every article, validated and checked against every rule (a mistake in a draft still fails),
 * newest first, without drafts unless `drafts` says so. Throws a ContentError naming each problem.
 */
export function loadArticles(root: string = contentRoot(), { drafts = showDrafts() } = {}): Article[] {
  const { articles, published } = content(root);
  return drafts ? articles : published;
}

/** The article the home page leads with: the newest marked `featured: true`, else the newest. */
export function featuredArticle(root: string = contentRoot()): Article | undefined {
  const articles = loadArticles(root);
  return articles.find((a) => a.featured) ?? articles[0];
}

/** One article by slug (drafts only where they are shown), or undefined. */
export function loadArticle(slug: string, root: string = contentRoot()): Article | undefined {
  const article = content(root).bySlug.get(slug);
  return article && (showDrafts() || !article.draft) ? article : undefined;
}

/**
 * The params of the routes with one page per article. A build stops here on any content problem,
 * before a page is written. `npm run dev` lists the slugs it could read instead, so the page
 * itself reports the problem in the error overlay, once, rather than here and there again.
 */
export function articleParams(root: string = contentRoot()): { slug: string }[] {
  if (!showDrafts()) return loadArticles(root).map(({ slug }) => ({ slug }));
  return memoFor(root).slugs.map((slug) => ({ slug }));
}

/**
 * Every optimized image file of the articles, pages and case studies shown (what /media holds), by file name, derived
 * once per content load. Two articles holding the same image share its files: same bytes, same
 * names, one encode.
 */
export function mediaFiles(root: string = contentRoot()): ReadonlyMap<string, Variant> {
  const c = content(root);
  const key = showDrafts() ? 'all' : 'published';
  c.mediaFiles ??= {};
  return (c.mediaFiles[key] ??= new Map(
    [
      ...(showDrafts() ? c.articles : c.published),
      ...[...c.translations.values()].filter((t) => showDrafts() || !t.draft),
      ...c.pages.values(),
      ...c.caseStudies.filter((s) => showDrafts() || !s.draft),
    ]
      .flatMap((entry) => [
        ...[...entry.media.values()].flatMap((m) => m.variants.map((v) => [v.file, v] as const)),
        ...Object.values(('coverPhoto' in entry && entry.coverPhoto) || {}).map((v) => [v.file, v] as const),
      ])
      .concat([...c.siteMedia.values()].flatMap((m) => m.variants.map((v) => [v.file, v] as const))),
  ));
}

/** An image content/site.ts names (the portrait, a testimonial's photo, a client's logo) with its optimized files. */
export function siteImage(path: string, root: string = contentRoot()): Media | undefined {
  return path ? content(root).siteMedia.get(path) : undefined;
}

/** Every marketing page (services, about…), in path order. */
export function loadPages(root: string = contentRoot()): Page[] {
  return [...content(root).pages.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** The page served at a site path, or undefined. */
/** The site's service page (kind: service), whose offers the home page, the panels and the about page show; none when there is none. */
export function loadServicePage(root: string = contentRoot()): Page | undefined {
  return loadPages(root).find((p) => p.kind === 'service');
}

export function loadPage(path: string, root: string = contentRoot()): Page | undefined {
  return content(root).pages.get(path);
}

/**
 * The params of the content page route (app/[...path]): each page's path, each case study's, and
 * the case studies' index, as segments. The index is always there (it lists the case studies
 * content/site.ts declares as served elsewhere too), so the route is never empty, which a static
 * export refuses. See articleParams.
 */
export function pageParams(root: string = contentRoot()): { path: string[] }[] {
  const memo = showDrafts() ? memoFor(root) : undefined;
  const pages = memo ? memo.paths : loadPages(root).map((p) => p.path);
  const studies = memo ? memo.studies : loadCaseStudies(root).map((c) => c.slug);
  return [...pages, caseStudiesIndex, ...studies.map(caseStudyPath)].map((p) => ({ path: p.slice(1).split('/') }));
}

/** Every case study, newest first, without drafts unless `drafts` says so. */
export function loadCaseStudies(root: string = contentRoot(), { drafts = showDrafts() } = {}): CaseStudy[] {
  const all = content(root).caseStudies;
  return drafts ? all : all.filter((c) => !c.draft);
}

/** One case study by slug (drafts only where they are shown), or undefined. */
export function loadCaseStudy(slug: string, root: string = contentRoot()): CaseStudy | undefined {
  return loadCaseStudies(root).find((c) => c.slug === slug);
}

/** What `npm run check` and the build tell the author without stopping (warnings and notes). */
export function contentNotices(root: string = contentRoot()): Notice[] {
  return content(root).notices;
}

/** Every tag, sorted by name, each with its articles newest first (drafts' tags where drafts are shown). */
export function loadTags(root: string = contentRoot(), { drafts = showDrafts() } = {}): Tag[] {
  const { tags } = content(root);
  return (drafts ? tags.all : tags.published).list;
}

/** One tag by its slug, or undefined. */
export function loadTag(slug: string, root: string = contentRoot()): Tag | undefined {
  const { tags } = content(root);
  return (showDrafts() ? tags.all : tags.published).bySlug.get(slug);
}

/** Every translation (drafts only where they are shown), by language and slug. */
export function loadTranslations(root: string = contentRoot(), { drafts = showDrafts() } = {}): Article[] {
  return [...content(root).translations.values()].filter((t) => drafts || !t.draft);
}

/** One translation by its URL segment (ur-latn) and slug (drafts only where they are shown), or undefined. */
export function loadTranslation(lang: string, slug: string, root: string = contentRoot()): Article | undefined {
  const article = content(root).translations.get(translationKey(lang, slug));
  return article && (showDrafts() || !article.draft) ? article : undefined;
}

/**
 * The params of the routes with one page per translation (app/[lang]/blog/[slug]); see
 * articleParams. None when there is no translation: the route then asks for a placeholder.
 */
export function translationParams(root: string = contentRoot()): { lang: string; slug: string }[] {
  if (!showDrafts()) return loadTranslations(root).map((t) => ({ lang: languageSegment(t.language), slug: t.slug }));
  return memoFor(root).translated;
}
