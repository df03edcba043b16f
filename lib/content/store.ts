import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { completeArticle, type Article } from './article';
import { inspectContent } from './check';
import edits from './edits.watched';
import { reportOnce } from './dev-log';
import { ContentError } from './errors';
import { contentRoot, showDrafts } from './load';
import type { Variant } from '@/lib/media';

/** Every article of a content folder, drafts included, newest first, with an index by slug. */
interface Content {
  articles: Article[];
  published: Article[];
  bySlug: Map<string, Article>;
  /** Filled by mediaFiles on first use. */
  mediaFiles?: { all?: Map<string, Variant>; published?: Map<string, Variant> };
}

type Memo = { key: string; content?: Content; error?: ContentError; slugs: string[] };

// On globalThis, not in a module variable: Next.js bundles this module into several routes (and
// server layers), and each bundle would otherwise hold, and read, a copy of its own.
const MEMO = Symbol.for('site.content');
const REPORTED = Symbol.for('site.content.reported');
const store = globalThis as typeof globalThis & { [MEMO]?: Memo; [REPORTED]?: string };

/**
 * The content, read once. A production build reads the folder once per process and keeps it: the
 * files cannot change under a build. Anywhere else (`next dev`, tests) the folder's fingerprint is
 * checked on each call, so an edit is read again and nothing else is.
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
  const key = `${root}\0${edits}\0${process.env.NODE_ENV === 'production' ? 'build' : fingerprint(root)}`;
  const memo = store[MEMO];
  return memo?.key === key ? memo : (store[MEMO] = { key, ...read(root) });
}

/** Reads, checks and derives every article: the one content load (CONTENT_LOAD_LOG counts them). */
function read(root: string): Omit<Memo, 'key'> {
  if (process.env.CONTENT_LOAD_LOG) appendFileSync(process.env.CONTENT_LOAD_LOG, `${process.pid} ${root}\n`);
  const { parsed, problems } = inspectContent(root);
  const slugs = parsed.flatMap((a) => (a.slug ? [a.slug] : []));
  if (problems.length) return { error: new ContentError(problems), slugs };
  const articles = parsed.map(completeArticle).sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  return {
    slugs,
    content: {
      articles,
      published: articles.filter((a) => !a.draft),
      bySlug: new Map(articles.map((a) => [a.slug, a])),
    },
  };
}

/** Paths, sizes and modification times of every file under the folder: changes with any edit. */
function fingerprint(root: string): string {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => {
      const stat = statSync(join(root, name));
      return stat.isFile() ? `${name}:${stat.size}:${stat.mtimeMs}` : '';
    })
    .join('|');
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
 * Every optimized image file of the articles shown (what /media holds), by file name, derived
 * once per content load. Two articles holding the same image share its files: same bytes, same
 * names, one encode.
 */
export function mediaFiles(root: string = contentRoot()): ReadonlyMap<string, Variant> {
  const c = content(root);
  const key = showDrafts() ? 'all' : 'published';
  c.mediaFiles ??= {};
  return (c.mediaFiles[key] ??= new Map(
    (showDrafts() ? c.articles : c.published).flatMap((a) => [
      ...[...a.media.values()].flatMap((m) => m.variants.map((v) => [v.file, v] as const)),
      ...Object.values(a.coverPhoto ?? {}).map((v) => [v.file, v] as const),
    ]),
  ));
}
