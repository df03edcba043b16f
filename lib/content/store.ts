import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { completeArticle, type Article } from './article';
import { inspectFolders, listFiles } from './check';
import edits from './edits.watched';
import { ContentError } from './errors';
import { contentRoot, readContentFolders, showDrafts } from './load';

/** Every article of a content folder, drafts included, newest first, with an index by slug. */
interface Content {
  articles: Article[];
  published: Article[];
  bySlug: Map<string, Article>;
}

type Memo = { key: string; content?: Content; error?: ContentError };

// On globalThis, not in a module variable: Next.js bundles this module into several routes (and
// server layers), and each bundle would otherwise hold, and read, a copy of its own.
const MEMO = Symbol.for('site.content');
const store = globalThis as typeof globalThis & { [MEMO]?: Memo };

/**
 * The content, read once. A production build reads the folder once per process and keeps it: the
 * files cannot change under a build. Anywhere else (`next dev`, tests) the folder's fingerprint is
 * checked on each call, so an edit is read again and nothing else is.
 */
function content(root: string): Content {
  const key = `${root}\0${edits}\0${process.env.NODE_ENV === 'production' ? 'build' : fingerprint(root)}`;
  let memo = store[MEMO];
  if (memo?.key !== key) memo = store[MEMO] = { key, ...read(root) };
  if (memo.error) throw memo.error;
  return memo.content!;
}

/** Reads, checks and derives every article: the one content load (CONTENT_LOAD_LOG counts them). */
function read(root: string): { content?: Content; error?: ContentError } {
  if (process.env.CONTENT_LOAD_LOG) appendFileSync(process.env.CONTENT_LOAD_LOG, `${process.pid} ${root}\n`);
  const { parsed, problems } = inspectFolders(readContentFolders(root), listFiles(join(process.cwd(), 'public')));
  if (problems.length) return { error: new ContentError(problems) };
  const articles = parsed.map(completeArticle).sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  return {
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

/** One article by slug (drafts only where they are shown), or undefined. */
export function loadArticle(slug: string, root: string = contentRoot()): Article | undefined {
  const article = content(root).bySlug.get(slug);
  return article && (showDrafts() || !article.draft) ? article : undefined;
}
