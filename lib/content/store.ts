import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectTags, type Tag } from '@/lib/tags';
import { completeArticle, type Article } from './article';
import { inspectContent } from './check';
import edits from './edits.watched';
import { reportOnce } from './dev-log';
import { ContentError } from './errors';
import { contentRoot, showDrafts } from './load';

/** Every article of a content folder, drafts included, newest first, with an index by slug. */
interface Content {
  articles: Article[];
  published: Article[];
  bySlug: Map<string, Article>;
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
  const published = articles.filter((a) => !a.draft);
  return {
    slugs,
    content: {
      articles,
      published,
      bySlug: new Map(articles.map((a) => [a.slug, a])),
      tags: { published: tagIndex(published), all: tagIndex(articles) },
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
